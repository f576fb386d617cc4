package pdfgen

import (
	"fmt"
	"strings"
)

// winAnsiHigh maps the non-Latin-1 characters of WinAnsiEncoding (the
// 0x80-0x9F block) that bill text uses: typographic quotes and dashes.
var winAnsiHigh = map[rune]byte{
	'€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92,
	'“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99,
}

// encodeString turns s into a PDF literal string in WinAnsiEncoding, escaping
// the three characters that are special inside parentheses.
func encodeString(s string) (string, error) {
	var b strings.Builder
	b.WriteByte('(')
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r >= 0xa0 && r <= 0xff:
			fmt.Fprintf(&b, "\\%03o", r)
		default:
			c, ok := winAnsiHigh[r]
			if !ok {
				return "", fmt.Errorf("character %q (U+%04X) has no WinAnsiEncoding code", r, r)
			}
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte(')')
	return b.String(), nil
}

// CourierWidth is the advance of one Courier character at size 1: every
// Courier glyph is 600/1000 em wide, which makes line fitting exact.
const CourierWidth = 0.6
