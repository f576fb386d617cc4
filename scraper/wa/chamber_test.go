package wa

import (
	"testing"

	"github.com/billwatch/billwatch/bill"
)

// Real histories with the chamber the bill page files each line under
// (H/S, as LegiScan's WA dataset copies them: github.com/aih/wa-leg,
// apps/api/test/fixtures/legiscan/bill/SB6137.json and SB5814.json); E marks
// the Governor's lines, the chapter and the effective date, which billwatch
// gives to the executive where the page lists them under the Senate.
var realHistories = map[string][][2]string{
	"SB 6137": {
		{"S", "First reading, referred to Business, Trade & Economic Development."},
		{"S", "Public hearing in the Senate Committee on Business, Trade & Economic Development at 8:00 AM."},
		{"S", "Executive action taken in the Senate Committee on Business, Trade & Economic Development at 8:00 AM."},
		{"S", "BTE - Majority; do pass."},
		{"S", "Minority; without recommendation."},
		{"S", "Passed to Rules Committee for second reading."},
		{"S", "Placed on second reading by Rules Committee."},
		{"S", "Rules suspended. Placed on Third Reading."},
		{"S", "Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0."},
		{"H", "First reading, referred to State Government & Tribal Relations."},
		{"H", "Public hearing in the House Committee on State Government & Tribal Relations at 8:00 AM."},
		{"H", "Executive action taken in the House Committee on State Government & Tribal Relations at 1:30 PM."},
		{"H", "SGOV - Majority; do pass with amendment"},
		{"H", "Minority; do not pass."},
		{"H", "Referred to Rules 2 Review."},
		{"H", "Rules Committee relieved of further consideration. Placed on second reading."},
		{"H", "Committee amendment"},
		{"H", "Rules suspended. Placed on Third Reading."},
		{"H", "Third reading, passed; yeas, 70; nays, 26; absent, 0; excused, 2."},
		{"S", "Senate concurred in House amendments."},
		{"S", "Passed final passage; yeas, 43; nays, 6; absent, 0; excused, 0."},
		{"S", "President signed."},
		{"H", "Speaker signed."},
		{"E", "Delivered to Governor."},
		{"E", "Governor signed."},
		{"E", "Chapter 246, 2026 Laws."},
		{"E", "Effective date 6/11/2026."},
	},
	"SB 5814": {
		{"S", "First reading, referred to Ways & Means."},
		{"S", "Public hearing in the Senate Committee on Ways & Means at 5:30 PM."},
		{"S", "Executive action taken in the Senate Committee on Ways & Means at 9:00 AM."},
		{"S", "WM - Majority; 1st substitute bill be substituted, do pass."},
		{"S", "Minority; do not pass."},
		{"S", "Minority; without recommendation."},
		{"S", "Passed to Rules Committee for second reading."},
		{"S", "Placed on second reading by Rules Committee."},
		{"S", "1st substitute bill substituted"},
		{"S", "Floor amendment"},
		{"S", "Rules suspended. Placed on Third Reading."},
		{"S", "Third reading, passed; yeas, 27; nays, 22; absent, 0; excused, 0."},
		{"H", "First reading, referred to Finance."},
		{"H", "Public hearing in the House Committee on Finance at 9:00 AM."},
		{"H", "Executive action taken in the House Committee on Finance at 11:30 AM."},
		{"H", "FIN - Majority; do pass with amendment"},
		{"H", "Minority; do not pass."},
		{"H", "Minority; without recommendation."},
		{"H", "Referred to Rules 2 Review."},
		{"H", "Rules Committee relieved of further consideration. Placed on second reading."},
		{"H", "Committee amendment not adopted."},
		{"H", "Floor amendment"},
		{"H", "Rules suspended. Placed on Third Reading."},
		{"H", "Third reading, passed; yeas, 50; nays, 47; absent, 0; excused, 1."},
		{"S", "Senate concurred in House amendments."},
		{"S", "Passed final passage; yeas, 26; nays, 22; absent, 0; excused, 0."},
		{"S", "President signed."},
		{"H", "Speaker signed."},
		{"E", "Delivered to Governor."},
		{"E", "Governor signed."},
		{"E", "Chapter 422, 2025 Laws."},
		{"E", "Effective date 7/27/2025*."},
	},
}

func TestAssignChambersMatchesBillPages(t *testing.T) {
	code := map[string]string{"H": bill.Lower, "S": bill.Upper, "E": bill.Executive}
	for id, lines := range realHistories {
		acts := make([]bill.Action, len(lines))
		for i, l := range lines {
			acts[i].Text = l[1]
		}
		assignChambers(acts, bill.Upper)
		for i, l := range lines {
			if acts[i].Chamber != code[l[0]] {
				t.Errorf("%s line %d %q: %s, want %s", id, i, l[1], acts[i].Chamber, code[l[0]])
			}
		}
	}
}

// A House bill returned to the House at the end of the first year and
// carried into the second; named bodies win over the walk.
func TestAssignChambersCarryOver(t *testing.T) {
	lines := [][2]string{
		{"H", "Prefiled for introduction."},
		{"H", "First reading, referred to Transportation."},
		{"H", "Third reading, passed; yeas, 95; nays, 0; absent, 0; excused, 3."},
		{"S", "First reading, referred to Transportation."},
		{"H", "By resolution, returned to House Rules Committee for third reading."},
		{"H", "Placed on third reading by Rules Committee."},
		{"H", "Third reading, passed; yeas, 96; nays, 0; absent, 0; excused, 2."},
		{"S", "First reading, referred to Transportation."},
		{"S", "Third reading, passed; yeas, 49; nays, 0; absent, 0; excused, 0."},
		{"H", "Speaker signed."},
		{"S", "President signed."},
		{"E", "Governor vetoed."},
		{"H", "Veto overridden in the House; yeas, 80; nays, 18."},
	}
	acts := make([]bill.Action, len(lines))
	for i, l := range lines {
		acts[i].Text = l[1]
	}
	assignChambers(acts, bill.Lower)
	code := map[string]string{"H": bill.Lower, "S": bill.Upper, "E": bill.Executive}
	for i, l := range lines {
		if acts[i].Chamber != code[l[0]] {
			t.Errorf("line %d %q: %s, want %s", i, l[1], acts[i].Chamber, code[l[0]])
		}
	}
}

// Appending history never changes the chamber of an earlier line: the chamber
// is part of a stored action's identity.
func TestAssignChambersIsPrefixStable(t *testing.T) {
	lines := realHistories["SB 6137"]
	full := make([]bill.Action, len(lines))
	for i, l := range lines {
		full[i].Text = l[1]
	}
	assignChambers(full, bill.Upper)
	for n := 1; n < len(lines); n++ {
		part := make([]bill.Action, n)
		for i := range part {
			part[i].Text = lines[i][1]
		}
		assignChambers(part, bill.Upper)
		for i := range part {
			if part[i].Chamber != full[i].Chamber {
				t.Fatalf("prefix %d changes line %d", n, i)
			}
		}
	}
}

func TestClassifyAction(t *testing.T) {
	tests := map[string][]string{
		"Prefiled for introduction.":                                           {"filing"},
		"First reading, referred to Finance.":                                  {"reading-1", "referral-committee"},
		"Public hearing in the House Committee on Finance at 1:30 PM.":         {"hearing-held"},
		"Executive action taken in the House Committee on Finance at 8:00 AM.": {"other"},
		"FIN - Majority; do pass with amendment(s).":                           {"committee-passage", "committee-passage-favorable"},
		"WM - Majority; 1st substitute bill be substituted, do pass.":          {"committee-passage", "committee-passage-favorable"},
		"TR - Majority; do not pass.":                                          {"committee-passage-unfavorable"},
		"APP - Majority; without recommendation.":                              {"reported-out-of-committee"},
		"Minority; do not pass.":                                               {"other"},
		"Referred to Rules 2 Review.":                                          {"referral-committee"},
		"Placed on second reading by Rules Committee.":                         {"reading-2"},
		"1st substitute bill substituted (APP 25).":                            {"substitution"},
		"Floor amendment(s) adopted.":                                          {"amendment-passage"},
		"Committee amendment not adopted.":                                     {"amendment-failure"},
		"Third reading, passed; yeas, 41; nays, 8; absent, 0; excused, 0.":     {"reading-3", "passage"},
		"Third reading, failed; yeas, 20; nays, 29; absent, 0; excused, 0.":    {"reading-3", "failure"},
		"Passed final passage; yeas, 43; nays, 6; absent, 0; excused, 0.":      {"passage"},
		"Senate concurred in House amendments.":                                {"concurrence"},
		"House refuses to concur in Senate amendments.":                        {"other"},
		"Speaker signed.":            {"other"},
		"Delivered to Governor.":     {"executive-receipt"},
		"Governor signed.":           {"executive-signature"},
		"Governor partially vetoed.": {"executive-signature", "executive-veto-line-item"},
		"Governor vetoed.":           {"executive-veto"},
		"Chapter 246, 2026 Laws.":    {"became-law"},
		"Effective date 6/11/2026.":  {"other"},
		"By resolution, reintroduced and retained in present status.": {"carried-over"},
		"Adopted.": {"passage"},
	}
	for text, want := range tests {
		got := classifyAction(text)
		if len(got) != len(want) {
			t.Errorf("%q: %v, want %v", text, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] || !bill.ValidClassification(got[i]) {
				t.Errorf("%q: %v, want %v", text, got, want)
				break
			}
		}
	}
}
