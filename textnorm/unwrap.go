package textnorm

import (
	"strings"
	"unicode"

	"github.com/billwatch/billwatch/internal/lazyre"
)

var (
	// Lines that always open a paragraph in Vermont (and most US) bill text.
	sectionStart = lazyre.New(`^(?:Sec\.\s*\d+[a-z]?\.|§+\s*\d|\*\s*\*\s*\*)`)
	// Front-matter items; spaces are optional because some extractors drop
	// every space ("IntroducedbyCommitteeonAppropriations").
	frontMatter = lazyre.New(`^(?:Introduced\s*by|Referred\s*to\s*Committee|Date:|Subject:|Statement\s*of\s*purpose|An\s*act\s*(?:relating\s*)?to|It\s*is\s*hereby\s*enacted)`)
	billIDLine  = lazyre.New(`^` + vtBillID + `$`)
	// A subsection marker: (a), (1), (A), (iv), and chains like (b)(1)(A).
	subsection = lazyre.New(`^\((?:[a-z]{1,3}|\d{1,3}|[A-Z]{1,2})\)`)
	// A line after which a subsection marker really starts a new item.
	itemEnd   = lazyre.New(`(?:[.:;—]|;\s*(?:or|and)|\* \* \*)$`)
	headingNo = lazyre.New(`^(?:Sec\.\s*\d+[a-z]?\.|§+\s*\d+[a-z\-\d]*\.)\s*`)
)

// unwrap joins extracted lines into paragraphs separated by blank lines.
func unwrap(lines []string) string {
	words := vocabulary(lines)
	var paras []string
	var cur paragraph
	prev := ""
	heading := false // cur is a section heading ("Sec. 1. FINDINGS") so far
	for _, l := range lines {
		l = CollapseSpaces(l)
		if l == "" {
			continue
		}
		if cur.empty() || startsParagraph(l, prev, cur.tail(), heading) {
			if !cur.empty() {
				paras = append(paras, cur.String())
			}
			cur = paragraph{parts: []string{l}}
			heading = isHeading(l)
		} else {
			last := &cur.parts[len(cur.parts)-1]
			var sep string
			*last, sep = joinLine(*last, l, words)
			cur.parts = append(cur.parts, sep, l)
		}
		prev = l
	}
	if !cur.empty() {
		paras = append(paras, cur.String())
	}
	for i, p := range paras {
		paras[i] = CollapseSpaces(strings.ReplaceAll(p, "\u00ad", ""))
	}
	return strings.Join(paras, "\n\n")
}

// paragraph collects lines and the separators chosen between them; joining
// once at the end keeps unwrapping linear in the paragraph's length.
type paragraph struct {
	parts []string
}

func (p *paragraph) empty() bool { return len(p.parts) == 0 }

func (p *paragraph) String() string { return strings.Join(p.parts, "") }

// tail is the end of the paragraph: its last line and the separator and line
// before it, enough to see "…; or" split over two lines.
func (p *paragraph) tail() string {
	return strings.Join(p.parts[max(len(p.parts)-3, 0):], "")
}

// startsParagraph decides whether line l opens a new paragraph, given the
// previous line, the paragraph so far, and whether that is an all-caps heading.
func startsParagraph(l, prev, para string, heading bool) bool {
	switch {
	case sectionStart.MatchString(l), frontMatter.MatchString(l), billIDLine.MatchString(l):
		return true
	case billIDLine.MatchString(prev), prev == "Date:", strings.HasPrefix(prev, "Referred to"):
		return true // the bill number and these labels (often left blank) stand alone
	case sectionStart.MatchString(prev) && strings.HasPrefix(prev, "*") && strings.HasSuffix(prev, "*"):
		return true // "* * *" or "* * * Heading * * *" stands alone
	case heading:
		return !isUpper(l) // a heading continues only in capitals
	case subsection.MatchString(l):
		return itemEnd.MatchString(para)
	}
	return false
}

// isHeading reports a section line whose title is in capitals.
func isHeading(l string) bool {
	loc := headingNo.FindStringIndex(l)
	return loc != nil && isUpper(l[loc[1]:])
}

// isUpper reports text with letters, none of them lower case.
func isUpper(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
