package redline

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Separator classes: what stood between a token and the one before it. Only the
// class is kept, so reflowed lines and doubled spaces never count as changes.
const (
	sepNone  uint8 = iota // first token, or glued to the previous one by a markup boundary
	sepSpace              // spaces or tabs
	sepLine               // one line break
	sepPara               // a blank line or more
)

var sepText = [...]string{sepNone: "", sepSpace: " ", sepLine: "\n", sepPara: "\n\n"}

// token is one word as written, punctuation and numbering included ("§",
// "(a)", "23-1098", "license."): a byte range of its doc's text. 12 bytes a
// word keeps a 10 MB bill's tokens at about 20 MB.
type token struct {
	start, end int32
	sep        uint8
	mark       Mark
}

// doc is one version as tokens plus their interned comparison keys.
type doc struct {
	text string
	toks []token
	ids  []int32
}

// word returns the text of token i.
func (d *doc) word(i int) string {
	t := d.toks[i]
	return d.text[t.start:t.end]
}

// byteClass sorts ASCII bytes for the tokenizer: 1 space or tab, 2 line break,
// 3 carriage return; 0 is a word byte; bytes ≥ 0x80 are decoded separately.
var byteClass = [utf8.RuneSelf]uint8{' ': 1, '\t': 1, '\v': 1, '\f': 1, '\n': 2, '\r': 3}

// tokenize splits text (with optional ⟦…⟧ markup) into tokens on whitespace.
// Texts over 2 GiB are cut there: offsets are 32-bit.
func tokenize(text string, in *interner, side int) doc {
	if len(text) > math.MaxInt32 {
		text = text[:math.MaxInt32]
	}
	d := doc{text: text}
	est := len(text)/6 + 1
	d.toks = make([]token, 0, est)
	d.ids = make([]int32, 0, est)
	segs := []segment{{0, len(text), None}}
	if strings.Contains(text, "⟦") {
		segs = markupSegments(text)
	}
	newlines, space := 0, false
	for _, sg := range segs {
		s := text[:sg.end]
		for i := sg.start; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				switch byteClass[c] {
				case 1:
					space = true
					i++
					continue
				case 2:
					newlines++
					space = true
					i++
					continue
				case 3:
					if i+1 >= len(s) || s[i+1] != '\n' {
						newlines++
					}
					space = true
					i++
					continue
				}
			} else if r, size := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
				if r == '\u2028' {
					newlines++
				} else if r == '\u2029' {
					newlines += 2
				}
				space = true
				i += size
				continue
			}
			j, ascii, h := scanWord(s, i)
			sep := sepNone
			if len(d.toks) > 0 {
				switch {
				case newlines >= 2:
					sep = sepPara
				case newlines == 1:
					sep = sepLine
				case space:
					sep = sepSpace
				}
			}
			key := s[i:j]
			if !ascii {
				if key = in.fold(key); key == "" {
					space = true // only soft hyphens or joiners: no word at all
					i = j
					continue
				}
				h = hashWord(key)
			}
			d.toks = append(d.toks, token{start: int32(i), end: int32(j), sep: sep, mark: sg.mark})
			d.ids = append(d.ids, in.intern(key, h, side))
			newlines, space = 0, false
			i = j
		}
	}
	return d
}

// isSpaceRune also treats the byte-order mark and zero-width space as spaces:
// extracted text carries them and they are never words.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' // IsSpace covers U+2028 and U+2029
}

// fold gives a word's comparison key: NFKC, typographic quotes and dashes as
// their ASCII forms, soft hyphens and zero-width joiners dropped. A version that
// only retypes ’ as ' or – as - is not a change to the words.
func fold(w string) string {
	if !utf8.ValidString(w) {
		return w // invalid bytes stay distinct rather than all becoming U+FFFD
	}
	if !norm.NFKC.IsNormalString(w) {
		w = norm.NFKC.String(w)
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '‛', '′':
			return '\''
		case '“', '”', '„', '‟', '″':
			return '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return '-'
		case '\u00AD', '\u200C', '\u200D', '\u2060':
			return -1
		}
		return r
	}, w)
}
