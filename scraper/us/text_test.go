package us

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/textnorm"
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

// houseNS is the USLM namespace of the House's documents.
const houseNS = "http://xml.house.gov/schemas/uslm/1.0"

// The House publishes USLM under its own namespace. The same document reads
// the same under either one: amendatory marks included (under the House
// namespace it once read as the bill DTD, with no marks at all).
func TestExtractTextHouseNamespace(t *testing.T) {
	for _, pkg := range []string{"BILLS-116hr2157ih", "BILLS-116hr264eh"} {
		body := readFile(t, "site/day1/content/pkg/"+pkg+"/xml/"+pkg+".xml")
		text, markup, err := xmlText(body)
		if err != nil || markup == "" {
			t.Fatalf("%s (GPO namespace): %v, markup %d bytes", pkg, err, len(markup))
		}
		house := bytes.ReplaceAll(body, []byte(`"`+uslmNS+`"`), []byte(`"`+houseNS+`"`))
		if bytes.Equal(house, body) || !LooksLikeUSLM(house) {
			t.Fatalf("%s: the House variant was not made, or is not taken for USLM", pkg)
		}
		htext, hmarkup, err := xmlText(house)
		if err != nil || htext != text || hmarkup != markup {
			t.Errorf("%s: House namespace gives text equal %v, markup equal %v (%d bytes), err %v", pkg, htext == text, hmarkup == markup, len(hmarkup), err)
		}
	}
	doc := `<bill xmlns="` + houseNS + `"><main><section><num>SEC. 2. </num><content>Section 5 is amended by <amendingAction type="insert">inserting</amendingAction> “<quotedText>new words</quotedText>”.</content></section></main></bill>`
	if _, markup, err := xmlText([]byte(doc)); err != nil || markup != "SEC. 2. Section 5 is amended by inserting “⟦+new words+⟧”." {
		t.Errorf("markup %q, %v", markup, err)
	}
}

func TestLooksLikeUSLM(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"GPO", `<?xml version="1.0"?><bill xmlns="` + uslmNS + `"><main/></bill>`, true},
		{"House", "\ufeff\n<lawDoc xmlns=\"" + houseNS + "\"/>", true},
		{"prefixed", `<uslm:bill xmlns:uslm="` + uslmNS + `/2.0"/>`, true},
		{"bill DTD", `<?xml version="1.0"?><!DOCTYPE bill PUBLIC "-//US Congress//DTDs/bill.dtd//EN" "bill.dtd"><bill bill-stage="Introduced-in-Senate"><x xmlns="` + uslmNS + `"/></bill>`, false},
		{"HTML", "<!DOCTYPE html><html><body>see http://schemas.gpo.gov/xml/uslm</body></html>", false},
		{"Washington", `<CertifiedBill xmlns="http://leg.wa.gov/2012/document"/>`, false},
		{"text", "http://xml.house.gov/schemas/uslm/1.0", false},
		{"PDF", "%PDF-1.4 /uslm", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := LooksLikeUSLM([]byte(tt.body)); got != tt.want {
			t.Errorf("%s: LooksLikeUSLM = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A version published only as PDF is stored as `billwatch diff` reads the
// same PDF (textnorm.NormalizePDFText): without the margin line numbers that
// GPO, like New York, prints on every line. The real New York bill PDF of
// textnorm's tests stands in for a GPO one.
func TestExtractTextPDF(t *testing.T) {
	if _, err := exec.LookPath(textnorm.DefaultPDFTool); err != nil {
		t.Skip("pdftotext not installed")
	}
	pdf, err := os.ReadFile("../../textnorm/testdata/pdf/NY_S2622-Progressive-Income-Tax.pdf")
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := (&Source{}).ExtractText(context.Background(), bill.Version{Name: "S2622", MediaType: "application/pdf"}, pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "\nSection 1. Clauses (iv), (v), (vi), (vii) and (viii) of subparagraph") {
		t.Errorf("margin numbers left in the text:\n%.600s", text)
	}
	raw, err := textnorm.PDFToText(context.Background(), pdf)
	if err != nil {
		t.Fatal(err)
	}
	if text != textnorm.NormalizePDFText(raw) {
		t.Error("the text differs from textnorm.NormalizePDFText's")
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
