package textnorm

import (
	"strconv"
	"strings"
)

// Where a page's margin numbers ended up in the extracted text.
type numberLayout int

const (
	numbersNone  numberLayout = iota
	numbersLead               // "12   text" (pdftotext -layout)
	numbersTrail              // "text 12" or "text12"
	numbersBlock              // "12" on a line of its own
)

// stripVTPageNumbers returns one page's text lines without margin numbers,
// trimmed, blank lines dropped. Vermont numbers restart at 1 on every page, so
// a number counts only when it is the next one in that page's count.
func stripVTPageNumbers(page string) []string {
	raw := strings.Split(page, "\n")
	lines := raw[:0:0]
	for _, l := range raw {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	best, bestScore := numbersNone, 0
	for _, layout := range []numberLayout{numbersLead, numbersTrail, numbersBlock} {
		if s := countNumbered(lines, layout); s > bestScore {
			best, bestScore = layout, s
		}
	}
	// A page flattened onto one long line (line breaks lost upstream) still
	// carries its numbers between the words; so does a page of one or two
	// lines, where a count cannot tell a layout.
	if bestScore < min(3, len(lines)) && (len(lines) <= 2 || longestLine(lines) > 200) {
		return splitInlineNumbers(strings.Join(lines, " "))
	}
	out := make([]string, 0, len(lines))
	expected := 1
	for _, l := range lines {
		text, n, ok := stripNumber(l, best, expected)
		if ok {
			expected = n + 1
		}
		if t := strings.TrimSpace(text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// countNumbered scores a layout by how many lines carry the expected number.
func countNumbered(lines []string, layout numberLayout) int {
	count, expected := 0, 1
	for _, l := range lines {
		if _, n, ok := stripNumber(l, layout, expected); ok {
			count++
			expected = n + 1
		}
	}
	return count
}

// stripNumber removes line l's margin number n if it is in the layout's
// place and continues the page's count.
func stripNumber(l string, layout numberLayout, expected int) (text string, n int, ok bool) {
	t := strings.TrimSpace(l)
	switch layout {
	case numbersLead:
		digits, rest := t, ""
		if i := strings.IndexAny(t, " \t"); i >= 0 {
			digits, rest = t[:i], t[i+1:]
		}
		if n, ok := countNumber(digits, expected); ok {
			return rest, n, true
		}
	case numbersTrail:
		head, digits := "", t
		if i := strings.LastIndexAny(t, " \t"); i >= 0 {
			head, digits = t[:i], t[i+1:]
		}
		if n, ok := countNumber(digits, expected); ok {
			return head, n, true
		}
		// Glued ("use1") only when it is exactly the expected number, and
		// never after a digit: "H.351" must not lose its "1".
		want := strconv.Itoa(expected)
		if head, ok := strings.CutSuffix(t, want); ok && head != "" {
			if r := head[len(head)-1]; r < '0' || r > '9' {
				return head, expected, true
			}
		}
	case numbersBlock:
		if n, ok := countNumber(t, expected); ok {
			return "", n, true
		}
	}
	return l, 0, false
}

// countNumber parses a margin number of one or two digits and accepts the
// expected one, or the one after it when a line lost its number; a page's
// count must still begin at 1.
func countNumber(digits string, expected int) (int, bool) {
	if len(digits) == 0 || len(digits) > 2 || digits[0] < '0' || digits[0] > '9' || digits[len(digits)-1] < '0' || digits[len(digits)-1] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return 0, false
	}
	return n, n == expected || n == expected+1 && expected > 1
}

func longestLine(lines []string) int {
	n := 0
	for _, l := range lines {
		n = max(n, len(l))
	}
	return n
}

// splitInlineNumbers rebuilds lines from a page whose numbers sit between
// words ("S.123 1 Introduced by Committee on Transportation 2 Date: 3 ...").
// Number k is the last bare "k" before the first bare "k+1" that follows it,
// so a "3" inside the text of line 3 does not end the line early.
func splitInlineNumbers(page string) []string {
	words := strings.Fields(page)
	var out []string
	start, k := 0, 1
	for start < len(words) {
		at := indexWord(words, start, strconv.Itoa(k))
		if at < 0 {
			break
		}
		next := indexWord(words, at+1, strconv.Itoa(k+1))
		limit := len(words)
		if next >= 0 {
			limit = next
		}
		for j := at + 1; j < limit; j++ {
			if words[j] == strconv.Itoa(k) {
				at = j
			}
		}
		if line := strings.Join(words[start:at], " "); line != "" {
			out = append(out, line)
		}
		start, k = at+1, k+1
	}
	if start < len(words) {
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
}

func indexWord(words []string, from int, w string) int {
	for i := from; i < len(words); i++ {
		if words[i] == w {
			return i
		}
	}
	return -1
}
