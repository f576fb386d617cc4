package us

import (
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
)

// uslmFiles are the real USLM texts served by the recorded site.
func uslmFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/site/day*/content/pkg/*/xml/*.xml")
	if err != nil || len(files) < 9 {
		t.Fatalf("USLM files: %v %v", files, err)
	}
	return files
}

var sectionNum = regexp.MustCompile(`<section\b[^>]*>\s*<num[^>]*>([^<]+)</num>`)

func TestExtractTextUSLM(t *testing.T) {
	src := &Source{}
	for _, path := range uslmFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			v := bill.Version{Name: filepath.Base(path), MediaType: "application/xml"}
			text, markup, err := src.ExtractText(context.Background(), v, body)
			if err != nil {
				t.Fatal(err)
			}
			for _, noise := range []string{"<", "xmlns", "GPO XPub", "schemas.gpo.gov", "uslm.css", "Disclaimer:", "\t", "  "} {
				if strings.Contains(text, noise) {
					t.Errorf("text contains %q", noise)
				}
			}
			// Every numbered section starts its own line, as redline expects.
			for _, m := range sectionNum.FindAllStringSubmatch(string(body), -1) {
				num := strings.TrimSpace(m[1])
				if !strings.HasPrefix(text, num) && !strings.Contains(text, "\n"+num) {
					t.Errorf("section %q does not start a line", num)
				}
			}
			hasMarks := strings.Contains(string(body), "<amendingAction") && strings.Contains(string(body), "<quoted")
			if hasMarks != (markup != "") {
				t.Errorf("amendatory quotes in source %v, markup %d bytes", hasMarks, len(markup))
			}
			if markup != "" && redline.StripMarkup(markup) != text {
				t.Error("text != StripMarkup(markup)")
			}
		})
	}
}

func TestExtractTextGolden(t *testing.T) {
	for _, pkg := range []string{"BILLS-116sconres13ats", "BILLS-116hjres37rfs"} {
		t.Run(pkg, func(t *testing.T) {
			body := readFile(t, "site/day1/content/pkg/"+pkg+"/xml/"+pkg+".xml")
			text, markup, err := (&Source{}).ExtractText(context.Background(), bill.Version{Name: pkg}, body)
			if err != nil || markup != "" {
				t.Fatalf("%v, markup %q", err, markup)
			}
			golden(t, pkg+".txt.json", strings.Split(text, "\n"))
		})
	}
}

// USLM types amendatory verbs; the first quote after "striking" is struck
// from the law and the first quote after "inserting" goes into it.
func TestExtractTextMarkup(t *testing.T) {
	tests := []struct{ pkg, want string }{
		{"BILLS-116hr2157ih", "is amended by striking “⟦-may-⟧” and inserting “⟦+shall+⟧”."},
		{"BILLS-116hr264eh", "by striking “⟦-27 years and 6 months-⟧” and inserting “⟦+28 years and 6 months+⟧”; and"},
		// A quoted block after "inserting ... the following:" is new law.
		{"BILLS-116hr2157ih", "by inserting after paragraph (9) the following:\n\n⟦+“(10) amounts available under paragraph (4)"},
	}
	for _, tt := range tests {
		body := readFile(t, "site/day1/content/pkg/"+tt.pkg+"/xml/"+tt.pkg+".xml")
		_, markup, err := xmlText(body)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(markup, tt.want) {
			i := strings.Index(markup, tt.want[:20])
			t.Errorf("%s: markup lacks %q; near: %q", tt.pkg, tt.want, markup[max(0, i):min(len(markup), max(0, i)+200)])
		}
	}
	// A locator quote after the first is not typed by USLM and stays unmarked.
	_, markup, _ := xmlText([]byte(`<bill xmlns="` + uslmNS + `"><main><section><num>SEC. 2. </num><content>Section 5 is amended by <amendingAction type="insert">inserting</amendingAction> “<quotedText>new</quotedText>” after “<quotedText>old</quotedText>”.</content></section></main></bill>`))
	if want := "SEC. 2. Section 5 is amended by inserting “⟦+new+⟧” after “old”."; markup != want {
		t.Errorf("markup %q, want %q", markup, want)
	}
}

// GPO's bill DTD (the /xml/ rendition of older texts) prints "SEC." itself;
// the element layout follows the DTD's legis-body/section/enum/header/text.
func TestExtractTextBillDTD(t *testing.T) {
	doc := `<?xml version="1.0"?><!DOCTYPE bill PUBLIC "-//US Congress//DTDs/bill.dtd//EN" "bill.dtd">
<bill bill-stage="Introduced-in-Senate"><metadata><dublinCore><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">119 S 31 IS</dc:title></dublinCore></metadata>
<form><legis-num>S. 31</legis-num><official-title>To designate a mountain.</official-title></form>
<legis-body><section id="s1"><enum>1.</enum><header>Designation</header><text>The mountain shall be known as &ldquo;Devils Tower&rdquo;.</text></section>
<section id="s2"><enum>2.</enum><header>References</header><subsection><enum>(a)</enum><header>In general</header><text>Any reference&mdash;</text></subsection></section></legis-body></bill>`
	text, markup, err := xmlText([]byte(doc))
	if err != nil || markup != "" {
		t.Fatalf("%v %q", err, markup)
	}
	for _, want := range []string{"S. 31\n\nTo designate a mountain.", "\nSEC. 1. Designation The mountain shall be known as “Devils Tower”.", "\nSEC. 2. References\n(a) In general Any reference—"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "119 S 31 IS") {
		t.Error("metadata leaked into the text")
	}
}

func TestExtractTextFormats(t *testing.T) {
	src := &Source{}
	ctx := context.Background()
	html := `<html><body><pre>
SEC. 2. SHORT TITLE.
    This Act may be cited as the "Example Act".
</pre></body></html>`
	text, _, err := src.ExtractText(ctx, bill.Version{Name: "Introduced", MediaType: "text/html"}, []byte(html))
	if err != nil || !strings.HasPrefix(text, "SEC. 2. SHORT TITLE.\nThis Act") {
		t.Fatalf("HTML: %q %v", text, err)
	}
	bad := []struct {
		name, media, body string
	}{
		{"error page for XML", "application/xml", "<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>"},
		{"truncated XML", "application/xml", `<bill xmlns="` + uslmNS + `"><main><section><num>SEC. 1.`},
		{"empty", "application/xml", ""},
		{"no text", "application/xml", `<bill xmlns="` + uslmNS + `"><meta><docNumber>1</docNumber></meta></bill>`},
		{"broken PDF", "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntruncated"},
		{"JSON", "application/xml", `{"error": "not found"}`},
	}
	for _, tt := range bad {
		_, _, err := src.ExtractText(ctx, bill.Version{Name: tt.name, MediaType: tt.media}, []byte(tt.body))
		if !errors.Is(err, scraper.ErrBadContent) {
			t.Errorf("%s: %v, want ErrBadContent", tt.name, err)
		}
	}
}
