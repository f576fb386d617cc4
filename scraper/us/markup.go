package us

import (
	"strings"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/textnorm"
)

func openMark(m byte) string {
	if m == '-' {
		return redline.OpenStruckLaw
	}
	return redline.OpenNewLaw
}

func closeMark(m byte) string {
	if m == '-' {
		return redline.CloseStruckLaw
	}
	return redline.CloseNewLaw
}

// hugMarks moves whitespace just inside a mark outside it, so that trimming
// and collapsing lines (textnorm.Clean) treats marks as part of their words
// and the marked copy cleans exactly like the plain one. It expects text
// already cleaned (only ' ' and '\n' as whitespace).
func hugMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], redline.OpenNewLaw), strings.HasPrefix(s[i:], redline.OpenStruckLaw):
			open := s[i : i+len(redline.OpenNewLaw)]
			j := spaceEnd(s, i+len(open))
			b.WriteString(s[i+len(open) : j])
			b.WriteString(open)
			i = j
		case s[i] == ' ' || s[i] == '\n':
			j := spaceEnd(s, i)
			if strings.HasPrefix(s[j:], redline.CloseNewLaw) || strings.HasPrefix(s[j:], redline.CloseStruckLaw) {
				b.WriteString(s[j : j+len(redline.CloseNewLaw)])
				b.WriteString(s[i:j])
				i = j + len(redline.CloseNewLaw)
				continue
			}
			b.WriteString(s[i:j])
			i = j
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

func spaceEnd(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	return i
}

var emptyMark = strings.NewReplacer(redline.OpenNewLaw+redline.CloseNewLaw, "", redline.OpenStruckLaw+redline.CloseStruckLaw, "")

// finish normalizes the walker's output: text is the printed bill (marks
// removed, struck words kept), markup the same text with its marks. The
// markup is dropped ("") when the document marks nothing or when, for some
// odd input, it would not reduce to exactly the text.
func finish(raw string, hasMarks bool) (text, markup string) {
	text = textnorm.Clean(redline.StripMarkup(raw))
	if !hasMarks {
		return text, ""
	}
	m := textnorm.Clean(emptyMark.Replace(hugMarks(textnorm.Clean(raw))))
	if !strings.Contains(m, "⟦") || redline.StripMarkup(m) != text {
		return text, ""
	}
	return text, m
}
