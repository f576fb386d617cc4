package vt

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func readSite(t *testing.T, day, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "site", day, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseList(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
		err  bool
	}{
		{"rows", `{"data":[{"BillNumber":"H.121 ","Title":" An act ","Body":"H","ActNo":"","year":"2025"}]}`, []string{"H.121"}, false},
		{"null data", `{"data":null}`, nil, false},
		{"empty string data", `{"data":""}`, nil, false},
		{"title1 fallback", `{"data":[{"BillNumber":"S.5","Title":"","Title1":"An act relating to x"}]}`, []string{"S.5"}, false},
		{"truncated JSON", `{"data":[{"BillNumber":"H.1"`, nil, true},
		{"HTML error page", `<html><body>Service Unavailable</body></html>`, nil, true},
		{"row without number", `{"data":[{"Title":"x"}]}`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseList([]byte(tt.body))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.BillNumber)
				if r.Title == "" {
					t.Errorf("%s has no title", r.BillNumber)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseStatus(t *testing.T) {
	p, err := parseStatus(readSite(t, "day2", "bill/status/2020/S.124"), statusURL("2020", "S.124"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Number != "S.124" || p.Act != "Act 166" || p.InternalID != "39424" {
		t.Fatalf("number %q act %q internal id %q", p.Number, p.Act, p.InternalID)
	}
	if p.Title != "An act relating to law enforcement use of facial recognition technology" {
		t.Fatalf("title %q", p.Title)
	}
	if len(p.Sponsors) != 1 || !p.Sponsors[0].Primary || p.Sponsors[0].EntityType != "organization" {
		t.Fatalf("sponsors %+v", p.Sponsors)
	}
	want := []string{"As Introduced", "As Passed by Both House and Senate (Unofficial)"}
	if len(p.Versions) != 2 || p.Versions[0].Name != want[0] || p.Versions[1].Name != want[1] {
		t.Fatalf("versions %+v", p.Versions)
	}
	if got := p.Versions[1].URL; got != Site+"/Documents/2020/Docs/BILLS/S-0124/S-0124%20As%20Passed%20by%20Both%20House%20and%20Senate%20Unofficial.pdf" {
		t.Fatalf("version URL %s", got)
	}
}

func TestParseStatusSponsorsLayouts(t *testing.T) {
	page := `<div class="bill-title"><h1>H.121</h1><h2>An act relating to privacy</h2></div>
<dl class="summary-table"><dt>Sponsor(s)</dt><dd><ul>
<li><a href="#">Rep. Jane Doe</a></li><li><a href="#">Rep. Ann Roe</a></li>
<li><span>Additional Sponsors</span></li><li><a href="#">Rep. Cosponsor One</a></li><li><a href="#">Less…</a></li>
</ul></dd></dl>`
	p, err := parseStatus([]byte(page), statusURL("2026", "H.121"))
	if err != nil {
		t.Fatal(err)
	}
	var prim, co []string
	for _, s := range p.Sponsors {
		if s.Primary {
			prim = append(prim, s.Name)
		} else {
			co = append(co, s.Name)
		}
	}
	if !reflect.DeepEqual(prim, []string{"Rep. Jane Doe", "Rep. Ann Roe"}) || !reflect.DeepEqual(co, []string{"Rep. Cosponsor One"}) {
		t.Fatalf("primary %v cosponsors %v", prim, co)
	}
	if p.InternalID != "" {
		t.Fatalf("a bill without the DataTable script has no internal id, got %q", p.InternalID)
	}
}

func TestParseStatusRedesigned(t *testing.T) {
	if _, err := parseStatus([]byte(`<html><body><main><h1>Bill H.121</h1></main></body></html>`), Site); err == nil {
		t.Fatal("a page without the bill-title block must be an error")
	}
}

func TestParseActions(t *testing.T) {
	acts, err := parseActions(readSite(t, "day2", "bill/loadBillDetailedStatus/2020/39424"))
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) != 7 {
		t.Fatalf("%d actions", len(acts))
	}
	last := acts[len(acts)-1]
	if last.Date != "2020-10-08" || last.Chamber != "upper" || last.Classification[0] != "executive-signature" {
		t.Fatalf("last action %+v", last)
	}
	if acts[0].Text != "Read 1st time & referred to Committee on Judiciary" {
		t.Fatalf("entity not decoded: %q", acts[0].Text)
	}
	if none, err := parseActions([]byte(`{"data":""}`)); err != nil || len(none) != 0 {
		t.Fatalf("empty data: %v %v", none, err)
	}
	if _, err := parseActions([]byte(`{"data":[{"StatusDate":"13/45/2020","FullStatus":"x"}]}`)); err == nil {
		t.Fatal("bad date must be an error")
	}
}

func TestClassifyAction(t *testing.T) {
	tests := map[string][]string{
		"Read first time and referred to the Committee on Transportation": {"introduction", "reading-1", "referral-committee"},
		"Read 3rd time & passed": {"reading-3", "passage"},
		"Roll Call Results Failed -- Needed 73 of 145 to Pass -- Yeas = 35, Nays = 110": {"failure"},
		"Delivered to Governor on October 2, 2020":                                      {"executive-receipt"},
		"House message: Governor approved bill on May 13, 2026":                         {"executive-signature"},
		"Governor vetoed bill on June 1, 2026":                                          {"executive-veto"},
		"Veto of the Governor sustained":                                                {"veto-override-failure"},
		"Favorable report with proposal of amendment by Committee on Judiciary":         {"committee-passage-favorable"},
		"Rep. Smith of Derby moved to adjourn":                                          {"other"},
	}
	for text, want := range tests {
		got := classifyAction(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

func TestSessionFor(t *testing.T) {
	for in, want := range map[int]string{2025: "2026", 2026: "2026", 2019: "2020"} {
		if got := SessionFor(dateIn(in)); got != want {
			t.Errorf("%d → %s, want %s", in, got, want)
		}
	}
	if ValidSession("2021.1") != nil || ValidSession("abc") == nil {
		t.Fatal("session validation")
	}
}
