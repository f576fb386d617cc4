package ny

import (
	"strings"

	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/textnorm"
	"golang.org/x/text/unicode/norm"
)

var (
	// marginNumber is an LBDC line number: right-aligned in a column, then
	// at least one space (two in every real print) before the text.
	marginNumber = lazyre.New(`^( *)(\d{1,4})( +|$)`)
	ruleLine     = lazyre.New(`^_{3,}$`)
	enacting     = lazyre.New(`(?i)do\s+enact\s+as\s+follows`)
	// furniture: the page footer ("EXPLANATION--Matter in italics
	// (underscored) is new; matter in brackets / [ ] is old law to be
	// omitted.", the LBD drafting number) and the running head of later
	// pages ("A. 5457    2", "S. 6169--B    2").
	furniture = []*lazyre.Regexp{
		lazyre.New(`^EXPLANATION--Matter in\b`),
		lazyre.New(`^\[ ?\] is old law to be omitted\.?$`),
		lazyre.New(`^LBD\d{5}-\d{2}-\d{1,2}$`),
		lazyre.New(`^(?:[A-Z]\.\s*)?\d{1,5}(?:--[A-Z])?\s{2,}\d{1,4}$`),
	}
)

// pline is a printed line being laid out.
type pline struct {
	line
	plain    string
	num      int // leading number, or -1
	numEnd   int // bytes up to the end of the number
	gap      int // spaces between the number and the text
	numbered bool
	drop     bool
}

// layout turns printed lines into paragraphs: the front matter after the
// last rule ("Introduced by ...", "AN ACT ...", the enacting clause), one
// paragraph per blank-line-separated block; then the body, where a line
// indented past the text column opens a section, subdivision or paragraph
// and every other line continues the one before.
func layout(lines []line) [][]redline.Span {
	ls := prepare(lines)
	markNumbers(ls)
	start, body := regions(ls)
	dropFurniture(ls)
	return paragraphs(ls[start:], body-start, vocabulary(ls))
}

func prepare(lines []line) []pline {
	out := make([]pline, len(lines))
	for i, l := range lines {
		spans := make([]redline.Span, 0, len(l.spans))
		for _, s := range l.spans {
			if t := fold(s.Text); t != "" {
				spans = append(spans, redline.Span{Text: t, Mark: s.Mark})
			}
		}
		p := pline{line: line{page: l.page, spans: spans}, num: -1}
		p.plain = p.line.plain()
		if m := marginNumber.FindStringSubmatchIndex(p.plain); m != nil {
			p.num = atoi(p.plain[m[4]:m[5]])
			p.numEnd, p.gap = m[5], m[7]-m[6]
		}
		out[i] = p
	}
	return out
}

// fold makes a span's characters plain, as every source folds its text
// (textnorm.FoldRune): tabs, Unicode spaces and line separators become
// spaces, invisible and control characters go, Unicode hyphens and
// ligatures become ASCII ("non‐profit oﬃce" is "non-profit office", so a
// watchlist term matches it), and the redline markers (which never occur in
// bill text) cannot be forged.
func fold(s string) string {
	if plainASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = textnorm.FoldRune(b, r)
	}
	return norm.NFC.String(string(b))
}

// plainASCII reports printable ASCII only: nothing to fold (most prints).
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// markNumbers keeps a leading number as a line number only when it
// continues the count, or restarts it at 1 on a new page or before a 2.
func markNumbers(ls []pline) {
	expected := 1
	seenOnPage := map[int]bool{}
	for i := range ls {
		l := &ls[i]
		if l.num < 0 {
			continue
		}
		ok := l.num == expected
		if !ok && l.num == 1 {
			ok = (l.page > 0 && !seenOnPage[l.page]) || runFollows(ls, i)
		}
		if ok {
			l.numbered = true
			expected = l.num + 1
			seenOnPage[l.page] = true
		}
	}
}

func runFollows(ls []pline, i int) bool {
	seen := 0
	for _, l := range ls[i+1:] {
		if strings.TrimSpace(l.plain) == "" {
			continue
		}
		if l.num == 2 {
			return true
		}
		if seen++; seen == 4 || l.num >= 0 {
			return false
		}
	}
	return false
}

// regions returns where the text starts (after the last rule above the
// body: the print's heading goes) and where the body starts (the first
// numbered line; in a plain text, the line after the enacting clause).
func regions(ls []pline) (start, body int) {
	first := -1
	for i, l := range ls {
		if l.numbered {
			first = i
			break
		}
	}
	limit := first
	if limit < 0 {
		limit = min(len(ls), 60)
	}
	for i := 0; i < limit; i++ {
		if ruleLine.MatchString(strings.TrimSpace(ls[i].plain)) {
			start = i + 1
		}
	}
	if first >= 0 {
		return start, first
	}
	for i := start; i < len(ls); i++ {
		if enacting.MatchString(ls[i].plain) {
			return start, i + 1
		}
	}
	return start, len(ls)
}

// dropFurniture removes page heads and footers: by their wording, and, on
// numbered pages, every unnumbered line below the page's last numbered line
// or above its first one (except on the page where the body begins).
func dropFurniture(ls []pline) {
	first, last := map[int]int{}, map[int]int{}
	bodyPage := -1
	for i, l := range ls {
		t := strings.TrimSpace(l.plain)
		for _, re := range furniture {
			if re.MatchString(t) {
				ls[i].drop = true
			}
		}
		if !l.numbered {
			continue
		}
		if _, ok := first[l.page]; !ok {
			first[l.page] = i
		}
		if bodyPage < 0 {
			bodyPage = l.page
		}
		last[l.page] = i
	}
	for i := range ls {
		l := &ls[i]
		f, ok := first[l.page]
		if !ok || l.numbered || strings.TrimSpace(l.plain) == "" {
			continue
		}
		if i > last[l.page] || (i < f && l.page != bodyPage) {
			l.drop = true
		}
	}
}
