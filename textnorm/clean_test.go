package textnorm

import (
	"strings"
	"testing"
	"unicode"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"NFC composes", "Cafe\u0301 Montpe\u0301lier", "Café Montpélier"},
		{"line endings", "a\r\nb\rc\u2028d\fe", "a\nb\nc\nd\ne"},
		{"no-break and other unicode spaces", "23\u00a0V.S.A.\u2009§\u202f601", "23 V.S.A. § 601"},
		{"soft hyphen and zero-width characters go", "regis\u00adtration\u200b fee\ufeff", "registration fee"},
		{"ligatures and unicode hyphens", "\ufb01nal o\ufb03ce non\u2011federal", "final office non-federal"},
		{"control characters dropped", "a\x00b\x07c\x1b", "abc"},
		{"spaces collapsed, lines trimmed", "  two   words\t\there  ", "two words here"},
		{"at most one blank line, none at the ends", "\n\n\npara one\n\n\n\npara two\n\n", "para one\n\npara two"},
		{"typographic quotes kept", "operator’s “license”", "operator’s “license”"},
		{"empty", " \n\t\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Clean(Clean(tt.in)); again != Clean(tt.in) {
				t.Errorf("Clean is not idempotent: %q", again)
			}
		})
	}
}

// FoldRune is the per-rune folding Washington's document walker did with
// its own copy (wa.foldRune, here as the reference); New York and Congress
// share it now. Every rune folds as the copy did.
func TestFoldRuneMatchesReference(t *testing.T) {
	lig := map[rune]string{'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st"}
	reference := func(r rune) string {
		switch {
		case r >= 0x20 && r < 0x7f:
			return string(r)
		case r == '\u00ad', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
			return ""
		case r == '\u2010', r == '\u2011':
			return "-"
		case r == '⟦':
			return "["
		case r == '⟧':
			return "]"
		case unicode.IsSpace(r), unicode.Is(unicode.Zs, r), r == '\u2028', r == '\u2029':
			return " "
		case unicode.IsControl(r):
			return ""
		}
		if l, ok := lig[r]; ok {
			return l
		}
		return string(r)
	}
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := string(FoldRune(nil, r)), reference(r); got != want {
			t.Fatalf("FoldRune(%U) = %q, want %q", r, got, want)
		}
	}
	if got := string(FoldRune([]byte("x"), -1)); got != "x\uFFFD" {
		t.Errorf("invalid rune: %q", got)
	}
}

func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "H.R. 264 ", "\u00a0x", "caf\u00e9 au lait", "x\u3000y", "a \u0085"} {
		got, want := CollapseSpaces(s), strings.Join(strings.Fields(s), " ")
		if got != want {
			t.Errorf("CollapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = CollapseSpaces("Sponsor: Rep. Smith, Adam [D-WA-9]") }); n != 0 {
		t.Errorf("a collapsed string was copied (%v allocations)", n)
	}
}
