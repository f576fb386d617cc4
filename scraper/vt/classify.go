package vt

import "regexp"

// actionRules map Vermont's action texts to the Open States vocabulary. Order
// matters only for readability: every matching rule contributes its codes.
// Texts are from the site's detailed status (see sources.md sample texts).
var actionRules = []struct {
	re    *regexp.Regexp
	codes []string
}{
	{regexp.MustCompile(`(?i)^read (first|1st) time`), []string{"introduction", "reading-1"}},
	{regexp.MustCompile(`(?i)referred to (the )?committee on`), []string{"referral-committee"}},
	{regexp.MustCompile(`(?i)^read (second|2nd) time`), []string{"reading-2"}},
	{regexp.MustCompile(`(?i)^read (third|3rd) time`), []string{"reading-3"}},
	{regexp.MustCompile(`(?i)(read (third|3rd) time (and|&) passed|^passed\b|passed in concurrence|roll call results passed)`), []string{"passage"}},
	{regexp.MustCompile(`(?i)(roll call results failed|^failed\b)`), []string{"failure"}},
	{regexp.MustCompile(`(?i)favorable report|reported favorably`), []string{"committee-passage-favorable"}},
	{regexp.MustCompile(`(?i)unfavorable report|reported unfavorably`), []string{"committee-passage-unfavorable"}},
	{regexp.MustCompile(`(?i)proposal of amendment.*(agreed to|concurred in)|amendment.*agreed to`), []string{"amendment-passage"}},
	{regexp.MustCompile(`(?i)(proposal of amendment|amendment).*(offered|recommended)`), []string{"amendment-introduction"}},
	{regexp.MustCompile(`(?i)amendment.*(disagreed to|failed)`), []string{"amendment-failure"}},
	{regexp.MustCompile(`(?i)amendment.*withdrawn`), []string{"amendment-withdrawal"}},
	{regexp.MustCompile(`(?i)concurred in|concurrence`), []string{"concurrence"}},
	{regexp.MustCompile(`(?i)delivered to (the )?governor`), []string{"executive-receipt"}},
	{regexp.MustCompile(`(?i)governor approved|signed by (the )?governor`), []string{"executive-signature"}},
	{regexp.MustCompile(`(?i)governor vetoed`), []string{"executive-veto"}},
	{regexp.MustCompile(`(?i)governor overrid+en|veto overrid+en`), []string{"veto-override-passage"}},
	{regexp.MustCompile(`(?i)veto of the governor sustained`), []string{"veto-override-failure"}},
	{regexp.MustCompile(`(?i)became law without|^act (no\.? )?\d+`), []string{"became-law"}},
	{regexp.MustCompile(`(?i)\bwithdrawn\b`), []string{"withdrawal"}},
	{regexp.MustCompile(`(?i)public hearing`), []string{"hearing-held"}},
}

// classifyAction returns the codes for an action text, {"other"} when none fit.
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
