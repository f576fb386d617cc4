package us

import (
	"strings"

	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/scraper"
)

// codeClasses maps BILLSTATUS action codes to the Open States vocabulary.
// Codes from the user guide's table (LoC codes such as 1000, 8000, 17000;
// House floor codes H11100, H12200...; E20000-E40000) and from the samples
// (Intro-H, 5500, 94000...). A code alone never decides passage against the
// text: codes that cover both outcomes (H37100, H37300, E30000, 36000) are
// left to the text rules below.
var codeClasses = map[string][]string{
	"Intro-H": {"introduction"}, "1000": {"introduction"}, "10000": {"introduction"},
	"H11100": {"referral-committee"}, "H11100-A": {"referral-committee"}, "H11200": {"referral-committee"},
	"2000": {"referral-committee"}, "11000": {"referral-committee"},
	"5000": {"committee-passage"}, "14000": {"committee-passage"}, "H12100": {"committee-passage"}, "H12200": {"committee-passage"},
	"5500": {"reported-out-of-committee"}, "14500": {"reported-out-of-committee"}, "H12300": {"reported-out-of-committee"},
	"8000": {"passage"}, "17000": {"passage"},
	"13100":  {"hearing-held"},
	"H14000": {"receipt"},
	"E20000": {"executive-receipt"}, "28000": {"executive-receipt"},
	"31000":  {"executive-veto"},
	"E40000": {"became-law"},
	"91000":  {"amendment-introduction"}, "93000": {"amendment-introduction"},
	"94000": {"amendment-passage"}, "95000": {"amendment-failure"},
}

// textRules classify by the action's words; every matching rule contributes.
// They cover the Senate's actions (which carry no code) and the codes above
// whose outcome is only in the text. Patterns follow the texts of the
// usgpo/bill-status samples (see classify_test.go).
var textRules = scraper.ActionRules{
	scraper.Rule(lazyre.New(`(?i)^introduced in (the )?(house|senate)`), "introduction"),
	scraper.Rule(lazyre.New(`(?i)^received in the (house|senate)`), "receipt"),
	scraper.Rule(lazyre.New(`(?i)\bread the first time\b`), "reading-1"),
	scraper.Rule(lazyre.New(`(?i)\bread twice\b`), "reading-1", "reading-2"),
	scraper.Rule(lazyre.New(`(?i)\bread the second time\b`), "reading-2"),
	scraper.Rule(lazyre.New(`(?i)\bread the third time\b`), "reading-3"),
	scraper.Rule(lazyre.New(`(?i)\breferred (concurrently )?to the (house |senate )?(committee|subcommittee)s?\b`), "referral-committee"),
	scraper.Rule(lazyre.New(`(?i)\bordered to be reported\b`), "committee-passage"),
	scraper.Rule(lazyre.New(`(?i)\bordered to be reported\b.*\bfavorably\b`), "committee-passage-favorable"),
	scraper.Rule(lazyre.New(`(?i)\bunfavorabl`), "committee-passage-unfavorable"),
	scraper.Rule(lazyre.New(`(?i)^(committee on [^.]+\. )?reported (\(amended\) )?by (the committee|senator)|reported an original measure|original measure reported to (house|senate)`), "committee-passage"),
	scraper.Rule(lazyre.New(`(?i)\bdischarged\b`), "reported-out-of-committee"),
	scraper.Rule(lazyre.New(`(?i)\bhearings? held\b`), "hearing-held"),
	scraper.Rule(lazyre.New(`(?i)^passed (house|senate)\b|passed/agreed to in (house|senate)|^(resolution|concurrent resolution|joint resolution) agreed to in (house|senate)|^on passage passed|^on agreeing to the (concurrent |joint )?resolution agreed to|suspend the rules and (pass|agree to)\b.*\bagreed to\b|read the third time,? and passed|is considered passed (house|senate)|considered,? and (passed|agreed to)`), "passage"),
	scraper.Rule(lazyre.New(`(?i)failed of passage|^on passage failed|suspend the rules and (pass|agree to)\b.*\bfailed\b`), "failure"),
	scraper.Rule(lazyre.New(`(?i)^presented to president`), "executive-receipt"),
	scraper.Rule(lazyre.New(`(?i)^signed by president`), "executive-signature"),
	scraper.Rule(lazyre.New(`(?i)^(pocket )?vetoed by president`), "executive-veto"),
	scraper.Rule(lazyre.New(`(?i)^became (public|private) law`), "became-law"),
	scraper.Rule(lazyre.New(`(?i)passed (house|senate) over veto|veto overridden`), "veto-override-passage"),
	scraper.Rule(lazyre.New(`(?i)over veto failed|failed of passage in (house|senate) over veto|veto sustained`), "veto-override-failure"),
}

// amendmentText starts an action about an amendment rather than the bill.
var amendmentText = lazyre.New(`(?i)^(s\.\s?amdt\.|h\.\s?amdt\.|amendment (sa|ha|no\.)?\s?\d|(senate|house) amendment (submitted|proposed|agreed|not agreed|withdrawn|offered))`)

// concurrenceText: one chamber accepts the other's amendment as it stands.
var concurrenceText = lazyre.New(`(?i)(agreed to the (house|senate) amendment|agree to the (house|senate) amendment agreed to|concur in the (house|senate) amendment\b.*\bagreed to)`)

// classifyAction returns the Open States codes for one action, {"other"}
// when nothing fits.
func classifyAction(code, typ, text string) []string {
	if amendmentText.MatchString(text) {
		return scraper.OrOther(amendmentClasses(text))
	}
	out := scraper.AddCodes(nil, codeClasses[code]...)
	out = scraper.AddCodes(out, textRules.Match(text)...)
	if concurrenceText.MatchString(text) && !strings.Contains(strings.ToLower(text), "with an amendment") {
		out = scraper.AddCodes(out, "concurrence")
	}
	if strings.EqualFold(typ, "BecameLaw") && strings.HasPrefix(strings.ToLower(text), "became") {
		out = scraper.AddCodes(out, "became-law")
	}
	return scraper.OrOther(out)
}

// amendmentClasses reads the outcome of an amendment action.
func amendmentClasses(text string) []string {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "not agreed to"), strings.Contains(t, "failed"), strings.Contains(t, "rejected"):
		return []string{"amendment-failure"}
	case strings.Contains(t, "withdrawn"):
		return []string{"amendment-withdrawal"}
	case strings.Contains(t, "agreed to"), strings.Contains(t, "adopted"):
		return []string{"amendment-passage"}
	case strings.Contains(t, "proposed"), strings.Contains(t, "offered"), strings.Contains(t, "submitted"):
		return []string{"amendment-introduction"}
	}
	return nil
}
