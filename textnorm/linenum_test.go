package textnorm

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var (
	numberOnlyLine = regexp.MustCompile(`(?m)^\s*\d{1,3}\s*$`)
	nyPageHead     = regexp.MustCompile(`(?m)^\s*S\. \d+(?:--[A-Z])?\s+\d+\s*$`)
	nyFooter       = regexp.MustCompile(`EXPLANATION--Matter|LBD\d{5}-\d{2}-\d`)
	numberedLine   = regexp.MustCompile(`(?m)^\s*\d{1,2}\s{2,}\S`)
)

// TestStripLineNumbersNYPDF runs the real New York PDFs through pdftotext
// -layout and StripLineNumbers: no number-only line, running head or footer
// may remain, while front matter and numbers inside the text stay.
func TestStripLineNumbersNYPDF(t *testing.T) {
	needPDFTool(t)
	tests := []struct {
		file string
		keep []string
	}{
		{"NY_S2622-Progressive-Income-Tax.pdf", []string{
			"STATE OF NEW YORK", "2021-2022 Regular Sessions", " 2622\n",
			"\n  Section 1. Clauses (iv), (v), (vi), (vii) and (viii) of subparagraph\n(B) of paragraph 1",
			"Not over $17,150                      4% of the New York taxable income",
		}},
		{"NY_S4264A (CCIA).pdf", []string{
			"STATE OF NEW YORK", "4264--A",
			"\n  Section 1. Short title. This act shall be known and may be cited as\nthe \"climate and community investment act\".",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := PDFToText(context.Background(), readFile(t, filepath.Join("testdata", "pdf", tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if !numberedLine.MatchString(text) {
				t.Fatal("input has no numbered lines; the test would prove nothing")
			}
			got := StripLineNumbers(text)
			for _, re := range []*regexp.Regexp{numberOnlyLine, nyPageHead, nyFooter, numberedLine} {
				if m := re.FindString(got); m != "" {
					t.Errorf("%q survived (pattern %s)", m, re)
				}
			}
			for _, k := range tt.keep {
				if !strings.Contains(got, k) {
					t.Errorf("lost %q", k)
				}
			}
		})
	}
}

// TestStripLineNumbersNYHTML takes the <pre> bill text of a real NY bill page.
func TestStripLineNumbersNYHTML(t *testing.T) {
	f, err := os.Open(nyBillPage)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	text, err := HTMLToText(f)
	if err != nil {
		t.Fatal(err)
	}
	got := StripLineNumbers(text)
	want := "Section 1. Subdivision 1 of section 379 of the executive law, as\namended by chapter 772 of the laws of 1986, is amended to read as\nfollows:"
	if !strings.Contains(got, want) {
		t.Errorf("numbered bill text not stripped; want %q in:\n%s", want, got)
	}
	if !strings.Contains(got, "§ 2. This act shall take effect immediately.") {
		t.Error("lost the last numbered line")
	}
	if !strings.Contains(got, "06/21/17 PASSED SENATE") {
		t.Error("lost unnumbered text of a page without page breaks")
	}
}

func TestStripLineNumbers(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"leading numbers removed, relative indent kept",
			" 1     Section 1. The tax law\n 2   is amended.\n 3     § 2. This act shall",
			"  Section 1. The tax law\nis amended.\n  § 2. This act shall"},
		{"a number starting text is not a line number",
			"2021-2022 Regular Sessions\n2622\n 1 text\n 2 more\n 3 end",
			"2021-2022 Regular Sessions\n2622\ntext\nmore\nend"},
		{"isolated leading numbers are text",
			"5 days after\n10 days after",
			"5 days after\n10 days after"},
		{"numbers inside lines stay",
			"1 within 5 days\n2 of section 601\n3 and 21 more",
			"within 5 days\nof section 601\nand 21 more"},
		{"continuous numbering across pages (Utah style)",
			"41 line a\n42 line b\n43 line c\n\f44 line d",
			"line a\nline b\nline c\nline d"},
		{"page furniture dropped, front matter kept",
			"FRONT MATTER\n 1 first\n 2 second\n 3 third\nFOOTER\n\fS. 12    2\n 1 fourth\n 2 fifth\n 3 sixth",
			"FRONT MATTER\nfirst\nsecond\nthird\nfourth\nfifth\nsixth"},
		{"a last page with a single numbered line",
			" 1 a\n 2 b\n 3 c\n\fS. 12   2\n 1 immediately.",
			"a\nb\nc\nimmediately."},
		{"no numbers at all",
			"  just\n  text",
			"just\ntext"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripLineNumbers(tt.in); got != tt.want {
				t.Errorf("StripLineNumbers()\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}
