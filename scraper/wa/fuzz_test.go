package wa

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/textnorm"
)

// Seed corpora: testdata/fuzz/<FuzzName>/ (real documents and recorded
// answers, cut down, plus small hand-written cases).

func FuzzDocumentText(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		text, markup, err := DocumentText(body)
		if err != nil {
			return
		}
		if strings.TrimSpace(text) == "" {
			t.Fatal("no error but no text")
		}
		if markup != "" && redline.StripMarkup(markup) != text {
			t.Fatalf("text is not the stripped markup:\n%q\n%q", text, markup)
		}
		if strings.ContainsAny(text, "⟦⟧\r\t") || strings.Contains(text, "\n\n\n") {
			t.Fatalf("stray marker, CR, tab or double blank line: %q", text)
		}
		if utf8.ValidString(string(body)) && textnorm.Clean(text) != text {
			t.Fatalf("text not normalized:\n%q\n%q", text, textnorm.Clean(text))
		}
	})
}

func FuzzParseList(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := parseList(body, "2025-26")
		if err != nil {
			return
		}
		for _, it := range mergeLists(items) {
			if id, n := baseIdentifier(it.Identifier); id != it.Identifier || n != it.Number || n < 1000 {
				t.Fatalf("bad list item %+v", it)
			}
			if it.Chamber != bill.Lower && it.Chamber != bill.Upper {
				t.Fatalf("chamber %q", it.Chamber)
			}
		}
	})
}

func FuzzParseLegislation(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		d, err := parseLegislation(body, "HB 1210")
		if err == nil && (d.Title == "" || (d.Chamber != bill.Lower && d.Chamber != bill.Upper)) {
			t.Fatalf("%+v", d)
		}
	})
}

func FuzzParseHistory(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		acts, err := parseHistory(body, bill.Upper)
		if err != nil {
			return
		}
		for i, a := range acts {
			if _, err := time.Parse("2006-01-02", a.Date); err != nil || a.Order != i || a.Text == "" {
				t.Fatalf("action %d: %+v", i, a)
			}
			switch a.Chamber {
			case bill.Lower, bill.Upper, bill.Executive:
			default:
				t.Fatalf("chamber %q", a.Chamber)
			}
			if len(a.Classification) == 0 {
				t.Fatalf("unclassified %q", a.Text)
			}
			for _, c := range a.Classification {
				if !bill.ValidClassification(c) {
					t.Fatalf("%q outside the vocabulary", c)
				}
			}
		}
	})
}

func FuzzParseSponsors(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		sp, err := parseSponsors(body)
		if err != nil {
			return
		}
		for _, s := range sp {
			if s.Name == "" || s.Primary != (s.Classification == "primary") {
				t.Fatalf("%+v", s)
			}
		}
	})
}

func FuzzParseDocuments(f *testing.F) {
	f.Fuzz(func(t *testing.T, body []byte) {
		vs, ams, err := parseDocuments(body, "HB 1069", 1069)
		if err != nil {
			return
		}
		for _, v := range append(vs, ams...) {
			u, err := url.Parse(v.URL)
			if err != nil || u.Scheme != "https" || u.Host != DocumentHost || !strings.Contains(u.Path, "/Xml/") || v.Name == "" {
				t.Fatalf("bad document %+v", v)
			}
			if v.Date != "" {
				if _, err := time.Parse("2006-01-02", v.Date); err != nil {
					t.Fatalf("date %q", v.Date)
				}
			}
		}
	})
}
