package vt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/billwatch/billwatch/bill"
)

type actionRow struct {
	StatusDate  string `json:"StatusDate"`
	ChamberCode string `json:"ChamberCode"`
	FullStatus  string `json:"FullStatus"`
	Sequence    any    `json:"Sequence"`
}

// parseActions reads the detailed-status JSON: {"data": [...]}, where data
// may also be "" when the bill has no recorded actions.
func parseActions(body []byte) ([]bill.Action, error) {
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("detailed status is not JSON: %w", err)
	}
	d := bytes.TrimSpace(env.Data)
	if len(d) == 0 || string(d) == "null" || string(d) == `""` {
		return nil, nil
	}
	var rows []actionRow
	if err := json.Unmarshal(d, &rows); err != nil {
		return nil, fmt.Errorf("detailed status data is not a list of actions: %w", err)
	}
	type seqAction struct {
		seq int
		a   bill.Action
	}
	var acts []seqAction
	for i, r := range rows {
		date, err := parseVTDate(r.StatusDate)
		if err != nil {
			return nil, fmt.Errorf("action %d: %w", i, err)
		}
		text := stripTags(r.FullStatus)
		if text == "" {
			continue
		}
		seq := i
		if n, err := strconv.Atoi(strings.TrimSpace(fmt.Sprint(r.Sequence))); err == nil {
			seq = n
		}
		acts = append(acts, seqAction{seq, bill.Action{Date: date, Chamber: chamber(r.ChamberCode), Text: text, Classification: classifyAction(text)}})
	}
	sort.SliceStable(acts, func(i, j int) bool {
		if acts[i].a.Date != acts[j].a.Date {
			return acts[i].a.Date < acts[j].a.Date
		}
		return acts[i].seq < acts[j].seq
	})
	out := make([]bill.Action, len(acts))
	for i, sa := range acts {
		sa.a.Order = i
		out[i] = sa.a
	}
	return out, nil
}

// parseVTDate reads m/d/Y, repairing the one year typo seen in the data
// ("/0209" for "/2019", patched the same way by openstates).
func parseVTDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "/0209") {
		s = strings.TrimSuffix(s, "/0209") + "/2019"
	}
	return bill.ParseDate(s)
}

func chamber(code string) string {
	switch strings.TrimSpace(code) {
	case "H":
		return bill.Lower
	case "S":
		return bill.Upper
	}
	return bill.Legislature
}

// stripTags removes the HTML that FullStatus sometimes carries.
func stripTags(s string) string {
	if !strings.Contains(s, "<") && !strings.Contains(s, "&") {
		return clean(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return clean(b.String())
		case html.TextToken:
			b.Write(z.Text())
		default:
			b.WriteByte(' ')
		}
	}
}
