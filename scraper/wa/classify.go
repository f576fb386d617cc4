package wa

import "regexp"

var firstReadingRE = regexp.MustCompile(`(?i)^(first reading|read first time)\b`)

// actionRules map Washington history lines to the Open States vocabulary;
// every matching rule contributes its codes. The texts are the legislature's
// own ("Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.",
// "BTE - Majority; do pass.", "Chapter 246, 2026 Laws."), as in the
// histories quoted in testdata and sources.md. Deliberately "other":
// executive-session notices (the vote follows on its own line), minority
// reports (not the committee's decision), the presiding officers' signatures
// and effective dates.
var actionRules = []struct {
	re    *regexp.Regexp
	codes []string
}{
	{regexp.MustCompile(`(?i)^prefiled for introduction`), []string{"filing"}},
	{firstReadingRE, []string{"reading-1"}},
	{regexp.MustCompile(`(?i)\breferred to\b|^passed to rules committee`), []string{"referral-committee"}},
	{regexp.MustCompile(`(?i)^public hearing in the (house|senate) committee`), []string{"hearing-held"}},
	{regexp.MustCompile(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo pass\b`), []string{"committee-passage", "committee-passage-favorable"}},
	{regexp.MustCompile(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo not pass\b`), []string{"committee-passage-unfavorable"}},
	{regexp.MustCompile(`(?i)^[A-Z0-9 &]+ - majority;.*without recommendation`), []string{"reported-out-of-committee"}},
	{regexp.MustCompile(`(?i)placed on second reading`), []string{"reading-2"}},
	{regexp.MustCompile(`(?i)placed on third reading|^third reading\b`), []string{"reading-3"}},
	{regexp.MustCompile(`(?i)^third reading, passed|^passed final passage|^adopted\b`), []string{"passage"}},
	{regexp.MustCompile(`(?i)^third reading, failed|^failed final passage`), []string{"failure"}},
	{regexp.MustCompile(`(?i)amendment(\(s\)|s)? (was |were )?adopted`), []string{"amendment-passage"}},
	{regexp.MustCompile(`(?i)amendment(\(s\)|s)? (was |were )?not adopted`), []string{"amendment-failure"}},
	{regexp.MustCompile(`(?i)amendment(\(s\)|s)? (was |were )?withdrawn`), []string{"amendment-withdrawal"}},
	{regexp.MustCompile(`(?i)substitute bill substituted`), []string{"substitution"}},
	{regexp.MustCompile(`(?i)^(house|senate) concurred in`), []string{"concurrence"}},
	{regexp.MustCompile(`(?i)^delivered to governor`), []string{"executive-receipt"}},
	{regexp.MustCompile(`(?i)^governor signed|^governor partially vetoed`), []string{"executive-signature"}},
	{regexp.MustCompile(`(?i)^governor partially vetoed`), []string{"executive-veto-line-item"}},
	{regexp.MustCompile(`(?i)^governor vetoed`), []string{"executive-veto"}},
	{regexp.MustCompile(`(?i)veto overridden`), []string{"veto-override-passage"}},
	{chapterRE, []string{"became-law"}},
	{regexp.MustCompile(`(?i)^by resolution, (reintroduced and retained in present status|returned to)`), []string{"carried-over"}},
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
