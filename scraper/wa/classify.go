package wa

import "github.com/billwatch/billwatch/internal/lazyre"

var firstReadingRE = lazyre.New(`(?i)^(first reading|read first time)\b`)

// actionRules map Washington history lines to the Open States vocabulary;
// every matching rule contributes its codes. The texts are the legislature's
// own ("Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.",
// "BTE - Majority; do pass.", "Chapter 246, 2026 Laws."), as in the
// histories quoted in testdata and sources.md. Deliberately "other":
// executive-session notices (the vote follows on its own line), minority
// reports (not the committee's decision), the presiding officers' signatures
// and effective dates.
var actionRules = []struct {
	re    *lazyre.Regexp
	codes []string
}{
	{lazyre.New(`(?i)^prefiled for introduction`), []string{"filing"}},
	{firstReadingRE, []string{"reading-1"}},
	{lazyre.New(`(?i)\breferred to\b|^passed to rules committee`), []string{"referral-committee"}},
	{lazyre.New(`(?i)^public hearing in the (house|senate) committee`), []string{"hearing-held"}},
	{lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo pass\b`), []string{"committee-passage", "committee-passage-favorable"}},
	{lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo not pass\b`), []string{"committee-passage-unfavorable"}},
	{lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*without recommendation`), []string{"reported-out-of-committee"}},
	{lazyre.New(`(?i)placed on second reading`), []string{"reading-2"}},
	{lazyre.New(`(?i)placed on third reading|^third reading\b`), []string{"reading-3"}},
	{lazyre.New(`(?i)^third reading, passed|^passed final passage|^adopted\b`), []string{"passage"}},
	{lazyre.New(`(?i)^third reading, failed|^failed final passage`), []string{"failure"}},
	{lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?adopted`), []string{"amendment-passage"}},
	{lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?not adopted`), []string{"amendment-failure"}},
	{lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?withdrawn`), []string{"amendment-withdrawal"}},
	{lazyre.New(`(?i)substitute bill substituted`), []string{"substitution"}},
	{lazyre.New(`(?i)^(house|senate) concurred in`), []string{"concurrence"}},
	{lazyre.New(`(?i)^delivered to governor`), []string{"executive-receipt"}},
	{lazyre.New(`(?i)^governor signed|^governor partially vetoed`), []string{"executive-signature"}},
	{lazyre.New(`(?i)^governor partially vetoed`), []string{"executive-veto-line-item"}},
	{lazyre.New(`(?i)^governor vetoed`), []string{"executive-veto"}},
	{lazyre.New(`(?i)veto overridden`), []string{"veto-override-passage"}},
	{chapterRE, []string{"became-law"}},
	{lazyre.New(`(?i)^by resolution, (reintroduced and retained in present status|returned to)`), []string{"carried-over"}},
}

// classifyAction returns the codes for a history line, {"other"} when none fit.
func classifyAction(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range actionRules {
		if !r.re.MatchString(text) {
			continue
		}
		for _, c := range r.codes {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	if len(out) == 0 {
		return []string{"other"}
	}
	return out
}
