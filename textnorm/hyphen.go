package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// vocabulary counts the words of the text (lower case), both whole
// hyphenated compounds and their parts, ignoring fragments before a hyphen.
func vocabulary(lines []string) map[string]int {
	words := map[string]int{}
	for _, l := range lines {
		CountWords(words, l, FragmentsAnywhere)
	}
	return words
}

// Fragments says which words CountWords takes for the first part of a word
// hyphenated at a line end, and leaves out.
type Fragments int

const (
	// FragmentsAnywhere leaves out every word followed by a hyphen that joins
	// it to no letter, wherever it stands in the line: "vehi-" at its end,
	// "non-" in "non- and for-profit" (Vermont, whose extracted "lines" can
	// be whole pages that lost their line breaks).
	FragmentsAnywhere Fragments = iota
	// FragmentsAtLineEnd leaves out only the word cut by a hyphen that ends
	// the line, white space aside (New York prints).
	FragmentsAtLineEnd
)

// CountWords adds the words of one line of a document to words, in lower
// case: runs of letters joined by single hyphens, each whole compound
// ("means-tested") and each of its parts, leaving out fragments as f says.
// The counts are the document's own spelling evidence for re-joining the
// words its lines hyphenate (KnownSpelling). It scans by hand: the regexp it
// replaces (\p{L}+(?:-\p{L}+)*) was a fifth of Vermont's time and half of New
// York's ExtractText.
func CountWords(words map[string]int, line string, f Fragments) {
	t := line
	if f == FragmentsAtLineEnd {
		t = strings.TrimRightFunc(t, unicode.IsSpace)
	}
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
		if i < len(t) && t[i] == '-' && (f == FragmentsAnywhere || i == len(t)-1) {
			continue // a fragment cut by a hyphen
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

// KnownSpelling reports what the document's words (CountWords) say of
// left-right, split by a hyphen at a line end: spelt as one word elsewhere
// (keep false), or with its hyphen (keep true). known is false when the
// document uses neither spelling and the caller's own rules decide.
func KnownSpelling(words map[string]int, left, right string) (keep, known bool) {
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case words[l+r] > 0:
		return false, true
	case words[l+"-"+r] > 0:
		return true, true
	}
	return false, false
}

// HyphenSplit returns the letters just before the hyphen that ends line
// (left, "" when line does not end in a letter and a hyphen) and the letters
// that start next (right, "" when next does not start with a letter): the
// two parts of a word that may have been hyphenated across the line end.
func HyphenSplit(line, next string) (left, right string) {
	if before, ok := strings.CutSuffix(line, "-"); ok {
		i := len(before)
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(before[:i])
			if !unicode.IsLetter(r) {
				break
			}
			i -= n
		}
		left = before[i:]
	}
	j := 0
	for j < len(next) {
		r, n := utf8.DecodeRuneInString(next[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return left, next[:j]
}

// joinLine decides how line l continues after the previous line prev: it
// returns prev (without a line-end hyphen that split a word) and the
// separator to put between them. "motor vehi-" + "cles" gives "motor
// vehicles", while "means-" + "tested" keeps its hyphen.
func joinLine(prev, l string, words map[string]int) (string, string) {
	if p, ok := strings.CutSuffix(prev, "\u00ad"); ok { // soft hyphen: always a word split
		return p, ""
	}
	if !strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, "--") {
		return prev, " "
	}
	first, _ := utf8.DecodeRuneInString(l)
	left, right := HyphenSplit(prev, l)
	if left == "" {
		before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
		if unicode.IsDigit(before) && unicode.IsDigit(first) {
			return prev, "" // "109-" + "13": a number range or citation
		}
		return prev, " " // a dash, not a hyphen
	}
	if right == "" || !unicode.IsLower(first) {
		return prev, "" // "non-" + "Vermont": a capital never continues a syllable
	}
	if keepHyphen(left, right, words) {
		return prev, ""
	}
	return strings.TrimSuffix(prev, "-"), ""
}

// keepHyphen decides whether left-right is a hyphenated compound broken after
// its hyphen (keep) or one word hyphenated at a syllable (drop). Evidence from
// the document itself wins; then known prefixes and tails of compounds; then
// endings that only a syllable split leaves. Vermont bills are drafted without
// automatic hyphenation, so when nothing decides, the hyphen is kept.
func keepHyphen(left, right string, words map[string]int) bool {
	if keep, known := KnownSpelling(words, left, right); known {
		return keep
	}
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case compoundPrefixes[l], compoundTails[r]:
		return true
	case syllableTails[r]:
		return false
	}
	return true
}

var compoundPrefixes = set("non", "self", "semi", "co", "anti", "multi", "pre", "post", "ex", "cross",
	"well", "half", "one", "two", "three", "four", "low", "high", "long", "short", "full", "part",
	"mid", "out", "off", "over", "under", "third", "first", "second", "means", "plug", "follow", "cost", "tax")

var compoundTails = set("in", "up", "out", "on", "off", "based", "related", "tested", "term", "time",
	"owned", "free", "wide", "like", "specific", "making", "funded", "level", "year", "old",
	"party", "cost", "scale", "care", "income", "federal", "profit", "state", "site", "only",
	"enforcement", "exempt", "approved", "sponsored", "issued", "operated", "driven")

// syllableTails are word endings that are not words: left after a syllable
// split, they show the hyphen was a line-end hyphenation.
var syllableTails = set("tion", "tions", "sion", "sions", "cation", "cations", "fication", "fications",
	"ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences", "able", "ible",
	"ual", "uals", "ous", "ive", "ives", "ure", "ures", "logy", "gy", "cle", "cles", "ary", "ery",
	"ory", "ize", "ized", "ated", "ation", "ations", "ant", "ants", "ent", "ents", "als", "ers",
	"cate", "cates", "tance", "dent", "dents", "lege", "leges", "zation", "ical", "ically", "ing",
	"ings", "ly", "tive", "tives", "sive", "ulate", "ulated", "icle", "icles", "ician", "icians")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
