package ny

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

const s609 = "fixtures/openleg_api_bill_S609-2017.json"

func TestParseBillGolden(t *testing.T) {
	tests := []struct{ file, golden string }{
		{s609, "S609-2017.json"},
		{"site/day1/api/3/bills/2017/A5457", "A5457-2017.json"},
		{"site/day1/api/3/bills/2017/A6361", "A6361-2017-day1.json"},
		{"site/day2/api/3/bills/2017/A6361", "A6361-2017-day2.json"},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			b, err := ParseBill(readTestdata(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			goldenJSON(t, tt.golden, b)
		})
	}
}

// The real S609-2017 response, field by field.
func TestParseBillS609(t *testing.T) {
	b, err := ParseBill(readTestdata(t, s609))
	if err != nil {
		t.Fatal(err)
	}
	if b.ID() != "ny/2017/S609" || b.Title != "Relates to training requirements for home inspector licensing" {
		t.Fatalf("id %s title %q", b.ID(), b.Title)
	}
	if b.Chamber != bill.Upper || !reflect.DeepEqual(b.Classification, []string{"bill"}) || b.Status != "In Senate Committee (Judiciary)" {
		t.Fatalf("chamber %s class %v status %q", b.Chamber, b.Classification, b.Status)
	}
	if len(b.Sponsors) != 1 || b.Sponsors[0].Name != "Phil Boyle" || !b.Sponsors[0].Primary {
		t.Fatalf("sponsors %+v", b.Sponsors)
	}
	if !strings.HasPrefix(b.Abstract, "Relates to training requirements for home inspector licensing and requires") {
		t.Fatalf("abstract %q", b.Abstract)
	}
	wantActs := []string{"REFERRED TO JUDICIARY", "AMEND (T) AND RECOMMIT TO JUDICIARY", "PRINT NUMBER 609A"}
	for i, a := range b.Actions {
		if a.Text != wantActs[i] || a.Chamber != bill.Upper || a.Order != i {
			t.Errorf("action %d: %+v", i, a)
		}
	}
	if len(b.Versions) != 2 || b.Versions[0].Name != "S609" || b.Versions[1].Name != "S609A" || b.Versions[1].Date != "2017-01-18" {
		t.Fatalf("versions %+v", b.Versions)
	}
	want := Site + "/api/3/bills/2017/S609?fullTextFormat=HTML&version=A&view=only_fulltext"
	if b.Versions[1].URL != want || b.Versions[1].Class != "amendment" || b.Versions[0].Class != "introduced" {
		t.Fatalf("version A: %+v", b.Versions[1])
	}
	if !reflect.DeepEqual(b.Related, []bill.Related{{Identifier: "S5027", Session: "2015", Relationship: "prior-session"}}) {
		t.Fatalf("related %+v", b.Related)
	}
	if !reflect.DeepEqual(b.Subjects, []string{"Real Property Law"}) || len(b.OtherTitles) != 1 {
		t.Fatalf("subjects %v other titles %v", b.Subjects, b.OtherTitles)
	}
}

func TestParseBillSameAsChapterCosponsors(t *testing.T) {
	b, err := ParseBill(readTestdata(t, "site/day2/api/3/bills/2017/A6361"))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Related, []bill.Related{{Identifier: "S4284", Session: "2017", Relationship: "companion"}}) {
		t.Fatalf("related %+v", b.Related)
	}
	if !reflect.DeepEqual(b.Citations, []string{"Chapter 348 of 2017"}) {
		t.Fatalf("citations %v", b.Citations)
	}
	if len(b.Sponsors) != 4 || b.Sponsors[1].Classification != "cosponsor" || b.Sponsors[1].Primary {
		t.Fatalf("sponsors %+v", b.Sponsors)
	}
	last := b.Actions[len(b.Actions)-1]
	if last.Text != "signed chap.348" || last.Chamber != bill.Lower || last.Classification[0] != "executive-signature" {
		t.Fatalf("last action %+v", last)
	}
}

func TestParseBillErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"truncated JSON", `{"success":true,"result":{"basePrintNo":"S609"`, "not JSON"},
		{"HTML", `<html><body>Service Unavailable</body></html>`, "not JSON"},
		{"API error", `{"success":false,"message":"Invalid API key","responseType":"error"}`, "Invalid API key"},
		{"no success field", `{"result":{}}`, "not an OpenLegislation response"},
		{"null result", `{"success":true,"result":null}`, "without a result"},
		{"bad print number", `{"success":true,"result":{"basePrintNo":"X1","session":2017,"title":"t"}}`, "bad base print number"},
		{"bad session", `{"success":true,"result":{"basePrintNo":"S1","session":17,"title":"t"}}`, "bad session"},
		{"no title", `{"success":true,"result":{"basePrintNo":"S1","session":2017,"title":"@ "}}`, "no title"},
		{"bad action date", `{"success":true,"result":{"basePrintNo":"S1","session":2017,"title":"t","actions":{"items":[{"date":"01/32/17","text":"x"}]}}}`, "action 1"},
		{"empty action", `{"success":true,"result":{"basePrintNo":"S1","session":2017,"title":"t","actions":{"items":[{"date":"2017-01-02","text":" "}]}}}`, "no text"},
		{"bad version letter", `{"success":true,"result":{"basePrintNo":"S1","session":2017,"title":"t","amendments":{"items":{"AB":{}}}}}`, "bad print number"},
		{"wrong types", `{"success":true,"result":{"basePrintNo":609,"session":"2017"}}`, "bill:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBill([]byte(tt.body))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestParseBillMinimal(t *testing.T) {
	b, err := ParseBill([]byte(`{"success":true,"result":{"basePrintNo":"C12","session":2025,
		"title":"Proposing an amendment to article 1 of the constitution","sponsor":{"member":null,"rules":true},
		"amendments":{"items":{"":{"printNo":"C12"},"A":{"printNo":"C12A"}}},
		"publishStatusMap":{"items":{"A":{"published":false}}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Classification, []string{"concurrent resolution", "constitutional amendment"}) || b.Chamber != bill.Lower {
		t.Fatalf("class %v chamber %s", b.Classification, b.Chamber)
	}
	if len(b.Sponsors) != 1 || b.Sponsors[0].Name != "Rules Committee" || b.Sponsors[0].EntityType != "organization" {
		t.Fatalf("sponsors %+v", b.Sponsors)
	}
	if len(b.Versions) != 1 || b.Versions[0].Name != "C12" {
		t.Fatalf("an unpublished print is no version: %+v", b.Versions)
	}
}

func TestParseIDListAndUpdates(t *testing.T) {
	p, err := parseIDList(readTestdata(t, "site/day1/api/3/bills/2017@idsOnly=true&limit=1000&offset=1"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range p.Refs {
		ids = append(ids, r.BasePrintNo)
	}
	if !reflect.DeepEqual(ids, []string{"S609", "A5457", "A6361"}) || p.Total != 3 || p.End != 3 {
		t.Fatalf("ids %v total %d end %d", ids, p.Total, p.End)
	}
	u, err := parseUpdates(readTestdata(t, "site/day2/api/3/bills/updates/_window@limit=1000&offset=1"))
	if err != nil || len(u.Refs) != 1 || u.Refs[0].BasePrintNo != "A6361" || u.Refs[0].session() != "2017" {
		t.Fatalf("updates %+v %v", u, err)
	}
	bad := []struct{ name, body, want string }{
		{"bad id", `{"success":true,"total":1,"offsetStart":1,"offsetEnd":1,"result":{"items":[{"basePrintNo":"S 609","session":2017}]}}`, "bad base print number"},
		{"empty page before total", `{"success":true,"total":10,"offsetStart":1,"offsetEnd":0,"result":{"items":[]}}`, "empty page"},
		{"negative", `{"success":true,"total":-1,"result":{"items":[]}}`, "negative"},
		{"items not a list", `{"success":true,"result":{"items":{}}}`, "items"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseIDList([]byte(tt.body)); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
	skip := `{"success":true,"total":2,"offsetStart":1,"offsetEnd":2,"result":{"items":[
		{"id":{"basePrintNo":"S1","session":2025},"contentType":"BILL"},{"id":{},"contentType":"AGENDA"}]}}`
	if u, err := parseUpdates([]byte(skip)); err != nil || len(u.Refs) != 1 || u.Items != 2 {
		t.Fatalf("other content types are skipped: %+v %v", u, err)
	}
}

// Every action text of the real recordings gets a code from the shared
// vocabulary, and the milestones advocates act on are recognised.
func TestClassifyAction(t *testing.T) {
	var texts []string
	for _, f := range []string{"fixtures/lbdc_2016-12-31-21.52.25.010960_BILLSTAT_S05795A.XML", "fixtures/lbdc_2023-05-30-16.07.29.818207_BILLSTAT_S05186.XML"} {
		s := string(readTestdata(t, f))
		s = s[strings.Index(s, "<billactions><![CDATA[")+len("<billactions><![CDATA[") : strings.Index(s, "]]></billactions>")]
		for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
			texts = append(texts, strings.TrimSpace(l[9:])) // "06/03/15 REFERRED TO EDUCATION"
		}
	}
	for _, tx := range texts {
		for _, c := range classifyAction(tx, false) {
			if !bill.ValidClassification(c) {
				t.Errorf("%q: %q is not in the vocabulary", tx, c)
			}
		}
	}
	tests := []struct {
		text  string
		first bool
		want  []string
	}{
		{"REFERRED TO JUDICIARY", true, []string{"introduction", "referral-committee"}},
		{"referred to local governments", false, []string{"referral-committee"}},
		{"AMEND (T) AND RECOMMIT TO JUDICIARY", false, []string{"amendment-passage", "referral-committee"}},
		{"PRINT NUMBER 609A", false, []string{"other"}},
		{"reported referred to rules", false, []string{"committee-passage", "referral-committee"}},
		{"COMMITTEE DISCHARGED AND COMMITTED TO RULES", false, []string{"referral-committee"}},
		{"1ST REPORT CAL.511", false, []string{"committee-passage", "reading-1"}},
		{"2ND REPORT CAL.", false, []string{"reading-2"}},
		{"ADVANCED TO THIRD READING", false, []string{"reading-3"}},
		{"ordered to third reading rules cal.334", false, []string{"reading-3"}},
		{"AMENDED ON THIRD READING 5795A", false, []string{"amendment-passage"}},
		{"PASSED SENATE", false, []string{"passage"}},
		{"passed assembly", false, []string{"passage"}},
		{"substituted for a7675a", false, []string{"substitution"}},
		{"DELIVERED TO GOVERNOR", false, []string{"executive-receipt"}},
		{"SIGNED CHAP.514", false, []string{"executive-signature"}},
		{"VETOED MEMO.123", false, []string{"executive-veto"}},
		{"ENACTING CLAUSE STRICKEN", false, []string{"withdrawal"}},
		{"held for consideration in codes", false, []string{"deferral"}},
		{"died in assembly", false, []string{"other"}},
		{"DELIVERED TO ASSEMBLY", false, []string{"other"}},
	}
	for _, tt := range tests {
		if got := classifyAction(tt.text, tt.first); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSessions(t *testing.T) {
	for year, want := range map[int]string{2025: "2025", 2026: "2025", 2017: "2017", 2018: "2017"} {
		if got := SessionFor(dateIn(year)); got != want {
			t.Errorf("%d → %s, want %s", year, got, want)
		}
	}
	for s, ok := range map[string]bool{"2025": true, "2017": true, "2026": false, "2007": false, "25": false, "abcd": false} {
		if err := ValidSession(s); (err == nil) != ok {
			t.Errorf("%s: %v", s, err)
		}
	}
	if first, last, err := SessionYears("2017"); err != nil || first != 2017 || last != 2018 {
		t.Errorf("session years %d-%d %v", first, last, err)
	}
	if err := ValidSession("2026"); err == nil || !strings.Contains(err.Error(), "use 2025") {
		t.Errorf("an even year should point to its session: %v", err)
	}
}

func TestConfigured(t *testing.T) {
	s := &Source{}
	for _, cfg := range []map[string]string{nil, {}, {"api_key": "  "}, {"api_key": "abc def"}, {"api_key": "k&x=1"}} {
		err := s.Configured(cfg)
		if !errors.Is(err, scraper.ErrNotConfigured) {
			t.Errorf("%v: %v", cfg, err)
		}
	}
	err := s.Configured(nil)
	for _, want := range []string{"BILLWATCH_NY_API_KEY", "[source.ny]", "api_key", "legislation.nysenate.gov"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the message should say how to configure (%q): %v", want, err)
		}
	}
	if err := s.Configured(map[string]string{"api_key": "0123456789abcdef0123456789abcdef"}); err != nil {
		t.Fatal(err)
	}
}

// Stored URLs never carry a key: the fetcher adds it to the request only.
func TestURLsAreKeyFree(t *testing.T) {
	b, err := ParseBill(readTestdata(t, s609))
	if err != nil {
		t.Fatal(err)
	}
	urls := append([]string{listURL("2017", 1, 1000), updatesURL(dateIn(2017), dateIn(2017), 1, 10)}, b.Sources...)
	for _, v := range b.Versions {
		urls = append(urls, v.URL)
	}
	for _, u := range urls {
		if strings.Contains(u, "key") || !strings.HasPrefix(u, "https://") {
			t.Errorf("stored URL %s", u)
		}
	}
	if got := textURL("2015", "S1", ""); !strings.Contains(got, "fullTextFormat=PLAIN") {
		t.Errorf("texts before 2017 are plain: %s", got)
	}
}
