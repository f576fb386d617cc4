package textnorm

import (
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/internal/lazyre"
)

// leadingNumber matches a line that starts with a margin number: optional
// indentation, up to four digits, then whitespace or the end of the line.
var leadingNumber = lazyre.New(`^(\s*)(\d{1,4})(\s.*)?$`)

// StripLineNumbers removes the margin line numbers that New York, Maryland,
// Utah (and Vermont, in layout mode) print at the start of every bill line, as
// `pdftotext -layout` or a <pre> block renders them. A leading number counts as
// a line number only when it continues a run (n, n+1, n+2, ...), so a number
// that merely starts a line of text ("2021-2022 Regular Sessions", "2622") is
// kept, as is every number inside a line.
//
// When the text has page breaks (form feeds, as pdftotext writes them), lines
// without a number that sit above a page's numbered run (running heads, except
// on the first page, whose unnumbered top is the bill's front matter) or below
// it (footers such as "EXPLANATION--Matter in italics…") are dropped as page
// furniture. Relative indentation is kept; the common left margin is removed.
// Form feeds are not kept in the output.
func StripLineNumbers(text string) string {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	pages := strings.Split(text, "\f")
	var lines []marginLine
	for p, page := range pages {
		if p < len(pages)-1 {
			page = strings.TrimSuffix(page, "\n") // the line end before a form feed
		}
		for _, l := range strings.Split(page, "\n") {
			lines = append(lines, parseMarginLine(p, l))
		}
	}
	markNumberRuns(lines)
	if len(pages) > 1 {
		dropPageFurniture(lines)
	}
	return dedent(lines)
}

// marginLine is one input line with its candidate margin number.
type marginLine struct {
	page     int
	text     string // the line as given
	stripped string // the line with its leading number blanked out
	num      int    // leading number, or -1
	numbered bool   // num is a margin line number
	drop     bool
}

func parseMarginLine(page int, l string) marginLine {
	ml := marginLine{page: page, text: l, num: -1}
	if m := leadingNumber.FindStringSubmatch(l); m != nil {
		n, _ := strconv.Atoi(m[2])
		ml.num = n
		// Drop the number and the one space that separates it from the text;
		// further spaces are the text's own indentation.
		ml.stripped = strings.TrimPrefix(strings.TrimPrefix(m[3], " "), "\t")
	}
	return ml
}

// markNumberRuns flags the lines whose leading number belongs to a run.
func markNumberRuns(lines []marginLine) {
	expected, lastPage := -1, -1
	for i := range lines {
		l := &lines[i]
		if l.num < 0 {
			continue
		}
		switch {
		case l.num == expected:
		case startsRun(lines, i):
		case l.num == 1 && lastPage >= 0 && l.page > lastPage:
			// A page holding a single numbered line still restarts at 1.
		default:
			continue
		}
		l.numbered = true
		expected, lastPage = l.num+1, l.page
	}
}

// startsRun reports whether the next two numbered-looking lines continue the
// count from lines[i]. Blank lines may sit between them (double spacing), and
// so may a few unnumbered lines (a page head between two pages of a run).
func startsRun(lines []marginLine, i int) bool {
	want, found, other := lines[i].num+1, 0, 0
	for _, l := range lines[i+1:] {
		switch {
		case l.num == want:
			found++
			want++
			if found == 2 {
				return true
			}
		case l.num >= 0:
			return false
		case strings.TrimSpace(l.text) != "":
			if other++; other > 6 {
				return false
			}
		}
	}
	return false
}

// dropPageFurniture removes unnumbered lines above and below each page's run.
func dropPageFurniture(lines []marginLine) {
	first, last := map[int]int{}, map[int]int{}
	for i, l := range lines {
		if !l.numbered {
			continue
		}
		if _, ok := first[l.page]; !ok {
			first[l.page] = i
		}
		last[l.page] = i
	}
	for i := range lines {
		l := &lines[i]
		f, ok := first[l.page]
		if !ok || l.numbered || strings.TrimSpace(l.text) == "" {
			continue
		}
		if (i < f && l.page > 0) || i > last[l.page] {
			l.drop = true
		}
	}
}

// dedent joins the kept lines. Numbered and unnumbered lines each lose the
// indentation their group shares: the numbered text column keeps its
// paragraph indents, the front matter its centring.
func dedent(lines []marginLine) string {
	kept := make([]string, 0, len(lines))
	numbered := make([]bool, 0, len(lines))
	margin := [2]int{-1, -1} // [unnumbered, numbered]
	for _, l := range lines {
		if l.drop {
			continue
		}
		text := l.text
		if l.numbered {
			text = l.stripped
		}
		text = strings.TrimRight(text, " \t")
		kept = append(kept, text)
		numbered = append(numbered, l.numbered)
		if text == "" {
			continue
		}
		g := group(l.numbered)
		if n := len(text) - len(strings.TrimLeft(text, " \t")); margin[g] < 0 || n < margin[g] {
			margin[g] = n
		}
	}
	for i, t := range kept {
		if t != "" {
			kept[i] = t[margin[group(numbered[i])]:]
		}
	}
	return strings.Trim(strings.Join(kept, "\n"), "\n")
}

func group(numbered bool) int {
	if numbered {
		return 1
	}
	return 0
}
