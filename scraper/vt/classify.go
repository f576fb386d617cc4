package vt

import "github.com/billwatch/billwatch/internal/lazyre"

// actionRules map Vermont's action texts to the Open States vocabulary. Order
// matters only for readability: every matching rule contributes its codes.
// Texts are from the site's detailed status (see sources.md sample texts).
var actionRules = []struct {
	re    *lazyre.Regexp
	codes []string
}{
	{lazyre.New(`(?i)^read (first|1st) time`), []string{"introduction", "reading-1"}},
	{lazyre.New(`(?i)referred to (the )?committee on`), []string{"referral-committee"}},
	{lazyre.New(`(?i)^read (second|2nd) time`), []string{"reading-2"}},
	{lazyre.New(`(?i)^read (third|3rd) time`), []string{"reading-3"}},
	{lazyre.New(`(?i)(read (third|3rd) time (and|&) passed|^passed\b|passed in concurrence|roll call results passed)`), []string{"passage"}},
	{lazyre.New(`(?i)(roll call results failed|^failed\b)`), []string{"failure"}},
	{lazyre.New(`(?i)favorable report|reported favorably`), []string{"committee-passage-favorable"}},
	{lazyre.New(`(?i)unfavorable report|reported unfavorably`), []string{"committee-passage-unfavorable"}},
	{lazyre.New(`(?i)proposal of amendment.*(agreed to|concurred in)|amendment.*agreed to`), []string{"amendment-passage"}},
	{lazyre.New(`(?i)(proposal of amendment|amendment).*(offered|recommended)`), []string{"amendment-introduction"}},
	{lazyre.New(`(?i)amendment.*(disagreed to|failed)`), []string{"amendment-failure"}},
	{lazyre.New(`(?i)amendment.*withdrawn`), []string{"amendment-withdrawal"}},
	{lazyre.New(`(?i)concurred in|concurrence`), []string{"concurrence"}},
	{lazyre.New(`(?i)delivered to (the )?governor`), []string{"executive-receipt"}},
	{lazyre.New(`(?i)governor approved|signed by (the )?governor`), []string{"executive-signature"}},
	{lazyre.New(`(?i)governor vetoed`), []string{"executive-veto"}},
	{lazyre.New(`(?i)governor overrid+en|veto overrid+en`), []string{"veto-override-passage"}},
	{lazyre.New(`(?i)veto of the governor sustained`), []string{"veto-override-failure"}},
	{lazyre.New(`(?i)became law without|^act (no\.? )?\d+`), []string{"became-law"}},
	{lazyre.New(`(?i)\bwithdrawn\b`), []string{"withdrawal"}},
	{lazyre.New(`(?i)public hearing`), []string{"hearing-held"}},
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
