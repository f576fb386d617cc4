package wa

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/textnorm"
)

// The real documents: those of the recorded site, and the HTM edition of
// 2SHB 1210's session law, kept outside the site (the crawl reads the XML;
// the demo binary need not embed 1.1 MB it never serves).
var realDocs = []struct{ name, day, path string }{
	{"1069.PL", "day2", "biennium/2025-26/Xml/Bills/House Passed Legislature/1069.PL.xml"},
	{"1069 AMS SALD S3166.1", "day1", "biennium/2025-26/Xml/Amendments/Senate/1069 AMS SALD S3166.1.xml"},
	{"6137.SL", "day1", "biennium/2025-26/Xml/Bills/Session Laws/Senate/6137.SL.xml"},
	{"1210-S2.SL", "day1", "biennium/2021-22/Xml/Bills/Session Laws/House/1210-S2.SL.xml"},
	{"1210-S2.SL htm", "", "docs/1210-S2.SL.htm"},
}

func docFile(t testing.TB, day, p string) []byte {
	if day == "" {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return siteFile(t, day, DocumentHost, p)
}

// The small documents are golden in full; the 1.1 MB session law by its
// opening lines (its invariants and the XML/HTM agreement are tested below).
func TestDocumentTextGolden(t *testing.T) {
	for _, d := range realDocs {
		t.Run(d.name, func(t *testing.T) {
			text, markup, err := DocumentText(docFile(t, d.day, d.path))
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(d.name, "1210") {
				markup = strings.Join(strings.SplitAfterN(markup, "\n", 41)[:40], "")
				text = ""
			}
			base := strings.ReplaceAll(d.name, " ", "_")
			golden(t, "text_"+base+".markup.txt", []byte(markup))
			if text != "" {
				golden(t, "text_"+base+".txt", []byte(text))
			}
		})
	}
}

func TestDocumentTextInvariants(t *testing.T) {
	for _, d := range realDocs {
		t.Run(d.name, func(t *testing.T) {
			raw := docFile(t, d.day, d.path)
			text, markup, err := DocumentText(raw)
			if err != nil {
				t.Fatal(err)
			}
			if markup == "" || redline.StripMarkup(markup) != text {
				t.Fatal("text must be the markup without its markers (and every real document marks changes)")
			}
			if textnorm.Clean(text) != text {
				t.Fatal("text is not normalized: textnorm.Clean changes it")
			}
			if strings.ContainsAny(text, "⟦⟧\r\t") || strings.Contains(text, "\n\n\n") {
				t.Fatal("stray markers, CR, tab or a double blank line in the text")
			}
			// The same bytes with LF line ends and without the BOM read the same.
			lf := bytes.ReplaceAll(bytes.TrimPrefix(raw, utf8BOM), []byte("\r\n"), []byte("\n"))
			t2, m2, err := DocumentText(lf)
			if err != nil || t2 != text || m2 != markup {
				t.Fatalf("LF / no-BOM copy reads differently (%v)", err)
			}
		})
	}
}

// The XML and the HTM of one version (2SHB 1210's session law) render the
// same text and the same change marks. The one allowed difference: the HTM
// drops the space between a struck run and the next run ("((marijuana))cannabis"),
// which the XML keeps ("((marijuana)) cannabis", as the printed bill and the
// amendments quoting it read); canon removes that space from both.
func TestXMLAndHTMAgree(t *testing.T) {
	xt, xm, err := DocumentText(docFile(t, "day1", realDocs[3].path))
	if err != nil {
		t.Fatal(err)
	}
	ht, hm, err := DocumentText(docFile(t, "", realDocs[4].path))
	if err != nil {
		t.Fatal(err)
	}
	canon := regexp.MustCompile(`\)\)(-⟧)? `)
	same := func(kind, a, b string) {
		a, b = canon.ReplaceAllString(a, "))$1"), canon.ReplaceAllString(b, "))$1")
		if a != b {
			t.Errorf("%s differs between XML and HTM:\n%s", kind, firstDiff(a, b))
		}
	}
	same("text", xt, ht)
	same("markup", xm, hm)
	if n := strings.Count(xt, "\n"); n < 3000 {
		t.Fatalf("only %d lines: sections and paragraphs should be on their own lines", n)
	}
	// Every amendingStyle strike and add of the XML is a mark.
	var struck, added int
	for _, sp := range redline.ParseMarkup(xm) {
		switch sp.Mark {
		case redline.StruckLaw:
			struck++
		case redline.NewLaw:
			added++
		}
	}
	if struck < 1300 || added < 1200 {
		t.Fatalf("%d struck and %d new runs; the XML has 1386 strike and 1296 add runs", struck, added)
	}
}

func TestDocumentMarks(t *testing.T) {
	doc := func(body string) string {
		return `<?xml version="1.0" encoding="utf-8"?><Bill xmlns="http://leg.wa.gov/2012/document"><BillBody>` + body + `</BillBody></Bill>`
	}
	tests := []struct{ name, in, want string }{
		{"strike and add", doc(`<P>for a <TextRun amendingStyle="strike">marijuana</TextRun> <TextRun amendingStyle="add">cannabis</TextRun> producer</P>`),
			"for a ⟦-((marijuana))-⟧ ⟦+cannabis+⟧ producer"},
		{"strike across paragraphs", doc(`<P>(a) <TextRun amendingStyle="strikemarkleft">"Cannabis" means x.</TextRun></P><P><TextRun amendingStyle="strikemarkright">(b)</TextRun> "Area" means y.</P>`),
			"(a) ⟦-((\"Cannabis\" means x.-⟧\n⟦-(b)))-⟧ \"Area\" means y."},
		{"nested run keeps its mark", doc(`<P><TextRun amendingStyle="add">new <TextRun fontWeight="bold">bold</TextRun> text</TextRun></P>`),
			"⟦+new bold text+⟧"},
		{"new section label and header paragraph", doc(`<BillSection type="new"><BillSectionHeader><BillSectionNumber><TextRun>Sec. </TextRun><Value>1</Value><TextRun>.  </TextRun></BillSectionNumber><P>Intent.</P></BillSectionHeader></BillSection>`),
			"NEW SECTION. Sec. 1. Intent."},
		{"caption and history are not printed", doc(`<BillSection><BillSectionHeader>RCW 1.2.3 is amended:<Caption>Caption.</Caption></BillSectionHeader><P>Body<Hyphen type="nobreak"/>text.</P><History>2020 c 1.</History></BillSection>`),
			"RCW 1.2.3 is amended:\nBody-text."},
		{"markers in the source cannot forge marks", doc(`<P>a ⟦+b+⟧ c</P>`), "a [+b+] c"},
		{"a combining mark opening a run composes", doc(`<P>cafe<TextRun amendingStyle="add">&#x301; x</TextRun></P>`), "café⟦+ x+⟧"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, markup, err := DocumentText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if markup == "" {
				markup = text
			}
			if markup != tt.want {
				t.Fatalf("markup\n%q\nwant\n%q", markup, tt.want)
			}
			if redline.StripMarkup(markup) != text {
				t.Fatalf("text %q is not the stripped markup", text)
			}
		})
	}
}

func TestDocumentTextErrors(t *testing.T) {
	tests := map[string]string{
		"empty":            "",
		"plain text":       "Service Unavailable",
		"other namespace":  `<?xml version="1.0"?><Bill xmlns="urn:other"><P>x</P></Bill>`,
		"other root":       `<?xml version="1.0"?><ArrayOfLegislation xmlns="http://WSLWebServices.leg.wa.gov/"/>`,
		"truncated":        `<?xml version="1.0"?><Bill xmlns="http://leg.wa.gov/2012/document"><BillBody><P>Sec. 1`,
		"no text":          `<?xml version="1.0"?><Bill xmlns="http://leg.wa.gov/2012/document"><BillBody/></Bill>`,
		"html without any": `<!DOCTYPE html><html><body><div>--- END ---</div></body></html>`,
	}
	src := &Source{}
	xmlVersion := bill.Version{Name: "HB 1", MediaType: "application/xml"}
	if _, _, err := src.ExtractText(context.Background(), xmlVersion, []byte("<html><body><h1>Service Unavailable</h1></body></html>")); !errors.Is(err, scraper.ErrBadContent) {
		t.Fatalf("an HTML error page for an XML version: %v", err)
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := src.ExtractText(context.Background(), bill.Version{Name: "HB 1"}, []byte(in))
			if !errors.Is(err, scraper.ErrBadContent) {
				t.Fatalf("err = %v, want ErrBadContent", err)
			}
		})
	}
}
