package ny

import (
	"regexp"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

// Seeds beyond testdata/fuzz/<name>: the real and recorded files themselves.

func FuzzParseBill(f *testing.F) {
	for _, name := range []string{s609, "site/day1/api/3/bills/2017/A5457", "site/day2/api/3/bills/2017/A6361"} {
		f.Add(readTestdata(f, name))
	}
	f.Add([]byte(`{"success":true,"result":{"basePrintNo":"C12","session":2025,"title":"t","amendments":{"items":{"":{}}}}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		b, err := ParseBill(body)
		if err != nil {
			return
		}
		checkBill(t, b)
	})
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkBill holds for every bill the parser accepts (the conformance rules).
func checkBill(t *testing.T, b bill.Bill) {
	if _, err := bill.NormalizeID(b.ID()); err != nil || b.Title == "" || len(b.Classification) == 0 {
		t.Fatalf("bill %q title %q class %v: %v", b.ID(), b.Title, b.Classification, err)
	}
	for _, a := range b.Actions {
		if !isoDate.MatchString(a.Date) || a.Text == "" || len(a.Classification) == 0 {
			t.Fatalf("action %+v", a)
		}
		for _, c := range a.Classification {
			if !bill.ValidClassification(c) {
				t.Fatalf("action code %q", c)
			}
		}
	}
	for _, v := range append(append([]bill.Version{}, b.Versions...), bill.Version{URL: b.Sources[0]}) {
		if !strings.HasPrefix(v.URL, Site+"/api/3/bills/") || strings.Contains(v.URL, "key") || (v.Date != "" && !isoDate.MatchString(v.Date)) {
			t.Fatalf("version %+v", v)
		}
	}
}

func FuzzParseIDList(f *testing.F) {
	f.Add(readTestdata(f, "site/day1/api/3/bills/2017@idsOnly=true&limit=1000&offset=1"))
	f.Add([]byte(`{"success":true,"total":0,"offsetStart":1,"offsetEnd":0,"result":{"items":[]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := parseIDList(body)
		if err != nil {
			return
		}
		checkPage(t, p)
	})
}

func FuzzParseUpdates(f *testing.F) {
	f.Add(readTestdata(f, "site/day2/api/3/bills/updates/_window@limit=1000&offset=1"))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := parseUpdates(body)
		if err != nil {
			return
		}
		checkPage(t, p)
	})
}

func checkPage(t *testing.T, p listPage) {
	if len(p.Refs) > p.Items || p.Total < 0 || p.End < 0 || (p.End < p.Total && p.Items == 0) {
		t.Fatalf("page %+v", p)
	}
	for _, r := range p.Refs {
		if r.check() != nil {
			t.Fatalf("ref %+v", r)
		}
	}
}

func FuzzExtractText(f *testing.F) {
	for _, tc := range textCases {
		f.Add(readTestdata(f, tc.file))
	}
	f.Add([]byte("<pre>\n     1    a [<S>b\n     2  c</S>] <U>d-</U>\n     3  <U>e</U>\n</pre>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		checkExtract(t, body)
	})
}
