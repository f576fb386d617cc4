package ny

import (
	"strings"
	"unicode/utf8"

	"github.com/billwatch/billwatch/redline"
)

// paragraphs groups the kept lines (body from index body on) and joins each
// group into one run of spans.
func paragraphs(ls []pline, body int, words map[string]int) [][]redline.Span {
	numberedDoc, base, plainBase := false, -1, -1
	for i, l := range ls {
		text := l.plain
		if l.numbered {
			text = text[l.numEnd:]
		}
		switch {
		case l.drop || strings.TrimSpace(text) == "":
		case l.numbered:
			numberedDoc = true
			if base < 0 || l.gap < base {
				base = l.gap
			}
		case i >= body:
			if n := leadingSpaces(l.plain); plainBase < 0 || n < plainBase {
				plainBase = n
			}
		}
	}
	var out [][]redline.Span
	var cur [][]redline.Span
	flush := func() {
		if len(cur) > 0 {
			if p := join(cur, words); len(p) > 0 {
				out = append(out, p)
			}
			cur = nil
		}
	}
	for i, l := range ls {
		if l.drop {
			continue
		}
		spans, indent := l.spans, leadingSpaces(l.plain)
		if l.numbered {
			spans = cutPrefix(spans, l.numEnd+min(l.gap, max(base, 0)))
			indent = l.gap - base
		}
		inBody := i >= body
		blank := strings.TrimSpace(plainOf(spans)) == ""
		switch {
		case blank && inBody:
			continue // page ends leave blank lines inside paragraphs
		case blank:
			flush()
			continue
		case i == body,
			inBody && l.numbered && indent > 0,
			inBody && !numberedDoc && indent > plainBase:
			flush()
		}
		cur = append(cur, spans)
	}
	flush()
	return out
}

func leadingSpaces(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

func plainOf(spans []redline.Span) string { return line{spans: spans}.plain() }

// cutPrefix removes the first n bytes of a line's text.
func cutPrefix(spans []redline.Span, n int) []redline.Span {
	out := make([]redline.Span, 0, len(spans))
	for _, s := range spans {
		switch {
		case n >= len(s.Text):
			n -= len(s.Text)
		case n > 0:
			out = append(out, redline.Span{Text: s.Text[n:], Mark: s.Mark})
			n = 0
		default:
			out = append(out, s)
		}
	}
	return out
}

// join writes a paragraph's lines as one run: spaces collapse (a space
// between two runs with the same mark stays inside the mark), and a word
// the print hyphenated at a line end is joined again.
func join(lines [][]redline.Span, words map[string]int) []redline.Span {
	var w spanWriter
	for i, l := range lines {
		if i > 0 {
			w.lineBreak(plainOf(l), words)
			l = cutPrefix(l, leadingSpaces(plainOf(l)))
		}
		for _, s := range l {
			w.write(s.Text, s.Mark)
		}
	}
	return w.result()
}

type spanBuf struct {
	mark redline.Mark
	b    []byte
}

// spanWriter builds a paragraph's spans with whitespace collapsed.
type spanWriter struct {
	spans   []spanBuf
	pending bool         // a space waits for the next visible character
	last    redline.Mark // mark of the last character written
}

func (w *spanWriter) write(s string, m redline.Mark) {
	for _, r := range s {
		if r == ' ' {
			w.pending = len(w.spans) > 0
			continue
		}
		if w.pending {
			sm := redline.None
			if w.last == m {
				sm = m
			}
			w.put(' ', sm)
			w.pending = false
		}
		w.put(r, m)
	}
}

func (w *spanWriter) put(r rune, m redline.Mark) {
	if n := len(w.spans); n == 0 || w.spans[n-1].mark != m {
		w.spans = append(w.spans, spanBuf{mark: m})
	}
	last := &w.spans[len(w.spans)-1]
	last.b = utf8.AppendRune(last.b, r)
	w.last = m
}

// lineBreak decides how the next line (text next) continues the paragraph.
func (w *spanWriter) lineBreak(next string, words map[string]int) {
	if len(w.spans) == 0 {
		return
	}
	w.pending = false // trailing spaces of the line before
	tail := w.spans[len(w.spans)-1].b
	switch joinHow(string(tail[max(len(tail)-48, 0):]), strings.TrimLeft(next, " "), words) {
	case joinSpace:
		w.pending = true
	case joinDropHyphen:
		last := &w.spans[len(w.spans)-1]
		last.b = last.b[:len(last.b)-1]
		if len(last.b) == 0 {
			w.spans = w.spans[:len(w.spans)-1]
		}
		if n := len(w.spans); n > 0 {
			w.last = w.spans[n-1].mark
		}
	}
}

func (w *spanWriter) result() []redline.Span {
	out := make([]redline.Span, 0, len(w.spans))
	for _, s := range w.spans {
		if len(s.b) > 0 {
			out = append(out, redline.Span{Text: string(s.b), Mark: s.mark})
		}
	}
	return out
}
