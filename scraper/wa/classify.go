package wa

import (
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/scraper"
)

var firstReadingRE = lazyre.New(`(?i)^(first reading|read first time)\b`)

// actionRules map Washington history lines to the Open States vocabulary;
// every matching rule contributes its codes. The texts are the legislature's
// own ("Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.",
// "BTE - Majority; do pass.", "Chapter 246, 2026 Laws."), as in the
// histories quoted in testdata and sources.md. Deliberately "other":
// executive-session notices (the vote follows on its own line), minority
// reports (not the committee's decision), the presiding officers' signatures
// and effective dates.
var actionRules = scraper.ActionRules{
	scraper.Rule(lazyre.New(`(?i)^prefiled for introduction`), "filing"),
	scraper.Rule(firstReadingRE, "reading-1"),
	scraper.Rule(lazyre.New(`(?i)\breferred to\b|^passed to rules committee`), "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)^public hearing in the (house|senate) committee`), "hearing-held"),
	scraper.Rule(lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo pass\b`), "committee-passage", "committee-passage-favorable"),
	scraper.Rule(lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*\bdo not pass\b`), "committee-passage-unfavorable"),
	scraper.Rule(lazyre.New(`(?i)^[A-Z0-9 &]+ - majority;.*without recommendation`), "reported-out-of-committee"),
	scraper.Rule(lazyre.New(`(?i)placed on second reading`), "reading-2"),
	scraper.Rule(lazyre.New(`(?i)placed on third reading|^third reading\b`), "reading-3"),
	scraper.Rule(lazyre.New(`(?i)^third reading, passed|^passed final passage|^adopted\b`), "passage"),
	scraper.Rule(lazyre.New(`(?i)^third reading, failed|^failed final passage`), "failure"),
	scraper.Rule(lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?adopted`), "amendment-passage"),
	scraper.Rule(lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?not adopted`), "amendment-failure"),
	scraper.Rule(lazyre.New(`(?i)amendment(\(s\)|s)? (was |were )?withdrawn`), "amendment-withdrawal"),
	scraper.Rule(lazyre.New(`(?i)substitute bill substituted`), "substitution"),
	scraper.Rule(lazyre.New(`(?i)^(house|senate) concurred in`), "concurrence"),
	scraper.Rule(lazyre.New(`(?i)^delivered to governor`), "executive-receipt"),
	scraper.Rule(lazyre.New(`(?i)^governor signed|^governor partially vetoed`), "executive-signature"),
	scraper.Rule(lazyre.New(`(?i)^governor partially vetoed`), "executive-veto-line-item"),
	scraper.Rule(lazyre.New(`(?i)^governor vetoed`), "executive-veto"),
	scraper.Rule(lazyre.New(`(?i)veto overridden`), "veto-override-passage"),
	scraper.Rule(chapterRE, "became-law"),
	scraper.Rule(lazyre.New(`(?i)^by resolution, (reintroduced and retained in present status|returned to)`), "carried-over"),
}

// classifyAction returns the codes for a history line, {"other"} when none fit.
func classifyAction(text string) []string { return actionRules.Classify(text) }
