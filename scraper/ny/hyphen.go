package ny

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/billwatch/billwatch/textnorm"
)

type joinKind int

const (
	joinSpace      joinKind = iota // a space between the lines
	joinTight                      // nothing between: "444-" + "e"
	joinDropHyphen                 // the line-end hyphen split a word: drop it
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
	left, right := textnorm.HyphenSplit(tail, next)
	switch {
	case left == "" || right == "":
		return joinTight // "444-" + "e", "1-" + "104"
	case unicode.IsLower(first), isUpperWord(left) && isUpperWord(right):
		if keepHyphen(left, right, words) {
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
	if keep, known := textnorm.KnownSpelling(words, left, right); known {
		return keep
	}
	return compoundLeft[strings.ToLower(left)] || compoundRight[strings.ToLower(right)]
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
// and their parts, leaving out the fragment a line-end hyphen cuts (a word
// before a hyphen inside a line, "non- and for-profit", still counts).
func vocabulary(ls []pline) map[string]int {
	words := map[string]int{}
	for _, l := range ls {
		textnorm.CountWords(words, l.plain, textnorm.FragmentsAtLineEnd)
	}
	return words
}
