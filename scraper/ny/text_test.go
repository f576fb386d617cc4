package ny

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/scraper"
)

// textCases are the prints billwatch extracts: real LBDC HTML (a BILLTEXT
// file, two public bill pages), the recorded API views, and a plain text.
var textCases = []struct{ name, file string }{
	{"A5457-2017-billtext", "fixtures/lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML"},
	{"A6361-2017-page", "fixtures/lbdc_billscrape_2017-A6361.html"},
	{"S6169B-2023-page", "fixtures/lbdc_billscrape_2023-S6169.html"},
	{"A5457-2017-api", "site/day1/api/3/bills/2017/A5457@fullTextFormat=HTML&view=only_fulltext"},
	{"S609-2017-api", "site/day1/api/3/bills/2017/S609@fullTextFormat=HTML&view=only_fulltext"},
	{"S609A-2017-api", "site/day1/api/3/bills/2017/S609@fullTextFormat=HTML&version=A&view=only_fulltext"},
}

var leftover = regexp.MustCompile(`(?m)^\s*\d{1,3}\s{2}|EXPLANATION--|LBD\d{5}|<[bBuUsS]>|&#167;|______`)

func TestExtractTextGolden(t *testing.T) {
	for _, tc := range textCases {
		t.Run(tc.name, func(t *testing.T) {
			text, markup, err := ExtractText(readTestdata(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if markup == "" || redline.StripMarkup(markup) != text {
				t.Fatal("text must equal the markup without its markers")
			}
			if m := leftover.FindString(text); m != "" {
				t.Errorf("print furniture left in the text: %q", m)
			}
			golden(t, "text/"+tc.name+".txt", []byte(text+"\n"))
			golden(t, "text/"+tc.name+".markup.txt", []byte(markup+"\n"))
		})
	}
}

// The real A6361 print strikes and inserts inside one sentence; A5457's
// new subdivision runs over a page break and a hyphenated line end.
func TestExtractTextMarks(t *testing.T) {
	_, markup, err := ExtractText(readTestdata(t, "fixtures/lbdc_billscrape_2017-A6361.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := "in the uniform code. [⟦-During the period in which the council is considering such petition, such-⟧] " +
		"⟦+Such+⟧ local laws or ordinances shall [⟦-remain in-⟧] ⟦+take+⟧ full force and effect " +
		"⟦+upon an affirmative determination by the council as provided herein+⟧."
	if !strings.Contains(markup, want) {
		t.Errorf("A6361 markup lacks\n%s\nin\n%s", want, markup)
	}
	text, markup, err := ExtractText(readTestdata(t, "fixtures/lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"AN ACT to amend the state finance law, in relation to products manufactured under conditions",
		"⟦+9. Products manufactured in compliance with minimum Occupational Safety and Health Act (OSHA) standards.+⟧",
		"pursuant to paragraph b of this subdivision. The provisions of this paragraph may be waived",
		"\n\n§ 2. This act shall take effect on the ninetieth day after it shall have become a law.",
	} {
		if !strings.Contains(markup, want) && !strings.Contains(text, want) {
			t.Errorf("A5457 lacks %q", want)
		}
	}
	if strings.Count(text, "\n\n") != 8 {
		t.Errorf("A5457: want 9 paragraphs (3 front matter, 6 body), got:\n%s", text)
	}
}

// Texts before 2017 exist only as plain text: line layout is the same, with
// no marks (capitals for new matter cannot be told from capitals).
func TestExtractTextPlain(t *testing.T) {
	var s struct {
		Result struct {
			Amendments struct {
				Items map[string]struct{ FullText string }
			}
		}
	}
	if err := json.Unmarshal(readTestdata(t, s609), &s); err != nil {
		t.Fatal(err)
	}
	view, _ := json.Marshal(map[string]any{"success": true, "result": map[string]any{
		"version": "A", "fullTextFormat": "PLAIN", "fullText": s.Result.Amendments.Items["A"].FullText}})
	text, markup, err := ExtractText(view)
	if err != nil {
		t.Fatal(err)
	}
	if markup != "" {
		t.Errorf("a plain text has no marks: %q", markup)
	}
	golden(t, "text/S609A-2017-plain.txt", []byte(text+"\n"))
	if !strings.Contains(text, "REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:") ||
		!strings.Contains(text, "\n\nS 3. This act shall take effect immediately.") {
		t.Errorf("plain layout:\n%s", text)
	}
}

func TestExtractTextErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"no HTML text", `{"success":true,"result":{"fullTextFormat":"HTML","fullText":""}}`, "no HTML text"},
		{"API error", `{"success":false,"message":"Bill not found"}`, "Bill not found"},
		{"truncated JSON", `{"success":true,"result":{"fullText":"<pre>`, "not JSON"},
		{"page without print", `<!DOCTYPE html><html><body><p>Maintenance</p></body></html>`, "without the <pre>"},
		{"only furniture", "<pre>\n     EXPLANATION--Matter in italics is new\n</pre>", "no bill text"},
		{"empty", ``, "no bill text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ExtractText([]byte(tt.body))
			if !errors.Is(err, scraper.ErrBadContent) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want ErrBadContent mentioning %q", err, tt.want)
			}
		})
	}
}

func TestExtractTextLayout(t *testing.T) {
	tests := []struct{ name, in, text, markup string }{
		{"numbers, indent, hyphen", "<pre>\n     1    Section 1. The vehi-\n     2  cle and traffic law\n     3    § 2. Effective.\n</pre>",
			"Section 1. The vehicle and traffic law\n\n§ 2. Effective.", ""},
		{"a number inside the text stays", "<pre>\n     1    Sec. 1. Fee of\n     2  2021 dollars.\n</pre>",
			"Sec. 1. Fee of 2021 dollars.", ""},
		{"compound kept by the document", "<pre>\n     1    field-\n     2  based and field-based\n</pre>",
			"field-based and field-based", ""},
		{"struck across lines", "<pre>\n     1    a [<S>b\n     2  c</S>] <U>d</U>\n</pre>",
			"a [b c] d", "a [⟦-b c-⟧] ⟦+d+⟧"},
		{"forged markers are defused", "<pre>\n     1    ⟦+x+⟧ <u>y</u>\n</pre>",
			"[+x+] y", "[+x+] ⟦+y+⟧"},
		{"dash at line end", "<pre>\n     1    by Sen. X --\n     2  read twice\n</pre>",
			"by Sen. X -- read twice", ""},
		{"page head and footer", "<pre>\n     1    One\n\n  EXPLANATION--Matter in italics\n   LBD01234-01-7\n</pre><P CLASS=\"brk\"><PRE>\n  S. 5    2\n\n     1  two\n</pre>",
			"One two", ""},
		// The folding of every source (textnorm.FoldRune): a watchlist term
		// "non-profit office" matches New York's text as it does the others'.
		{"characters folded", "<pre>\n     1    A non\u2010profit o\ufb03ce\u00a0\u2028shall\n     2  ﬁle a report.\n</pre>",
			"A non-profit office shall file a report.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, markup, err := ExtractText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.text || markup != tt.markup {
				t.Fatalf("got text %q markup %q\nwant text %q markup %q", text, markup, tt.text, tt.markup)
			}
		})
	}
}

// checkExtract holds for any input: no panic, and a result that keeps the
// markup convention.
func checkExtract(t *testing.T, body []byte) {
	text, markup, err := ExtractText(body)
	if err != nil {
		if !errors.Is(err, scraper.ErrBadContent) {
			t.Fatalf("error without ErrBadContent: %v", err)
		}
		return
	}
	switch {
	case strings.TrimSpace(text) == "":
		t.Fatal("empty text without an error")
	case !utf8.ValidString(text) || !utf8.ValidString(markup):
		t.Fatal("invalid UTF-8")
	case markup != "" && redline.StripMarkup(markup) != text:
		t.Fatalf("text %q is not the markup %q without markers", text, markup)
	case markup == "" && strings.Contains(text, "⟦"):
		t.Fatalf("a marker in unmarked text: %q", text)
	}
}
