package textnorm

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// cleanReference is Clean written the plain way (rune loop, Split, Fields,
// Join): the one-pass Clean must give exactly the same output. Folding can
// put a letter next to a combining mark ("ﬁ\u0301", "e\u00ad\u0301"), so the
// result is normalized once more.
func cleanReference(text string) string {
	s := foldReference(norm.NFC.String(text))
	var out []string
	blank := true
	for _, l := range strings.Split(s, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return norm.NFC.String(strings.Join(out, "\n"))
}

func foldReference(text string) string {
	lig := map[rune]string{'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st"}
	var b strings.Builder
	for i, r := range text {
		switch {
		case r == '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n', r == '\u2028', r == '\u2029', r == '\u0085', r == '\f':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
		case r == '\u2010', r == '\u2011':
			b.WriteByte('-')
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			if l, ok := lig[r]; ok {
				b.WriteString(l)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

var cleanSeeds = []string{
	"", " ", "\n\n", "a\r\nb\rc\fd", "  Sec. 1.\t\tThe  ﬁrst\u00a0line \n\n\n\n next ",
	"e\u0301 caf\u00e9 \u2028x\u2029y\u0085z", "soft\u00adhyphen zero\u200bwidth \ufeffbom",
	"bad \xff\xfe bytes \x00\x07\x7f", "\u2010\u2011 \u3000wide\u202fnarrow", "  \n a \n \n b  \n  ",
	// a dropped or expanded character between a letter and a combining mark
	"cafe\u00ad\u0301", "\ufb01\u0301x", "e\x00\u0301", "e\u200b\u0301", "a\u0301 e\u2060\u0301",
}

func TestCleanMatchesReference(t *testing.T) {
	for _, s := range cleanSeeds {
		if err := checkClean(s); err != "" {
			t.Error(err)
		}
		if got, want := CleanBytes([]byte(s)), Clean(s); got != want {
			t.Errorf("CleanBytes(%q) = %q, Clean %q", s, got, want)
		}
	}
}

func FuzzCleanMatchesReference(f *testing.F) {
	for _, s := range cleanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := checkClean(s); err != "" {
			t.Fatal(err)
		}
	})
}

// checkClean compares Clean(s) with the reference and checks that clean text
// is NFC and stays as it is: a stored text cleaned again on a re-crawl or by
// `billwatch diff` must not change.
func checkClean(s string) string {
	got := Clean(s)
	switch want := cleanReference(s); {
	case got != want:
		return fmt.Sprintf("Clean(%q) = %q, reference %q", s, got, want)
	case !norm.NFC.IsNormalString(got):
		return fmt.Sprintf("Clean(%q) = %q is not NFC", s, got)
	case Clean(got) != got:
		return fmt.Sprintf("Clean(%q) = %q, but Clean of that is %q", s, got, Clean(got))
	}
	return ""
}

// Clean text comes back without a copy: both inputs of a diff of two plain
// text files usually are, and copying them was a measurable part of it.
func TestCleanTextIsNotCopied(t *testing.T) {
	for _, s := range []string{"Sec. 1. The first line.\n\nSec. 2. The second.", "one\ntwo", "x"} {
		if n := testing.AllocsPerRun(10, func() { _ = Clean(s) }); n != 0 {
			t.Errorf("Clean(%q) allocated %v times", s, n)
		}
		if got := Clean(s + "  \n\n"); got != s {
			t.Errorf("Clean(%q) = %q", s+"  \n\n", got)
		}
	}
	if got, want := Clean("a  b"), "a b"; got != want {
		t.Errorf("Clean(%q) = %q, want %q", "a  b", got, want)
	}
}
