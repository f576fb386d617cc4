package wa

import (
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

// Washington's history lines carry no actor (the bill page groups them under
// "IN THE HOUSE"/"IN THE SENATE" headings the web service lacks), so
// assignChambers infers it, walking the history forward:
//
//   - a line that names its body says so: it begins "House"/"Senate"
//     ("Senate concurred in House amendments."), or speaks of "the House
//     Committee", "the Senate Rules Committee", "in the Senate"; "Speaker
//     signed." is the House's, "President signed." the Senate's;
//   - the Governor's lines, the chapter and the effective date are the
//     executive's;
//   - every other line happens where the bill is: in its chamber of origin
//     until a "Third reading, passed" moves it to the other chamber (and a
//     second one moves it back, for concurrence), or until a line that names
//     a body shows it is there.
//
// Each chamber depends only on earlier lines, so a new action never changes
// the chamber (part of the stored action's identity) of an old one. Checked
// against the chambers the bill pages show for real histories (SB 6137 and
// SB 5814, 2025-26) in chamber_test.go.
func assignChambers(acts []bill.Action, origin string) {
	at := origin
	for i := range acts {
		text := acts[i].Text
		switch c, moves := namedChamber(text); {
		case executiveRE.MatchString(text) && !strings.Contains(strings.ToLower(text), "overrid"):
			acts[i].Chamber = bill.Executive
		case c != "":
			acts[i].Chamber = c
			if moves {
				at = c
			}
		default:
			acts[i].Chamber = at
		}
		if thirdReadingPassedRE.MatchString(text) {
			at = other(acts[i].Chamber)
		}
	}
}

var (
	executiveRE          = lazyre.New(`(?i)\bgovernor\b|^chapter \d+, \d{4} laws|^effective date`)
	thirdReadingPassedRE = lazyre.New(`(?i)^third reading, passed`)
	bodyRE               = lazyre.New(`(?i)^(house|senate)\b|\b(?:in the|the) (house|senate)\b|\b(house|senate) (?:committee|rules)\b`)
)

// namedChamber returns the chamber a line names, and whether it shows the
// bill is there (a signature does not: both presiding officers sign).
func namedChamber(text string) (string, bool) {
	switch strings.TrimSpace(strings.ToLower(text)) {
	case "speaker signed.":
		return bill.Lower, false
	case "president signed.":
		return bill.Upper, false
	}
	m := bodyRE.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	body := strings.ToLower(m[1] + m[2] + m[3])
	if body == "house" {
		return bill.Lower, true
	}
	return bill.Upper, true
}

func other(chamber string) string {
	if chamber == bill.Upper {
		return bill.Lower
	}
	return bill.Upper
}
