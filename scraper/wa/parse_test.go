package wa

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// siteFile reads a file of the recorded site: day, host and the replay name.
func siteFile(t testing.TB, day, host, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "site", day, host, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func service(t testing.TB, day, name string) []byte { return siteFile(t, day, ServiceHost, name) }

// golden compares got with testdata/golden/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from the golden file; diff it after go test -update:\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return ""
}

const ns = `xmlns="http://WSLWebServices.leg.wa.gov/"`

func TestParseList(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
		err  string
	}{
		{"recorded 2026", string(service(t, "day1", "legislationservice.asmx/GetLegislationByYear@year=2026")), []string{"HB 1069", "SB 6137"}, ""},
		{"versions collapse", `<ArrayOfLegislationInfo ` + ns + `><LegislationInfo><BillId>2E2SHB 1008</BillId><BillNumber>1008</BillNumber></LegislationInfo>` +
			`<LegislationInfo><BillId>ESSB 5000</BillId><OriginalAgency>Senate</OriginalAgency></LegislationInfo></ArrayOfLegislationInfo>`, []string{"HB 1008", "SB 5000"}, ""},
		{"appointments, initiatives and other bienniums skipped", `<ArrayOfLegislationInfo ` + ns + `>` +
			`<LegislationInfo><BillId>SGA 9001</BillId></LegislationInfo><LegislationInfo><BillId>INITIATIVE 2066</BillId></LegislationInfo>` +
			`<LegislationInfo><Biennium>2023-24</Biennium><BillId>HB 1001</BillId></LegislationInfo>` +
			`<LegislationInfo><BillId>HJM 4001</BillId></LegislationInfo></ArrayOfLegislationInfo>`, []string{"HJM 4001"}, ""},
		{"empty list", `<?xml version="1.0"?><ArrayOfLegislationInfo ` + ns + ` />`, nil, ""},
		{"nothing usable", `<ArrayOfLegislationInfo ` + ns + `><LegislationInfo><BillId>SGA 9001</BillId></LegislationInfo></ArrayOfLegislationInfo>`, nil, "none of 1 records"},
		{"number disagrees", `<ArrayOfLegislationInfo ` + ns + `><LegislationInfo><BillId>HB 1069</BillId><BillNumber>1096</BillNumber></LegislationInfo></ArrayOfLegislationInfo>`, nil, "does not match"},
		{"HTML error page", `<!DOCTYPE html><html><body>Service Unavailable</body></html>`, nil, "not a legislation web-service response"},
		{"plain-text fault", `Missing parameter: year.`, nil, "not a legislation web-service response"},
		{"truncated XML", `<ArrayOfLegislationInfo ` + ns + `><LegislationInfo><BillId>HB 10`, nil, "unexpected EOF"},
		{"wrong root", `<ArrayOfLegislation ` + ns + `/>`, nil, "root element <ArrayOfLegislation>"},
		{"wrong namespace", `<ArrayOfLegislationInfo xmlns="urn:other"/>`, nil, "namespace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := parseList([]byte(tt.body), "2025-26")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want it to mention %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range items {
				got = append(got, it.Identifier)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergeLists(t *testing.T) {
	y1, err := parseList(service(t, "day1", "legislationservice.asmx/GetLegislationByYear@year=2021"), "2021-22")
	if err != nil {
		t.Fatal(err)
	}
	y2, err := parseList(service(t, "day1", "legislationservice.asmx/GetLegislationByYear@year=2022"), "2021-22")
	if err != nil {
		t.Fatal(err)
	}
	got := mergeLists(y1, y2)
	if len(got) != 1 || got[0] != (listItem{Identifier: "HB 1210", Number: 1210, Chamber: bill.Lower}) {
		t.Fatalf("HB 1210, SHB 1210 and 2SHB 1210 are one bill: %+v", got)
	}
}

func TestBaseIdentifier(t *testing.T) {
	for in, want := range map[string]string{"HB 1069": "HB 1069", "2SHB 1210": "HB 1210", "E2SHB 1170": "HB 1170",
		"2E2SHB 1008": "HB 1008", "ESSB 5000": "SB 5000", "SSB 5085": "SB 5085", "SJR 8201": "SJR 8201", "HCR 4400": "HCR 4400",
		"HB  1069": "HB 1069", "SGA 9001": "", "HB 106": "", "XB 1000": "", "": ""} {
		if got, _ := baseIdentifier(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}

func TestParseLegislation(t *testing.T) {
	d, err := parseLegislation(service(t, "day1", "legislationservice.asmx/GetLegislation@biennium=2021-22&billNumber=1210"), "HB 1210")
	if err != nil {
		t.Fatal(err)
	}
	if d.CurrentID != "2SHB 1210" || d.Chamber != bill.Lower || !strings.HasPrefix(d.Title, `Replacing the term "marijuana"`) ||
		d.Status != "Effective date 6/9/2022*." || !strings.HasPrefix(d.LegalTitle, "AN ACT Relating to") {
		t.Fatalf("%+v", d)
	}
	empty := `<ArrayOfLegislation ` + ns + `/>`
	if _, err := parseLegislation([]byte(empty), "HB 1210"); !errors.Is(err, errNoRecord) {
		t.Fatalf("no record: %v", err)
	}
	untitled := `<ArrayOfLegislation ` + ns + `><Legislation><BillId>HB 1210</BillId></Legislation></ArrayOfLegislation>`
	if _, err := parseLegislation([]byte(untitled), "HB 1210"); err == nil {
		t.Fatal("a record without any title must be an error")
	}
	short := `<ArrayOfLegislation ` + ns + `><Legislation><BillId>SB 5000</BillId><ShortDescription>Short</ShortDescription></Legislation></ArrayOfLegislation>`
	if d, err := parseLegislation([]byte(short), "SB 5000"); err != nil || d.Title != "Short" || d.Chamber != bill.Upper {
		t.Fatalf("short description as title: %+v %v", d, err)
	}
}

func TestParseSponsors(t *testing.T) {
	sp, err := parseSponsors(service(t, "day1", "legislationservice.asmx/GetSponsors@biennium=2025-26&billId=HB 1069"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sp) != 37 || sp[0].Name != "Fosse" || !sp[0].Primary || sp[1].Primary || sp[36].Name != "Hill" || sp[1].Classification != "cosponsor" {
		t.Fatalf("%d sponsors: %+v", len(sp), sp[:2])
	}
	// Without Type, the first in Order is the prime sponsor (openstates' rule).
	untyped := `<ArrayOfSponsor ` + ns + `><Sponsor><Name>Low</Name><Order>2</Order></Sponsor><Sponsor><Name>Fosse</Name><Order>1</Order></Sponsor><Sponsor><Name> </Name></Sponsor></ArrayOfSponsor>`
	sp, err = parseSponsors([]byte(untyped))
	if err != nil || len(sp) != 2 || sp[0].Name != "Fosse" || !sp[0].Primary || sp[1].Primary {
		t.Fatalf("untyped: %+v %v", sp, err)
	}
}

func TestParseHistory(t *testing.T) {
	acts, err := parseHistory(service(t, "day2", "legislationservice.asmx/GetLegislativeStatusChangesByBillNumber@beginDate=2024-01-01&biennium=2025-26&billNumber=1069&endDate=2026-12-31"), bill.Lower)
	if err != nil {
		t.Fatal(err)
	}
	if len(acts) != 20 {
		t.Fatalf("%d actions", len(acts))
	}
	check := func(i int, date, chamber string, codes ...string) {
		t.Helper()
		a := acts[i]
		if a.Date != date || a.Chamber != chamber || !reflect.DeepEqual(a.Classification, codes) || a.Order != i {
			t.Errorf("action %d %q: %s %s %v (order %d), want %s %s %v", i, a.Text, a.Date, a.Chamber, a.Classification, a.Order, date, chamber, codes)
		}
	}
	check(0, "2024-12-13", bill.Lower, "filing")
	check(1, "2025-01-13", bill.Lower, "introduction", "reading-1", "referral-committee")
	check(2, "2025-01-17", bill.Lower, "hearing-held")
	check(4, "2025-01-29", bill.Lower, "committee-passage", "committee-passage-favorable")
	check(6, "2025-02-06", bill.Lower, "reading-3", "passage")
	check(7, "2025-03-14", bill.Upper, "hearing-held")
	check(9, "2025-03-28", bill.Upper, "referral-committee", "committee-passage", "committee-passage-favorable")
	check(10, "2025-03-28", bill.Upper, "other") // a minority report
	check(17, "2026-03-04", bill.Upper, "reading-3", "passage")
	check(18, "2026-03-09", bill.Lower, "concurrence")
	check(19, "2026-03-09", bill.Lower, "passage")

	bad := `<ArrayOfLegislativeStatus ` + ns + `><LegislativeStatus><HistoryLine>x</HistoryLine><ActionDate>13/45/2025</ActionDate></LegislativeStatus></ArrayOfLegislativeStatus>`
	if _, err := parseHistory([]byte(bad), bill.Lower); err == nil {
		t.Fatal("a bad date must be an error")
	}
	unsorted := `<ArrayOfLegislativeStatus ` + ns + `>` +
		`<LegislativeStatus><HistoryLine>Third reading, passed; yeas, 90; nays, 0; absent, 0; excused, 8.</HistoryLine><ActionDate>2025-02-01T00:00:00</ActionDate></LegislativeStatus>` +
		`<LegislativeStatus><HistoryLine> </HistoryLine><ActionDate>2025-01-20T00:00:00</ActionDate></LegislativeStatus>` +
		`<LegislativeStatus><HistoryLine>First reading, referred to Finance.</HistoryLine><ActionDate>2025-01-13T12:30:00.5</ActionDate></LegislativeStatus>` +
		`</ArrayOfLegislativeStatus>`
	acts, err = parseHistory([]byte(unsorted), bill.Lower)
	if err != nil || len(acts) != 2 || acts[0].Date != "2025-01-13" || acts[1].Chamber != bill.Lower {
		t.Fatalf("history out of order / blank line: %+v %v", acts, err)
	}
}

func TestCitations(t *testing.T) {
	acts := []bill.Action{{Text: "Governor signed."}, {Text: "Chapter 246, 2026 Laws."}, {Text: "Effective date 6/11/2026."}}
	if got := citations(acts); !reflect.DeepEqual(got, []string{"Chapter 246, Laws of 2026"}) {
		t.Fatalf("%v", got)
	}
}

func dateIn(year int) time.Time { return time.Date(year, 3, 1, 0, 0, 0, 0, time.UTC) }
