package watchlist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens are normalized so that the spellings a bill drafter, a press release
// and an advocate use for the same thing compare equal:
//
//	"Driver's License", "drivers' licenses", "driver licence" -> driver license
//
// The rules: lower case; apostrophes (straight, curly, modifier letter) are
// dropped inside a word; every other non-letter, non-digit (hyphens, dashes,
// dots, quotes) separates words; a simple plural "s" is removed; British
// spellings that legislatures use are mapped to the American ones. The same
// function normalizes configured phrases and bill text, which is what makes
// the rules safe: it only has to be consistent, not linguistically right.

// isApostrophe reports the characters that join the halves of "driver's".
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u2018', '\u2019', '\u02bc', '\u00b4', '\uff07', '\u2032':
		return true
	}
	return false
}

// isHyphen reports the characters that may join a compound word; phrases
// written with one also match the closed form ("drive-only", "driveonly").
func isHyphen(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00ad':
		return true
	}
	return false
}

// britishSpelling maps a stemmed British form to the American one.
var britishSpelling = map[string]string{
	"licence":  "license",
	"licenced": "licensed",
	"offence":  "offense",
	"defence":  "defense",
}

// stem strips a simple English plural in place. It deliberately leaves
// words ending in "ss", "us" and "is" (access, status, basis) alone.
func stem(b []byte) []byte {
	n := len(b)
	switch {
	case n > 4 && b[n-3] == 'i' && b[n-2] == 'e' && b[n-1] == 's':
		b = append(b[:n-3], 'y')
	case n > 4 && string(b[n-4:]) == "sses":
		b = b[:n-2]
	case n > 3 && b[n-1] == 's' && b[n-2] != 's' && b[n-2] != 'u' && b[n-2] != 'i':
		b = b[:n-1]
	}
	if len(b) >= 7 && len(b) <= 8 && (b[0] == 'l' || b[0] == 'o' || b[0] == 'd') {
		if us, ok := britishSpelling[string(b)]; ok {
			b = append(b[:0], us...)
		}
	}
	return b
}

// wordScanner walks text and yields normalized words with their byte spans.
// buf is reused between words, so a scan allocates nothing per word.
type wordScanner struct {
	text string
	i    int
	buf  []byte
}

// next returns the next normalized word (valid until the following call),
// its byte span in text, and false at the end.
func (s *wordScanner) next() (word []byte, start, end int, ok bool) {
	s.buf = s.buf[:0]
	start = -1
	for s.i < len(s.text) {
		c := s.text[s.i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				s.buf = append(s.buf, c)
			case 'A' <= c && c <= 'Z':
				s.buf = append(s.buf, c+'a'-'A')
			case (c == '\'' || c == '`') && start >= 0:
				// inside a word: dropped, the word continues
			default:
				if start >= 0 {
					return stem(s.buf), start, s.i, true
				}
				s.i++
				continue
			}
			if start < 0 {
				start = s.i
			}
			s.i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.text[s.i:])
		switch {
		case isApostrophe(r): // before IsLetter: U+02BC is a letter
			if start < 0 {
				s.i += size
				continue
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			s.buf = utf8.AppendRune(s.buf, unicode.ToLower(r))
			if start < 0 {
				start = s.i
			}
		default:
			if start >= 0 {
				return stem(s.buf), start, s.i, true
			}
		}
		s.i += size
	}
	if start >= 0 {
		return stem(s.buf), start, len(s.text), true
	}
	return nil, 0, 0, false
}

// normalizeWords returns the normalized words of a short string (a phrase).
func normalizeWords(s string) []string {
	sc := wordScanner{text: s}
	var out []string
	for {
		w, _, _, ok := sc.next()
		if !ok {
			return out
		}
		out = append(out, string(w))
	}
}

// phraseVariants returns the token sequences a configured phrase stands for:
// each hyphenated word matches both split ("drive only") and closed
// ("driveonly"). Variants are capped because each doubles the count.
func phraseVariants(phrase string) [][]string {
	variants := [][]string{nil}
	for _, field := range strings.Fields(phrase) {
		split := normalizeWords(field)
		hyphenated := strings.IndexFunc(field, isHyphen) >= 0 && len(split) > 1 && len(variants) < 8
		var closed []string
		if hyphenated {
			closed = normalizeWords(strings.Map(func(r rune) rune {
				if isHyphen(r) {
					return -1
				}
				return r
			}, field))
		}
		next := make([][]string, 0, 2*len(variants))
		for _, v := range variants {
			next = append(next, append(v[:len(v):len(v)], split...))
			if hyphenated {
				next = append(next, append(v[:len(v):len(v)], closed...))
			}
		}
		variants = next
	}
	if len(variants[0]) == 0 {
		return nil
	}
	return variants
}
