package textnorm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blocks become paragraphs",
			"<h1>H.351</h1><p>An act relating to <b>operator’s</b> licenses</p><div>Sec. 1.</div>",
			"H.351\n\nAn act relating to operator’s licenses\n\nSec. 1."},
		{"scripts, styles, head and comments dropped",
			"<html><head><title>T</title><style>p{}</style></head><body><script>var x=1;</script><!-- c --><p>text</p><noscript>enable js</noscript></body></html>",
			"text"},
		{"br is a line break, source newlines are spaces",
			"<p>line one<br>line\n   two</p>",
			"line one\nline two"},
		{"pre keeps its lines",
			"<pre>  1  Section 1.\n  2  is amended</pre>",
			"1 Section 1.\n2 is amended"},
		{"entities and nbsp",
			"<p>23&nbsp;V.S.A. &sect;&nbsp;601 &amp; more</p>",
			"23 V.S.A. § 601 & more"},
		{"table cells separated, rows are blocks",
			"<table><tr><td>Yes</td><td>Abbate</td></tr><tr><td>No</td><td>Mayer</td></tr></table>",
			"Yes Abbate\n\nNo Mayer"},
		{"inline elements do not split words",
			"<p>mo<i>tor</i> vehicle</p>",
			"motor vehicle"},
		{"a dropped character between a letter and its accent",
			"<p>cafe&shy;\u0301 o&#xfb03;ce</p>",
			"café office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTMLToText(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("HTMLToText()\n got: %q\nwant: %q", got, tt.want)
			}
			// The result is clean: callers (billwatch diff) store it as is.
			if again := Clean(got); again != got {
				t.Errorf("Clean(HTMLToText()) = %q, differs", again)
			}
		})
	}
}

func TestHTMLToTextRealPage(t *testing.T) {
	f, err := os.Open(nyBillPage)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := HTMLToText(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"function onclick_bn", ":visited", "positionDivs", "Legislative Information - LBDC"} {
		if strings.Contains(got, gone) {
			t.Errorf("script, style or head text %q survived", gone)
		}
	}
	if Clean(got) != got {
		t.Error("Clean changes HTMLToText's result")
	}
	for _, kept := range []string{"A6361 Thiele Same as S 4284 CROCI", "06/21/17 PASSED SENATE", "STATE OF NEW YORK"} {
		if !strings.Contains(got, kept) {
			t.Errorf("lost %q", kept)
		}
	}
}

// nyBillPage is the real LBDC bill page recorded for the New York source
// (provenance: scraper/ny/testdata/PROVENANCE.txt); textnorm reads that copy.
var nyBillPage = filepath.Join("..", "scraper", "ny", "testdata", "fixtures", "lbdc_billscrape_2017-A6361.html")
