package ny

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/billwatch/billwatch/internal/lazyre"
)

type joinKind int

const (
	joinSpace      joinKind = iota // a space between the lines
	joinTight                      // nothing between: "444-" + "e"
	joinDropHyphen                 // the line-end hyphen split a word: drop it
)

var (
	trailLetter = lazyre.New(`(\p{L}+)-$`)
	leadLetters = lazyre.New(`^\p{L}+`)
)

// joinHow decides how the next line continues after tail (the end of the
// paragraph so far). LBDC prints hyphenate words at syllables
// ("manufac-" / "tured", "Assem-" / "bly", in capitals too in plain texts),
// so a line-end hyphen between letters is dropped unless the document
// itself, or a known compound, says the hyphen belongs to the word.
func joinHow(tail, next string, words map[string]int) joinKind {
	if !strings.HasSuffix(tail, "-") {
		return joinSpace
	}
	if strings.HasSuffix(tail, "--") {
		return joinSpace // LBDC's dash: "BOYLE -- read twice"
	}
	first, _ := utf8.DecodeRuneInString(next)
	m := trailLetter.FindStringSubmatch(tail)
	right := leadLetters.FindString(next)
	switch {
	case m == nil || right == "":
		return joinTight // "444-" + "e", "1-" + "104"
	case unicode.IsLower(first), isUpperWord(m[1]) && isUpperWord(right):
		if keepHyphen(m[1], right, words) {
			return joinTight
		}
		return joinDropHyphen
	}
	return joinTight // "non-" + "Vermont": a capital never continues a syllable
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// keepHyphen: the document's own spelling wins ("field-based" elsewhere keeps
// "field-" + "based"; "safety" elsewhere joins "Safe-" + "ty"), then known
// compounds; otherwise the hyphen was the printer's.
func keepHyphen(left, right string, words map[string]int) bool {
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case words[l+r] > 0:
		return false
	case words[l+"-"+r] > 0:
		return true
	}
	return compoundLeft[l] || compoundRight[r]
}

var compoundLeft = set("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
	"self", "ex", "vice", "so", "well", "non")

var compoundRight = set("based", "related", "funded", "owned", "operated", "sponsored", "issued", "free",
	"wide", "like", "specific", "year", "time", "term", "party", "profit", "site", "only", "one", "two",
	"three", "four", "five", "six", "seven", "eight", "nine")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// vocabulary counts the document's words (lower case), hyphenated compounds
// and their parts, leaving out fragments cut by a line-end hyphen. It scans
// by hand: a regexp here was half of ExtractText's time.
func vocabulary(ls []pline) map[string]int {
	words := map[string]int{}
	for _, l := range ls {
		t := strings.TrimRight(l.plain, " ")
		for i := 0; i < len(t); {
			r, n := utf8.DecodeRuneInString(t[i:])
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
			start := i
			for i < len(t) {
				r, n = utf8.DecodeRuneInString(t[i:])
				if unicode.IsLetter(r) {
					i += n
					continue
				}
				if r == '-' && i+1 < len(t) {
					if next, _ := utf8.DecodeRuneInString(t[i+1:]); unicode.IsLetter(next) {
						i += n
						continue
					}
				}
				break
			}
			if i == len(t)-1 && t[i] == '-' {
				continue // a fragment cut by the line-end hyphen
			}
			w := strings.ToLower(t[start:i])
			words[w]++
			if strings.Contains(w, "-") {
				for _, part := range strings.Split(w, "-") {
					words[part]++
				}
			}
		}
	}
	return words
}
