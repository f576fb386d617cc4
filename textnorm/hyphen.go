package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/billwatch/billwatch/internal/lazyre"
)

var (
	wordRun     = lazyre.New(`\p{L}+(?:-\p{L}+)*`)
	trailLetter = lazyre.New(`(\p{L}+)-$`)
	leadLetter  = lazyre.New(`^\p{L}+`)
)

// vocabulary counts the words of the text (lower case), both whole
// hyphenated compounds and their parts, ignoring fragments at line ends.
func vocabulary(lines []string) map[string]int {
	words := map[string]int{}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for _, loc := range wordRun.FindAllStringIndex(l, -1) {
			w := strings.ToLower(l[loc[0]:loc[1]])
			if loc[1] < len(l) && l[loc[1]] == '-' {
				continue // a fragment cut by a line-end hyphen
			}
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
	m := trailLetter.FindStringSubmatch(prev)
	if m == nil {
		before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(prev, "-"))
		if unicode.IsDigit(before) && unicode.IsDigit(first) {
			return prev, "" // "109-" + "13": a number range or citation
		}
		return prev, " " // a dash, not a hyphen
	}
	right := leadLetter.FindString(l)
	if right == "" || !unicode.IsLower(first) {
		return prev, "" // "non-" + "Vermont": a capital never continues a syllable
	}
	if keepHyphen(m[1], right, words) {
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
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case words[l+r] > 0:
		return false
	case words[l+"-"+r] > 0:
		return true
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
