package wa

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/textnorm"
)

type statusRecord struct {
	HistoryLine string `xml:"HistoryLine"`
	ActionDate  string `xml:"ActionDate"`
}

// parseHistory reads GetLegislativeStatusChangesByBillNumber: the bill's
// history lines, oldest first. The service gives no actor, so each action's
// chamber is inferred (see assignChambers) from the bill's chamber of origin.
// Its Status field is left alone: it is the bill's status now, not at the
// time of the action.
func parseHistory(body []byte, origin string) ([]bill.Action, error) {
	var doc struct {
		Records []statusRecord `xml:"LegislativeStatus"`
	}
	if err := decodeService(body, "ArrayOfLegislativeStatus", &doc); err != nil {
		return nil, err
	}
	var acts []bill.Action
	for i, r := range doc.Records {
		text := textnorm.CollapseSpaces(r.HistoryLine)
		if text == "" {
			continue
		}
		date, err := serviceDate(r.ActionDate)
		if err != nil {
			return nil, fmt.Errorf("status change %d (%q): %w", i, text, err)
		}
		acts = append(acts, bill.Action{Date: date, Text: text, Classification: classifyAction(text)})
	}
	// Same-day lines keep the service's order; the day order is made sure of,
	// because chamber inference walks the history forward.
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].Date < acts[j].Date })
	assignChambers(acts, origin)
	markIntroduction(acts, origin)
	for i := range acts {
		acts[i].Order = i
	}
	return acts, nil
}

// markIntroduction classifies the first reading in the chamber of origin as
// the introduction; a first reading in the second chamber is only a reading.
func markIntroduction(acts []bill.Action, origin string) {
	for i, a := range acts {
		if a.Chamber == origin && firstReadingRE.MatchString(a.Text) {
			acts[i].Classification = append([]string{"introduction"}, a.Classification...)
			return
		}
	}
}

var chapterRE = lazyre.New(`(?i)^chapter (\d+), (\d{4}) laws`)

// citations returns the session-law chapter a history names:
// "Chapter 189, 2026 Laws." → "Chapter 189, Laws of 2026".
func citations(acts []bill.Action) []string {
	var out []string
	for _, a := range acts {
		if m := chapterRE.FindStringSubmatch(a.Text); m != nil {
			n, _ := strconv.Atoi(m[1])
			c := fmt.Sprintf("Chapter %d, Laws of %s", n, m[2])
			if len(out) == 0 || out[len(out)-1] != c {
				out = append(out, c)
			}
		}
	}
	return out
}
