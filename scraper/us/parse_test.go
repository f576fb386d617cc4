package us

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func readFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// golden compares v, as indented JSON, with testdata/golden/name.
func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -run %s -update and review the diff", name, t.Name())
	}
}

// billStatusFiles are every BILLSTATUS file in testdata: real ones in all
// three formats, and the reconstructed 116th-Congress ones.
var billStatusFiles = []struct {
	path, url string
}{
	{"billstatus/BILLSTATUS-114hr3106.xml", BillStatusURL("114", "hr", "3106")},
	{"billstatus/BILLSTATUS-115s2979.xml", BillStatusURL("115", "s", "2979")},
	{"billstatus/BILLSTATUS-116hr5183.xml", BillStatusURL("116", "hr", "5183")},
	{"billstatus/BILLSTATUS-116s790.xml", BillStatusURL("116", "s", "790")},
	{"billstatus/BILLSTATUS-117s35-current.xml", BillStatusURL("117", "s", "35")},
	{"site/day1/bulkdata/BILLSTATUS/117/s/BILLSTATUS-117s35.xml", BillStatusURL("117", "s", "35")},
	{"site/day1/bulkdata/BILLSTATUS/117/hr/BILLSTATUS-117hr6658.xml", BillStatusURL("117", "hr", "6658")},
	{"site/day2/bulkdata/BILLSTATUS/117/hr/BILLSTATUS-117hr6658.xml", BillStatusURL("117", "hr", "6658")},
	{"site/day1/bulkdata/BILLSTATUS/117/sconres/BILLSTATUS-117sconres7.xml", BillStatusURL("117", "sconres", "7")},
	{"site/day1/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml", BillStatusURL("116", "hr", "264")},
	{"site/day2/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml", BillStatusURL("116", "hr", "264")},
	{"site/day1/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr2157.xml", BillStatusURL("116", "hr", "2157")},
	{"site/day1/bulkdata/BILLSTATUS/116/hjres/BILLSTATUS-116hjres37.xml", BillStatusURL("116", "hjres", "37")},
	{"site/day1/bulkdata/BILLSTATUS/116/sconres/BILLSTATUS-116sconres13.xml", BillStatusURL("116", "sconres", "13")},
}

func goldenName(path string) string {
	day := ""
	if strings.HasPrefix(path, "site/") {
		day = strings.Split(path, "/")[1] + "-"
	}
	return day + strings.TrimSuffix(filepath.Base(path), ".xml") + ".json"
}

func TestParseBillStatusGolden(t *testing.T) {
	for _, f := range billStatusFiles {
		t.Run(goldenName(f.path), func(t *testing.T) {
			b, err := ParseBillStatus(readFile(t, f.path), f.url)
			if err != nil {
				t.Fatal(err)
			}
			checkBill(t, b)
			golden(t, goldenName(f.path), b)
		})
	}
}

// checkBill asserts the rules every bill of this source keeps.
func checkBill(t *testing.T, b bill.Bill) {
	t.Helper()
	if b.Jurisdiction != "us" || b.Session == "" || b.Identifier == "" || b.Title == "" || len(b.Classification) != 1 {
		t.Fatalf("bill header: %q %q %q %q %v", b.Jurisdiction, b.Session, b.Identifier, b.Title, b.Classification)
	}
	for i, a := range b.Actions {
		if a.Order != i || len(a.Date) != 10 || a.Text == "" || len(a.Classification) == 0 {
			t.Errorf("action %d: %+v", i, a)
		}
		if i > 0 && a.Date < b.Actions[i-1].Date {
			t.Errorf("actions out of order at %d: %s after %s", i, a.Date, b.Actions[i-1].Date)
		}
		for _, c := range a.Classification {
			if !bill.ValidClassification(c) {
				t.Errorf("action %q: classification %q not in the vocabulary", a.Text, c)
			}
		}
	}
	for _, v := range b.Versions {
		if !strings.HasPrefix(v.URL, "https://") || v.MediaType == "" || v.Name == "" {
			t.Errorf("version %+v", v)
		}
	}
}
