package redline

import (
	"strconv"
	"strings"
)

// section is a token range of one version that starts at a section heading
// (or, for the first one, at the start of the text).
type section struct {
	start, end int    // token range [start, end)
	body       int    // first token after the heading label
	label      string // "Sec. 2", "§ 5", "Motor Vehicle Records", "Preamble"
	num        string // normalized number for matching: "2", "5a"; "" for none
	title      string // up to titleWords words after the label on its line
	titleKey   string // title as comparison ids, for matching
}

const titleWords = 4

// Words that open a section heading when followed by a number ending in ".".
var sectionWords = map[string]bool{"Sec.": true, "SEC.": true, "Sec": true, "SEC": true, "Section": true, "SECTION": true}

// Words that open a heading above section level ("TITLE I", "DIVISION A",
// "Subtitle B", "PART 2"): in appropriations bills most text sits under these,
// between numbered sections. Capitalised only, so that a line that merely starts
// "Title 23 of the United States Code" is not taken for one.
var divisionWords = map[string]bool{"TITLE": true, "DIVISION": true, "SUBTITLE": true, "Subtitle": true,
	"PART": true, "CHAPTER": true, "ARTICLE": true}

// isDivisionNumber accepts "I", "XII", "A", "2", "1.", "I—DEPARTMENT": a roman
// numeral, a number or a single capital letter, before any dash or period.
func isDivisionNumber(s string) bool {
	if i := strings.IndexAny(s, ".—–-:"); i >= 0 {
		s = s[:i]
	}
	if s == "" {
		return false
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	digits, roman := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		digits = digits && c >= '0' && c <= '9'
		roman = roman && strings.IndexByte("IVXLC", c) >= 0
	}
	return digits || roman
}

// headingAt reports how many tokens of a section heading label start at toks[i]
// (0 when none): "Sec. 3." / "Section 3." / "SEC. 3." / "§ 2." / "§2." are
// two or one; "* * * Heading * * *" is the whole line. The caller checks that
// toks[i] starts a line.
func headingAt(d *doc, i int) int {
	toks := d.toks
	t := d.word(i)
	next := func(k int) (string, bool) {
		if i+k < len(toks) && toks[i+k].sep == sepSpace {
			return d.word(i + k), true
		}
		return "", false
	}
	switch {
	case sectionWords[t] || t == "§":
		if n, ok := next(1); ok && isSectionNumber(n) {
			return 2
		}
	case strings.HasPrefix(t, "§") && isSectionNumber(t[len("§"):]):
		return 1
	case divisionWords[t]:
		if n, ok := next(1); ok && isDivisionNumber(n) {
			return 2
		}
	case t == "*":
		n1, ok1 := next(1)
		n2, ok2 := next(2)
		if !ok1 || !ok2 || n1 != "*" || n2 != "*" {
			return 0
		}
		// A title, then a closing "* * *", on the same line. A bare "* * *" is
		// Vermont's mark for omitted statute text, not a heading.
		for k := 3; i+k+2 < len(toks) && toks[i+k].sep <= sepSpace; k++ {
			if d.word(i+k) == "*" && d.word(i+k+1) == "*" && d.word(i+k+2) == "*" {
				if k == 3 {
					return 0
				}
				return k + 3
			}
		}
	}
	return 0
}

// isSectionNumber accepts "3.", "101.", "3a.", "23-1098.", "2-A.": a digit,
// then letters, digits or hyphens, then a period.
func isSectionNumber(s string) bool {
	if len(s) < 2 || s[len(s)-1] != '.' || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return true
}

// findSections splits a version at its section headings. A heading starts a
// line, or follows the end of a sentence: extracted text is not always laid out
// the same way in two versions (and flattened PDF text has no lines at all), and
// a heading found in one version only would report a section removed.
func findSections(d doc) []section {
	toks := d.toks
	var out []section
	for i := 0; i < len(toks); i++ {
		if !headingFirstByte[d.text[toks[i].start]] {
			continue // the cheap test first: this runs on every word of both versions
		}
		if i > 0 && toks[i].sep < sepLine && !endsSentence(d.word(i-1)) {
			continue
		}
		n := headingAt(&d, i)
		if n == 0 {
			continue
		}
		if len(out) == 0 && i > 0 {
			out = append(out, section{start: 0, body: 0, label: "Preamble"})
		}
		if len(out) > 0 {
			out[len(out)-1].end = i
		}
		out = append(out, newSection(d, i, n))
		i += n - 1
	}
	if len(out) == 0 {
		if len(toks) == 0 {
			return nil
		}
		return []section{{start: 0, end: len(toks), body: 0, label: "Text"}}
	}
	out[len(out)-1].end = len(toks)
	return out
}

// headingFirstByte marks the first bytes of every word headingAt accepts:
// "Sec."/"Section"/"SEC.", "§" (0xC2 0xA7), "*", and the division words.
var headingFirstByte = func() (m [256]bool) {
	for _, w := range []string{"§", "*"} {
		m[w[0]] = true
	}
	for w := range sectionWords {
		m[w[0]] = true
	}
	for w := range divisionWords {
		m[w[0]] = true
	}
	return m
}()

// endsSentence accepts "law." and "follows:" but not abbreviations such as
// "U.S.C." or "No.", after which "Sec. 5." is a citation, not a heading.
func endsSentence(w string) bool {
	if len(w) <= 3 {
		return false
	}
	last := w[len(w)-1]
	return (last == '.' || last == ':') && !strings.Contains(w[:len(w)-1], ".")
}

func newSection(d doc, i, n int) section {
	toks := d.toks
	s := section{start: i, body: i + n}
	if d.word(i) == "*" {
		words := make([]string, 0, n-6)
		for k := i + 3; k < i+n-3; k++ {
			words = append(words, d.word(k))
		}
		s.label = strings.Join(words, " ")
		s.num = "* " + strings.ToLower(s.label)
		return s
	}
	word, num := d.word(i), ""
	if n == 2 {
		num = d.word(i + 1)
	} else {
		word, num = "§", strings.TrimPrefix(word, "§")
	}
	if divisionWords[word] {
		if k := strings.IndexAny(num, "—–-:"); k > 0 {
			num = num[:k]
		}
	}
	num = strings.TrimSuffix(num, ".")
	s.label = word + " " + num
	s.num = strings.ToLower(num)
	if divisionWords[word] {
		s.num = strings.ToLower(word) + " " + s.num
	}
	var title, key []string
	for k := i + n; k < len(toks) && k < i+n+titleWords && (k == i+n || toks[k].sep <= sepSpace); k++ {
		title = append(title, d.word(k))
		key = append(key, strconv.Itoa(int(d.ids[k])))
	}
	s.title = strings.Join(title, " ")
	s.titleKey = strings.Join(key, ",")
	return s
}
