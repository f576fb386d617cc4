package textnorm

import (
	"fmt"
	"maps"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// countWordsReference is CountWords as it was written before the hand scan:
// the regexp for FragmentsAnywhere (Vermont), New York's rule for
// FragmentsAtLineEnd.
func countWordsReference(line string, f Fragments) map[string]int {
	words := map[string]int{}
	add := func(w string) {
		w = strings.ToLower(w)
		words[w]++
		if strings.Contains(w, "-") {
			for _, part := range strings.Split(w, "-") {
				words[part]++
			}
		}
	}
	if f == FragmentsAtLineEnd {
		t := strings.TrimRightFunc(line, unicode.IsSpace)
		for _, loc := range wordRunReference.FindAllStringIndex(t, -1) {
			if loc[1] == len(t)-1 && t[loc[1]] == '-' {
				continue
			}
			add(t[loc[0]:loc[1]])
		}
		return words
	}
	l := strings.TrimSpace(line)
	for _, loc := range wordRunReference.FindAllStringIndex(l, -1) {
		if loc[1] < len(l) && l[loc[1]] == '-' {
			continue
		}
		add(l[loc[0]:loc[1]])
	}
	return words
}

var (
	wordRunReference     = regexp.MustCompile(`\p{L}+(?:-\p{L}+)*`)
	trailLetterReference = regexp.MustCompile(`(\p{L}+)-$`)
	leadLetterReference  = regexp.MustCompile(`^\p{L}+`)
)

var hyphenSeeds = []string{
	"", "-", "--", "motor vehi-", "  means-tested and self- ", "non- and for-profit entities -",
	"Sec. 1. 23 V.S.A. § 4-a is amended-", "Über-Größe straße-", "a-b-c-d", "x-1 -y", "word--",
	"ﬁ-ne \u00ad-", "bad \xff- bytes\xfe-", "end-  ", "end-\u00a0", "Manufac-", "444-", "e-mail e- mail",
}

func TestCountWordsMatchesReference(t *testing.T) {
	for _, s := range hyphenSeeds {
		if err := checkCountWords(s); err != "" {
			t.Error(err)
		}
	}
	words := map[string]int{}
	CountWords(words, "motor vehi-", FragmentsAnywhere)
	CountWords(words, "cles and means-tested non- and for-profit", FragmentsAnywhere)
	want := map[string]int{"motor": 1, "cles": 1, "and": 2, "means-tested": 1, "means": 1, "tested": 1, "for-profit": 1, "for": 1, "profit": 1}
	if !maps.Equal(words, want) {
		t.Errorf("words %v, want %v", words, want)
	}
	words = map[string]int{}
	CountWords(words, "non- and for-profit vehi-  ", FragmentsAtLineEnd)
	want = map[string]int{"non": 1, "and": 1, "for-profit": 1, "for": 1, "profit": 1}
	if !maps.Equal(words, want) {
		t.Errorf("line end only: words %v, want %v", words, want)
	}
}

func FuzzCountWords(f *testing.F) {
	for _, s := range hyphenSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := checkCountWords(s); err != "" {
			t.Fatal(err)
		}
	})
}

func checkCountWords(s string) string {
	for _, f := range []Fragments{FragmentsAnywhere, FragmentsAtLineEnd} {
		got := map[string]int{}
		CountWords(got, s, f)
		if want := countWordsReference(s, f); !maps.Equal(got, want) {
			return fmt.Sprintf("CountWords(%q, %v) = %v, reference %v", s, f, got, want)
		}
	}
	for _, next := range []string{"", "cles", "Vermont", "é-x", "1"} {
		left, right := HyphenSplit(s, next)
		wantLeft := ""
		if m := trailLetterReference.FindStringSubmatch(s); m != nil {
			wantLeft = m[1]
		}
		if left != wantLeft || right != leadLetterReference.FindString(next) {
			return fmt.Sprintf("HyphenSplit(%q, %q) = %q, %q", s, next, left, right)
		}
	}
	return ""
}

func TestKnownSpelling(t *testing.T) {
	words := map[string]int{"vehicles": 1, "means-tested": 1}
	for _, tt := range []struct {
		left, right string
		keep, known bool
	}{{"vehi", "cles", false, true}, {"Means", "tested", true, true}, {"non", "profit", false, false}} {
		if keep, known := KnownSpelling(words, tt.left, tt.right); keep != tt.keep || known != tt.known {
			t.Errorf("KnownSpelling(%q, %q) = %v, %v", tt.left, tt.right, keep, known)
		}
	}
}
