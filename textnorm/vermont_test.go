package textnorm

import (
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// furniture matches anything of a Vermont page that must not survive.
var furniture = regexp.MustCompile(`VT\s*LEG|Page\s*\d+\s*of\s*\d+|BILL\s*AS|\f`)

// assertNoFurniture checks the invariants of every Vermont() result.
func assertNoFurniture(t *testing.T, got string) {
	t.Helper()
	if m := furniture.FindString(got); m != "" {
		t.Errorf("page furniture %q survived", m)
	}
	for _, p := range strings.Split(got, "\n\n") {
		if regexp.MustCompile(`^\d+$`).MatchString(p) {
			t.Errorf("a line number survived as paragraph %q", p)
		}
		if strings.Contains(p, "\n") {
			t.Errorf("paragraph not unwrapped: %q", p)
		}
	}
}

// goldenName turns "…/2020/S-0124 As Introduced.pdf" into "2020_S-0124_As_Introduced".
func goldenName(pdf string) string {
	base := strings.TrimSuffix(filepath.Base(pdf), ".pdf")
	return filepath.Base(filepath.Dir(pdf)) + "_" + strings.ReplaceAll(base, " ", "_")
}

// TestVermontCapturedLayout runs without pdftotext: the input is pdftotext
// -layout output of each reconstructed PDF, captured in testdata/vt.
func TestVermontCapturedLayout(t *testing.T) {
	for _, pdf := range vtPDFs(t) {
		name := goldenName(pdf)
		t.Run(name, func(t *testing.T) {
			in := filepath.Join("testdata", "vt", name+".layout.txt")
			if *update {
				if _, err := exec.LookPath(DefaultPDFTool); err == nil {
					text, err := PDFToText(context.Background(), readFile(t, pdf))
					if err != nil {
						t.Fatal(err)
					}
					checkGolden(t, in, text)
				}
			}
			got := Vermont(string(readFile(t, in)))
			assertNoFurniture(t, got)
			checkGolden(t, filepath.Join("testdata", "vt", name+".golden"), got)
		})
	}
}

// TestVermontFromPDF extracts each reconstructed PDF with pdftotext in all
// three of its modes; the numbers land at the line start (-layout), on a line
// after the text (-raw) or before it (default), and every mode must normalize
// to the same golden text.
func TestVermontFromPDF(t *testing.T) {
	needPDFTool(t)
	for _, pdf := range vtPDFs(t) {
		name := goldenName(pdf)
		t.Run(name, func(t *testing.T) {
			golden := filepath.Join("testdata", "vt", name+".golden")
			text, err := PDFToText(context.Background(), readFile(t, pdf))
			if err != nil {
				t.Fatal(err)
			}
			if !*update {
				checkGolden(t, golden, Vermont(text))
			}
			for _, mode := range [][]string{{"-raw"}, {"-eol", "unix"}} {
				out, err := exec.Command(DefaultPDFTool, append(mode, pdf, "-")...).Output()
				if err != nil {
					t.Fatalf("pdftotext %v: %v", mode, err)
				}
				if got := Vermont(string(out)); got != Vermont(text) {
					t.Errorf("pdftotext %v normalizes differently from -layout:\n%s", mode, got)
				}
			}
		})
	}
}

// TestVermontTrailingNumbers covers extractions with the margin number after
// the text, as in the sample quoted in shared/docs/sources.md: one flattened
// string, one line per line (some numbers glued to the last word), and a
// no-spaces extraction with a block of numbers.
func TestVermontTrailingNumbers(t *testing.T) {
	for _, name := range []string{"trailing_flattened", "trailing_lines", "trailing_nospace"} {
		t.Run(name, func(t *testing.T) {
			got := Vermont(string(readFile(t, filepath.Join("testdata", "vt", name+".txt"))))
			assertNoFurniture(t, got)
			checkGolden(t, filepath.Join("testdata", "vt", name+".golden"), got)
		})
	}
}

func TestVermontRules(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"syllable split rejoined when the word occurs elsewhere",
			" 1    motor vehicles and motor vehi-\n 2    cles on the road.",
			"motor vehicles and motor vehicles on the road."},
		{"syllable split rejoined by its ending",
			" 1    the identi-\n 2    fication card",
			"the identification card"},
		{"compound broken at its hyphen keeps the hyphen",
			" 1    a non-\n 2    federal agency",
			"a non-federal agency"},
		{"compound seen elsewhere keeps the hyphen",
			" 1    a means-tested program or another means-\n 2    tested program",
			"a means-tested program or another means-tested program"},
		{"capital after a hyphen keeps it",
			" 1    a non-\n 2    Vermont resident",
			"a non-Vermont resident"},
		{"soft hyphen always joins",
			" 1    the regis\u00ad\n 2    tration fee",
			"the registration fee"},
		{"numbers inside the text survive",
			" 1    within 5\n 2    days under section 2",
			"within 5 days under section 2"},
		{"section, subsection and heading breaks",
			" 1    Sec. 3. REPORT; PLAN\n 2    AND OUTREACH\n 3    The Department shall report:\n 4    (1) one thing; and\n 5    (2) another thing as described in subdivision\n 6    (1) of this section.\n 7    * * * Fees * * *\n 8    § 2. FEES",
			"Sec. 3. REPORT; PLAN AND OUTREACH\n\nThe Department shall report:\n\n(1) one thing; and\n\n(2) another thing as described in subdivision (1) of this section.\n\n* * * Fees * * *\n\n§ 2. FEES"},
		{"passed-version head and tag removed, numbering restarts",
			"AS PASSED BY HOUSE AND SENATE                 S.124\n2020                           Page 2 of 9\n      VT LEG #351274 v.2\n 1    text on line one\n\f\nBILL AS PASSED BY THE SENATE   S.124\n2020            Page 3 of 9\n 1    continues here.",
			"text on line one continues here."},
		{"NBSP, CRLF and tabs",
			" 1    a\u00a0b\r\n 2    c\td",
			"a b c d"},
		{"NFC after dropping characters",
			" 1    the cafe\u00ad\u0301 o\ufb03ce, \ufb01\u0301x, e\u200b\u0301",
			"the caf\u00e9 office, f\u00edx, \u00e9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Vermont(tt.in); got != tt.want {
				t.Errorf("Vermont()\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestVermontStable(t *testing.T) {
	in := string(readFile(t, filepath.Join("testdata", "vt", "trailing_lines.txt")))
	first := Vermont(in)
	for i := 0; i < 5; i++ {
		if Vermont(in) != first {
			t.Fatal("Vermont is not deterministic")
		}
	}
}
