package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Clean normalizes text for storage and diffing: Unicode NFC; CRLF, CR, form
// feeds and Unicode line separators become "\n"; no-break and other Unicode
// spaces become a plain space; soft hyphens and zero-width characters go;
// typographic ligatures (ﬁ) and the Unicode hyphens U+2010/U+2011 become
// ASCII; control characters are dropped. Each line is trimmed with inner runs
// of spaces collapsed, at most one blank line separates blocks, and the result
// has no leading or trailing blank lines.
//
// It is one pass over the bytes (after NFC, skipped for ASCII input, and NFC
// again on non-ASCII output it rewrote): it runs on every stored version and
// on both inputs of `billwatch diff`, and the obvious split/fields/join form
// took longer than the diff itself. Text that is already clean comes back as
// itself (or a prefix of itself), without a copy. Clean is idempotent.
func Clean(text string) string {
	ascii := isASCII(text)
	if !ascii {
		text = norm.NFC.String(text)
	}
	c := cleaner{src: text}
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if b > ' ' && b != 0x7f {
				// Words of visible ASCII with single spaces between them are
				// already clean: copy the run (usually a whole line) at once.
				j := i + 1
				for j < len(text) {
					if c := text[j]; c > ' ' && c < 0x7f {
						j++
					} else if c == ' ' && j+1 < len(text) && text[j+1] > ' ' && text[j+1] < 0x7f {
						j += 2
					} else {
						break
					}
				}
				c.word(text[i:j])
				i = j
				continue
			}
			switch b {
			case ' ', '\t':
				c.space()
			case '\r':
				if i+1 >= len(text) || text[i+1] != '\n' {
					c.lineEnd()
				}
			case '\n', '\f':
				c.lineEnd()
			}
			// other ASCII controls are dropped
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:]) // an invalid byte reads as U+FFFD
		switch f := string(foldRune(c.scratch[:0], r, foldOptions{})); f {
		case "":
		case " ":
			c.space()
		case "\n":
			c.lineEnd()
		default:
			c.word(f)
		}
		i += size
	}
	if !c.copied {
		// A prefix of NFC text, cut before a character that composes with
		// nothing (white space, or a dropped one): NFC too.
		return text[:c.n]
	}
	if ascii {
		return c.out.String()
	}
	// NFC ran before folding: a dropped soft hyphen, zero-width or control
	// character, or a spelt-out ligature ("ﬁ\u0301" is "fi\u0301"), can leave
	// a letter next to a combining mark it composes with. Normalizing the
	// output again makes Clean idempotent; it costs one scan when nothing
	// changes.
	return norm.NFC.String(c.out.String())
}

// CleanBytes is Clean of a byte slice, without first copying it into a
// string: a 600 KB copy is a measurable part of `billwatch diff` on plain
// text. When b is already clean the result shares b's memory, so the caller
// must not modify b afterwards (it hands b over).
func CleanBytes(b []byte) string {
	return Clean(unsafe.String(unsafe.SliceData(b), len(b)))
}

// cleaner writes Clean's output: words, with the whitespace between them
// reduced to one space, one line break or one blank line. As long as the
// output equals the start of the input it is only counted (n bytes of src);
// the first difference copies that prefix into out and writing goes on there.
type cleaner struct {
	src     string
	n       int // output length while it is src[:n]
	copied  bool
	out     strings.Builder
	breaks  int  // line ends since the last word, capped at 2
	spaced  bool // a space since the last word
	scratch [8]byte
}

func (c *cleaner) space()   { c.spaced = true }
func (c *cleaner) lineEnd() { c.breaks = min(c.breaks+1, 2) }

func (c *cleaner) word(w string) {
	if c.size() > 0 {
		switch {
		case c.breaks > 0:
			c.emit("\n\n"[:c.breaks])
		case c.spaced:
			c.emit(" ")
		}
	}
	c.breaks, c.spaced = 0, false
	c.emit(w)
}

// size is the length of the output so far.
func (c *cleaner) size() int {
	if c.copied {
		return c.out.Len()
	}
	return c.n
}

func (c *cleaner) emit(s string) {
	if !c.copied {
		if end := c.n + len(s); end <= len(c.src) && c.src[c.n:end] == s {
			c.n = end
			return
		}
		c.copied = true
		c.out.Grow(len(c.src))
		c.out.WriteString(c.src[:c.n])
	}
	c.out.WriteString(s)
}

// foldOptions keep characters that a later stage still needs as signals.
type foldOptions struct {
	keepFormFeed   bool // page boundaries, for per-page line numbering
	keepSoftHyphen bool // a soft hyphen at a line end marks a word split
	oneLine        bool // line separators are spaces and ⟦ ⟧ become [ ] (FoldRune)
}

// fold applies the character-level part of Clean; the result has only "\n"
// line ends (plus "\f" if kept).
func fold(text string, o foldOptions) string {
	if !isASCII(text) {
		text = norm.NFC.String(text)
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\r':
				if i < len(text) && text[i] == '\n' {
					continue // the \n that follows ends the line
				}
				b = append(b, '\n')
			case c == '\f' && o.keepFormFeed:
				b = append(b, '\f')
			case c == '\f':
				b = append(b, '\n')
			case c == '\t':
				b = append(b, ' ')
			case c == '\n' || c >= ' ' && c != 0x7f:
				b = append(b, c)
			}
			// other ASCII controls are dropped: NUL and friends come from
			// broken extraction, never text
			continue
		}
		// An invalid byte reads as U+FFFD, so stored text is valid UTF-8.
		r, size := utf8.DecodeRuneInString(text[i:])
		b = foldRune(b, r, o)
		i += size
	}
	return string(b)
}

// FoldRune appends to b the folded form of r, for text whose lines come from
// elsewhere (a document's elements, a print's lines): Clean's character
// choices, with every kind of white space, line separators included, as a
// space. Soft hyphens, zero-width and control characters are dropped (b comes
// back as it was); U+2010 and U+2011 become "-"; ligatures are spelt out (ﬁ
// is "fi"); the markup brackets ⟦ ⟧ become [ ]: bill text never has them, and
// a document must not be able to forge or break a change marker (package
// redline). New York and Washington fold their text with it, Congress its
// brackets (the rest of its text goes through Clean, which makes the same
// choices), so that a watchlist term matches the same words in every
// source's text. It does not normalize: the caller
// applies NFC to the folded text (folding can leave a letter next to a
// combining mark).
func FoldRune(b []byte, r rune) []byte {
	if uint32(r) < utf8.RuneSelf {
		switch {
		case r >= ' ' && r != 0x7f:
			return append(b, byte(r))
		case r == '\t', r == '\n', r == '\v', r == '\f', r == '\r':
			return append(b, ' ')
		}
		return b // other ASCII controls
	}
	return foldRune(b, r, foldOptions{oneLine: true})
}

// foldRune appends the folded form of one non-ASCII rune.
func foldRune(b []byte, r rune, o foldOptions) []byte {
	switch {
	case r == '\u2028', r == '\u2029', r == '\u0085':
		if o.oneLine {
			return append(b, ' ')
		}
		return append(b, '\n')
	case r == '\u00ad':
		if o.keepSoftHyphen {
			return append(b, "\u00ad"...)
		}
		return b
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
		return b // zero-width characters carry no text
	case r == '\u2010', r == '\u2011':
		return append(b, '-')
	case unicode.Is(unicode.Zs, r):
		return append(b, ' ')
	case unicode.IsControl(r):
		return b
	case r >= 'ﬀ' && r <= 'ﬆ':
		return append(b, ligatures[r-'ﬀ']...)
	case o.oneLine && r == '⟦':
		return append(b, '[')
	case o.oneLine && r == '⟧':
		return append(b, ']')
	}
	return utf8.AppendRune(b, r) // an invalid rune as U+FFFD
}

// ligatures spells out U+FB00 ﬀ … U+FB06 ﬆ.
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// CollapseSpaces trims s and turns each run of white space inside it into
// one space (white space as strings.Fields sees it). Every source tidies its
// one-line fields (titles, names, actions) with it. A string that is already
// collapsed comes back as itself, without a copy: most fields are.
func CollapseSpaces(s string) string {
	space := true // the last byte was a space, or there was none: a space now is one too many
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.Fields(s), " ") // Unicode spaces: the slow way
		case c == ' ':
			if space {
				return strings.Join(strings.Fields(s), " ")
			}
			space = true
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return strings.Join(strings.Fields(s), " ")
		default:
			space = false
		}
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ") // a trailing space
	}
	return s
}
