package feeds

import (
	"strings"
	"unicode/utf8"
)

// Clean removes what XML 1.0 forbids and HTML discourages: invalid UTF-8,
// C0 controls other than tab, newline and carriage return, DEL and the C1
// controls, the non-characters U+FFFE and U+FFFF. Scraped text can carry any
// of them (a stray form feed from a PDF, a Windows-1252 byte); one of them
// in a feed makes the whole document unreadable for strict parsers.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && n == 1) && allowed(r) {
			sb.WriteString(s[i : i+n])
		}
		i += n
	}
	return sb.String()
}

// CleanBytes is Clean for a rendered document.
func CleanBytes(b []byte) []byte {
	if isClean(string(b)) {
		return b
	}
	return []byte(Clean(string(b)))
}

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			return cleanFrom(s[i:])
		}
	}
	return true
}

func cleanFrom(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !allowed(r) {
			return false
		}
		i += n
	}
	return true
}

func allowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return false
	case r == 0xfffe || r == 0xffff:
		return false
	}
	return true
}
