package textnorm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Clean normalizes text for storage and diffing: Unicode NFC; CRLF, CR, form
// feeds and Unicode line separators become "\n"; no-break and other Unicode
// spaces become a plain space; soft hyphens and zero-width characters go;
// typographic ligatures (ﬁ) and the Unicode hyphens U+2010/U+2011 become
// ASCII; control characters are dropped. Each line is trimmed with inner runs
// of spaces collapsed, at most one blank line separates blocks, and the result
// has no leading or trailing blank lines.
func Clean(text string) string {
	s := fold(text, foldOptions{})
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // suppresses leading blank lines
	for _, l := range lines {
		l = collapseSpaces(l)
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
	return strings.Join(out, "\n")
}

// foldOptions keep characters that a later stage still needs as signals.
type foldOptions struct {
	keepFormFeed   bool // page boundaries, for per-page line numbering
	keepSoftHyphen bool // a soft hyphen at a line end marks a word split
}

var ligatures = map[rune]string{
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// fold applies the character-level part of Clean; the result has only "\n"
// line ends (plus "\f" if kept).
func fold(text string, o foldOptions) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	for i, r := range text {
		switch {
		case r == '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue // the \n that follows ends the line
			}
			b.WriteByte('\n')
		case r == '\n', r == '\u2028', r == '\u2029', r == '\u0085':
			b.WriteByte('\n')
		case r == '\f':
			if o.keepFormFeed {
				b.WriteByte('\f')
			} else {
				b.WriteByte('\n')
			}
		case r == '\t':
			b.WriteByte(' ')
		case r == '\u00ad':
			if o.keepSoftHyphen {
				b.WriteRune(r)
			}
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
			// zero-width characters carry no text
		case r == '\u2010', r == '\u2011':
			b.WriteByte('-')
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
			// dropped: NUL and friends come from broken extraction, never text
		default:
			if l, ok := ligatures[r]; ok {
				b.WriteString(l)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapseSpaces trims a line and squeezes runs of spaces to one.
func collapseSpaces(l string) string {
	return strings.Join(strings.Fields(l), " ")
}
