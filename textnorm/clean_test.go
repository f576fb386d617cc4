package textnorm

import "testing"

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
