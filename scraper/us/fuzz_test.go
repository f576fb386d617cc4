package us

import (
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/redline"
)

// Seeds: testdata/fuzz/<name>/ (real BILLSTATUS files of each format,
// sitemaps, USLM texts, small hand-made edge cases).

func FuzzParseBillStatus(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBillStatus(data, BillStatusURL("116", "hr", "1"))
		if err != nil {
			return
		}
		if b.Identifier == "" || b.Title == "" || ValidSession(b.Session) != nil {
			t.Fatalf("accepted a bill without identity: %+v", b)
		}
		for i, a := range b.Actions {
			if a.Order != i || a.Text == "" || len(a.Date) != 10 || len(a.Classification) == 0 {
				t.Fatalf("action %+v", a)
			}
			for _, c := range a.Classification {
				if !bill.ValidClassification(c) {
					t.Fatalf("classification %q", c)
				}
			}
		}
		for _, v := range b.Versions {
			if !strings.HasPrefix(v.URL, "http") || v.MediaType == "" {
				t.Fatalf("version %+v", v)
			}
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, root := range []string{"sitemapindex", "urlset"} {
			entries, err := parseSitemap(data, root)
			if err != nil {
				continue
			}
			congressSitemaps(entries, "116")
			bills, _ := listedBills(entries, "116", "hr")
			for _, b := range bills {
				if b.URL != BillStatusURL("116", "hr", b.Number) || b.Identifier != "HR "+b.Number {
					t.Fatalf("listed %+v", b)
				}
			}
		}
	})
}

func FuzzExtractText(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		text, markup, err := xmlText(data)
		if err != nil {
			return
		}
		if markup != "" && redline.StripMarkup(markup) != text {
			t.Fatalf("text and markup disagree:\ntext   %q\nmarkup %q", text, markup)
		}
		if strings.ContainsAny(text, "⟦⟧") {
			t.Fatalf("mark brackets in the plain text: %q", text)
		}
	})
}
