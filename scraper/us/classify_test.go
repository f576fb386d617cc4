package us

import (
	"reflect"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
)

// Action texts and codes are from the usgpo/bill-status samples (legacy,
// 2022 and 3.0.0 formats).
func TestClassifyAction(t *testing.T) {
	tests := []struct {
		code, typ, text string
		want            []string
	}{
		{"Intro-H", "IntroReferral", "Introduced in House", []string{"introduction"}},
		{"10000", "IntroReferral", "Introduced in Senate", []string{"introduction"}},
		{"H11100", "Bill Referrals", "Referred to House Judiciary", []string{"referral-committee"}},
		{"", "IntroReferral", "Read twice and referred to the Committee on Banking, Housing, and Urban Affairs.", []string{"reading-1", "reading-2", "referral-committee"}},
		{"", "Committee", "Referred to the Subcommittee on Health.", []string{"referral-committee"}},
		{"5000", "Committee", "Reported (Amended) by the Committee on Armed Services. H. Rept. 114-537.", []string{"committee-passage"}},
		{"", "Committee", "Committee on Finance. Ordered to be reported without amendment favorably.", []string{"committee-passage", "committee-passage-favorable"}},
		{"", "Committee", "Committee Consideration and Mark-up Session Held.", []string{"other"}},
		{"", "Committee", "Committee on Indian Affairs. Hearings held. Hearings printed: S.Hrg. 116-77.", []string{"hearing-held"}},
		{"14500", "Committee", "Senate Committee on Foreign Relations discharged by Unanimous Consent.", []string{"reported-out-of-committee"}},
		{"8000", "Floor", "Passed/agreed to in House: On passage Passed by recorded vote: 230 - 191 (Roll no. 172).", []string{"passage"}},
		{"H37300", "Final Passage Under Suspension of the Rules Results", "On motion to suspend the rules and pass the bill Agreed to by voice vote. (text: CR H204)", []string{"passage"}},
		{"", "Floor", "Passed Senate with an amendment by Unanimous Consent.", []string{"passage"}},
		{"", "Floor", "Resolution agreed to in Senate without amendment by Unanimous Consent. (consideration: CR S2064)", []string{"passage"}},
		{"H1L220", "Floor", "Rule H. Res. 369 passed House.", []string{"other"}},
		{"H36210", "Floor", "On motion to recommit Failed by the Yeas and Nays: 193 - 230 (Roll no. 171).", []string{"other"}},
		{"", "Floor", "Motion to proceed to consideration of measure agreed to in Senate by Voice Vote.", []string{"other"}},
		{"H38310", "Floor", "Motion to reconsider laid on the table Agreed to without objection.", []string{"other"}},
		{"H14000", "Floor", "Received in the House.", []string{"receipt"}},
		{"", "Calendars", "Received in the Senate. Read the first time. Placed on Senate Legislative Calendar under Read the First Time.", []string{"receipt", "reading-1"}},
		{"19500", "NotUsed", "Resolving differences -- House actions: On motion that the House agree to the Senate amendment Agreed to by the Yeas and Nays: 220 - 207 (Roll no. 86).", []string{"concurrence"}},
		{"H41610", "ResolvingDifferences", "On motion that the House agree with an amendment to the Senate amendment Agreed to by voice vote.", []string{"other"}},
		{"E20000", "Floor", "Presented to President.", []string{"executive-receipt"}},
		{"36000", "BecameLaw", "Signed by President.", []string{"executive-signature"}},
		{"E30000", "President", "Vetoed by President. (text of veto message: CR H210-211)", []string{"executive-veto"}},
		{"E40000", "President", "Became Public Law No: 114-47.", []string{"became-law"}},
		{"94000", "Floor", "Senate amendment agreed to: Amendment SA 890 agreed to in Senate by Unanimous Consent.", []string{"amendment-passage"}},
		{"93000", "Floor", "Senate amendment proposed (on the floor): Amendment SA 890 proposed by Senator Schumer for Senator Van Hollen.", []string{"amendment-introduction"}},
	}
	for _, tt := range tests {
		got := classifyAction(tt.code, tt.typ, tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q: got %v, want %v", tt.code, tt.text, got, tt.want)
		}
		for _, c := range got {
			if !bill.ValidClassification(c) {
				t.Errorf("%q: %q is not in the shared vocabulary", tt.text, c)
			}
		}
	}
}

func TestActionChamber(t *testing.T) {
	tests := []struct {
		a    xAction
		want string
	}{
		{xAction{SourceCode: "0"}, bill.Upper},
		{xAction{SourceName: "Senate"}, bill.Upper},
		{xAction{SourceCode: "2", Code: "E20000"}, bill.Executive},
		{xAction{SourceCode: "9", Code: "8000"}, bill.Lower},
		{xAction{SourceCode: "9", Code: "17000"}, bill.Upper},
		{xAction{SourceCode: "9", Code: "20500", Text: "Resolving differences -- Senate actions: Senate agreed to the House amendment to the Senate amendment."}, bill.Upper},
		{xAction{SourceCode: "9", Code: "36000", Text: "Became Public Law No: 114-47."}, bill.Executive},
	}
	for _, tt := range tests {
		if got := actionChamber(tt.a, tt.a.Text); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestSessionFor(t *testing.T) {
	for date, want := range map[string]string{"2025-01-03": "119", "2025-01-02": "118", "2026-11-25": "119", "2019-04-09": "116", "2015-07-16": "114"} {
		d, _ := time.Parse("2006-01-02", date)
		if got := SessionFor(d); got != want {
			t.Errorf("%s → %s, want %s", date, got, want)
		}
	}
	for in, ok := range map[string]bool{"119": true, "108": true, "107": false, "0119": false, "abc": false, "": false} {
		if (ValidSession(in) == nil) != ok {
			t.Errorf("ValidSession(%q) ok=%v", in, !ok)
		}
	}
}
