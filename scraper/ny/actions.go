package ny

import (
	"fmt"
	"slices"
	"sort"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/scraper"
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
var actionRules = scraper.ActionRules{
	scraper.Rule(lazyre.New(`(?i)^(committee discharged and )?(re)?(referred|committed|recommitted) to `), "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)^reported,? (referred|and committed) to `), "committee-passage", "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)^reported\b`), "committee-passage"),
	scraper.Rule(lazyre.New(`(?i)^rules report cal`), "committee-passage"),
	scraper.Rule(lazyre.New(`(?i)^1st report cal`), "committee-passage", "reading-1"),
	scraper.Rule(lazyre.New(`(?i)^2nd report cal`), "reading-2"),
	scraper.Rule(lazyre.New(`(?i)^(ordered to|advanced to|restored to) third reading|^3rd reading cal`), "reading-3"),
	scraper.Rule(lazyre.New(`(?i)^amend(ed)?\b`), "amendment-passage"),
	scraper.Rule(lazyre.New(`(?i)^amend(ed)? (\(t\) )?and recommit(ted)? to `), "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)^(re)?passed (senate|assembly)\b|^adopted\b`), "passage"),
	scraper.Rule(lazyre.New(`(?i)^(lost|defeated)\b`), "failure"),
	scraper.Rule(lazyre.New(`(?i)^(held for consideration|tabled)\b`), "deferral"),
	scraper.Rule(lazyre.New(`(?i)^substituted (for|by) `), "substitution"),
	scraper.Rule(lazyre.New(`(?i)enacting clause stricken|^withdrawn\b`), "withdrawal"),
	scraper.Rule(lazyre.New(`(?i)^delivered to governor`), "executive-receipt"),
	scraper.Rule(lazyre.New(`(?i)^signed chap`), "executive-signature"),
	scraper.Rule(lazyre.New(`(?i)^vetoed\b`), "executive-veto"),
	scraper.Rule(lazyre.New(`(?i)veto overridden`), "veto-override-passage"),
}

// classifyAction returns the codes for an action, {"other"} when none fit.
// New York has no separate introduction action: a bill is introduced by
// being referred to committee, so a first action that refers it also
// counts as the introduction.
func classifyAction(text string, first bool) []string {
	out := actionRules.Match(text)
	if first && slices.Contains(out, "referral-committee") {
		out = append([]string{"introduction"}, out...)
	}
	return scraper.OrOther(out)
}
