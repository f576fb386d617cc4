package vt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// listRow is what billwatch uses of one row of the bill-list JSON. Values
// arrive with stray whitespace (openstates strips every value) and sometimes
// as numbers, so rows are decoded by hand (parseList), not by struct tags.
type listRow struct {
	BillNumber string
	Title      string // Title, or Title1 when Title is empty
	Body       string // the chamber of a PR. (constitutional amendment)
	ActNo      string
}

// parseList reads {"data": [...]}; data may be null, "" or an empty list.
func parseList(body []byte) ([]listRow, error) {
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, fmt.Errorf("bill list is not JSON: %w", err)
	}
	d := bytes.TrimSpace(env.Data)
	if len(d) == 0 || string(d) == "null" || string(d) == `""` {
		return nil, nil
	}
	var rows []map[string]any
	if err := json.Unmarshal(d, &rows); err != nil {
		return nil, fmt.Errorf("bill list data is not a list of rows: %w", err)
	}
	out := make([]listRow, 0, len(rows))
	for i, r := range rows {
		row := listRow{BillNumber: str(r["BillNumber"]), Title: str(r["Title"]), Body: str(r["Body"]), ActNo: str(r["ActNo"])}
		if row.BillNumber == "" {
			return nil, fmt.Errorf("bill list row %d has no BillNumber", i)
		}
		if row.Title == "" {
			row.Title = str(r["Title1"])
		}
		out = append(out, row)
	}
	return out, nil
}

// str renders a JSON scalar as a trimmed string (numbers appear in some rows).
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	default:
		return strings.TrimSpace(fmt.Sprint(x))
	}
}

// mergeLists concatenates list pages, keeping the first row of each bill: the
// same bill appears in both Released and Introduced.
func mergeLists(lists ...[]listRow) []listRow {
	seen := map[string]bool{}
	var out []listRow
	for _, l := range lists {
		for _, r := range l {
			k := normalizeNumber(r.BillNumber)
			if seen[k] {
				continue
			}
			seen[k] = true
			r.BillNumber = k
			out = append(out, r)
		}
	}
	return out
}

// normalizeNumber writes bill numbers the way the site's URLs do: "H. 121" → "H.121".
func normalizeNumber(n string) string { return strings.Join(strings.Fields(n), "") }

// classify maps a bill-number prefix to the Open States bill classification
// and originating chamber (PR. takes its chamber from Body).
func classify(number, body string) (class, chamber string) {
	chamberOf := func(c string) string {
		if c == "S" {
			return bill.Upper
		}
		return bill.Lower
	}
	switch {
	case strings.HasPrefix(number, "J.R.H."), strings.HasPrefix(number, "J.R.S."):
		return "joint resolution", chamberOf(number[4:5])
	case strings.HasPrefix(number, "H.C.R."), strings.HasPrefix(number, "S.C.R."):
		return "concurrent resolution", chamberOf(number[:1])
	case strings.HasPrefix(number, "H.R."), strings.HasPrefix(number, "S.R."):
		return "resolution", chamberOf(number[:1])
	case strings.HasPrefix(number, "PR."):
		return "constitutional amendment", chamberOf(strings.TrimSpace(body))
	default:
		return "bill", chamberOf(number[:1])
	}
}
