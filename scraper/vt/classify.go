package vt

import (
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/scraper"
)

// actionRules map Vermont's action texts to the Open States vocabulary. Order
// matters only for readability: every matching rule contributes its codes.
// Texts are from the site's detailed status (see sources.md sample texts).
var actionRules = scraper.ActionRules{
	scraper.Rule(lazyre.New(`(?i)^read (first|1st) time`), "introduction", "reading-1"),
	scraper.Rule(lazyre.New(`(?i)referred to (the )?committee on`), "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)^read (second|2nd) time`), "reading-2"),
	scraper.Rule(lazyre.New(`(?i)^read (third|3rd) time`), "reading-3"),
	scraper.Rule(lazyre.New(`(?i)(read (third|3rd) time (and|&) passed|^passed\b|passed in concurrence|roll call results passed)`), "passage"),
	scraper.Rule(lazyre.New(`(?i)(roll call results failed|^failed\b)`), "failure"),
	scraper.Rule(lazyre.New(`(?i)favorable report|reported favorably`), "committee-passage-favorable"),
	scraper.Rule(lazyre.New(`(?i)unfavorable report|reported unfavorably`), "committee-passage-unfavorable"),
	scraper.Rule(lazyre.New(`(?i)proposal of amendment.*(agreed to|concurred in)|amendment.*agreed to`), "amendment-passage"),
	scraper.Rule(lazyre.New(`(?i)(proposal of amendment|amendment).*(offered|recommended)`), "amendment-introduction"),
	scraper.Rule(lazyre.New(`(?i)amendment.*(disagreed to|failed)`), "amendment-failure"),
	scraper.Rule(lazyre.New(`(?i)amendment.*withdrawn`), "amendment-withdrawal"),
	scraper.Rule(lazyre.New(`(?i)concurred in|concurrence`), "concurrence"),
	scraper.Rule(lazyre.New(`(?i)delivered to (the )?governor`), "executive-receipt"),
	scraper.Rule(lazyre.New(`(?i)governor approved|signed by (the )?governor`), "executive-signature"),
	scraper.Rule(lazyre.New(`(?i)governor vetoed`), "executive-veto"),
	scraper.Rule(lazyre.New(`(?i)governor overrid+en|veto overrid+en`), "veto-override-passage"),
	scraper.Rule(lazyre.New(`(?i)veto of the governor sustained`), "veto-override-failure"),
	scraper.Rule(lazyre.New(`(?i)became law without|^act (no\.? )?\d+`), "became-law"),
	scraper.Rule(lazyre.New(`(?i)\bwithdrawn\b`), "withdrawal"),
	scraper.Rule(lazyre.New(`(?i)public hearing`), "hearing-held"),
}

// classifyAction returns the codes for an action text, {"other"} when none fit.
func classifyAction(text string) []string { return actionRules.Classify(text) }
