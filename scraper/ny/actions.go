package ny

import (
	"fmt"
	"sort"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/textnorm"
)

// parseActions converts the API's actions, in sequence order. The chamber
// is the API's (LBDC also writes Senate actions in capitals, Assembly ones
// in lower case).
func parseActions(in []apiAction) ([]bill.Action, error) {
	acts := append([]apiAction(nil), in...)
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].SequenceNo < acts[j].SequenceNo })
	out := make([]bill.Action, 0, len(acts))
	for i, a := range acts {
		d, err := bill.ParseDate(a.Date)
		if err != nil {
			return nil, fmt.Errorf("action %d: %w", i+1, err)
		}
		text := textnorm.CollapseSpaces(a.Text)
		if text == "" {
			return nil, fmt.Errorf("action %d (%s): no text", i+1, d)
		}
		act := bill.Action{Date: d, Text: text, Order: i, Classification: classifyAction(text, i == 0)}
		switch a.Chamber {
		case "SENATE":
			act.Chamber = bill.Upper
		case "ASSEMBLY":
			act.Chamber = bill.Lower
		}
		out = append(out, act)
	}
	return out, nil
}

// actionRules map New York's action texts (LBDC wording, either case) to
// the Open States vocabulary; every matching rule contributes its codes.
// Texts seen in the real recordings: "REFERRED TO JUDICIARY", "AMEND (T)
// AND RECOMMIT TO JUDICIARY", "PRINT NUMBER 609A", "1ST REPORT CAL.511",
// "2ND REPORT CAL.", "ADVANCED TO THIRD READING", "ordered to third reading
// rules cal.334", "PASSED SENATE", "passed assembly", "DELIVERED TO
// ASSEMBLY", "substituted for a7675a", "AMENDED ON THIRD READING 5795A",
// "DELIVERED TO GOVERNOR", "SIGNED CHAP.514", "died in assembly".
var actionRules = []struct {
	re    *lazyre.Regexp
	codes []string
}{
	{lazyre.New(`(?i)^(committee discharged and )?(re)?(referred|committed|recommitted) to `), []string{"referral-committee"}},
	{lazyre.New(`(?i)^reported,? (referred|and committed) to `), []string{"committee-passage", "referral-committee"}},
	{lazyre.New(`(?i)^reported\b`), []string{"committee-passage"}},
	{lazyre.New(`(?i)^rules report cal`), []string{"committee-passage"}},
	{lazyre.New(`(?i)^1st report cal`), []string{"committee-passage", "reading-1"}},
	{lazyre.New(`(?i)^2nd report cal`), []string{"reading-2"}},
	{lazyre.New(`(?i)^(ordered to|advanced to|restored to) third reading|^3rd reading cal`), []string{"reading-3"}},
	{lazyre.New(`(?i)^amend(ed)?\b`), []string{"amendment-passage"}},
	{lazyre.New(`(?i)^amend(ed)? (\(t\) )?and recommit(ted)? to `), []string{"referral-committee"}},
	{lazyre.New(`(?i)^(re)?passed (senate|assembly)\b|^adopted\b`), []string{"passage"}},
	{lazyre.New(`(?i)^(lost|defeated)\b`), []string{"failure"}},
	{lazyre.New(`(?i)^(held for consideration|tabled)\b`), []string{"deferral"}},
	{lazyre.New(`(?i)^substituted (for|by) `), []string{"substitution"}},
	{lazyre.New(`(?i)enacting clause stricken|^withdrawn\b`), []string{"withdrawal"}},
	{lazyre.New(`(?i)^delivered to governor`), []string{"executive-receipt"}},
	{lazyre.New(`(?i)^signed chap`), []string{"executive-signature"}},
	{lazyre.New(`(?i)^vetoed\b`), []string{"executive-veto"}},
	{lazyre.New(`(?i)veto overridden`), []string{"veto-override-passage"}},
}

// classifyAction returns the codes for an action, {"other"} when none fit.
// New York has no separate introduction action: a bill is introduced by
// being referred to committee, so a first action that refers it also
// counts as the introduction.
func classifyAction(text string, first bool) []string {
	var out []string
	seen := map[string]bool{}
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, r := range actionRules {
		if r.re.MatchString(text) {
			for _, c := range r.codes {
				add(c)
			}
		}
	}
	if first && seen["referral-committee"] {
		out = append([]string{"introduction"}, out...)
	}
	if len(out) == 0 {
		return []string{"other"}
	}
	return out
}
