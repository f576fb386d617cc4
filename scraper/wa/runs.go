package wa

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/textnorm"
)

// runWriter collects a bill document's text with the legislature's change
// marks, normalizing as it goes: the document walkers decide what is a line,
// a section break, struck or new text; runWriter decides spacing.
// Normalizing while writing (rather than cleaning the finished string) is
// what keeps text == redline.StripMarkup(markup) exact: a space or a line end
// never hides inside a marker where a later trim could not see it. The text
// is one buffer with the offsets where the mark changes, so writing is linear
// in the document's size.
type runWriter struct {
	buf         strings.Builder
	marks       []markStart
	atLineStart bool // nothing written on the current line yet
	space       bool // a space is owed before the next character
	spaceMark   redline.Mark
	breaks      int     // line ends owed: 1 = new line, 2 = blank line
	fold        [8]byte // scratch for textnorm.FoldRune
}

// markStart is where a run with a new mark begins in the buffer.
type markStart struct {
	at   int
	mark redline.Mark
}

func newRunWriter() *runWriter { return &runWriter{atLineStart: true} }

// text writes s with mark m. Source line breaks, tabs and runs of spaces are
// all one space: line structure comes only from newline and blankLine.
func (w *runWriter) text(s string, m redline.Mark) {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	for _, r := range s {
		if r > ' ' && r < 0x7f { // visible ASCII, nearly every byte of a bill
			w.settle(m)
			w.buf.WriteByte(byte(r))
			continue
		}
		// The folding every source applies: Unicode spaces and line
		// separators become a space, invisible characters go, ⟦ ⟧ become [ ].
		switch f := textnorm.FoldRune(w.fold[:0], r); {
		case len(f) == 0:
			// dropped character
		case len(f) == 1 && f[0] == ' ':
			if !w.atLineStart && !w.space {
				w.space, w.spaceMark = true, m
			}
		default:
			w.settle(m)
			w.buf.Write(f)
		}
	}
}

// settle writes the line ends and the space owed before a visible
// character with mark m, and opens a run for m if needed.
func (w *runWriter) settle(m redline.Mark) {
	if w.breaks > 0 {
		w.setMark(redline.None) // line ends are never inside a mark
		w.buf.WriteString("\n\n"[:w.breaks])
		w.breaks = 0
	}
	if w.space {
		sm := redline.None
		if w.spaceMark == m {
			sm = m // a space inside one marked run stays inside it
		}
		w.setMark(sm)
		w.buf.WriteByte(' ')
		w.space = false
	}
	w.setMark(m)
	w.atLineStart = false
}

func (w *runWriter) setMark(m redline.Mark) {
	if n := len(w.marks); n > 0 && w.marks[n-1].mark == m {
		return
	}
	if n := len(w.marks); n > 0 && w.marks[n-1].at == w.buf.Len() {
		w.marks[n-1].mark = m // the previous run is empty: reuse it
		if n > 1 && w.marks[n-2].mark == m {
			w.marks = w.marks[:n-1]
		}
		return
	}
	w.marks = append(w.marks, markStart{w.buf.Len(), m})
}

// newline ends the current line, if anything is on it.
func (w *runWriter) newline() { w.lineBreak(1) }

// blankLine ends the current paragraph with an empty line after it.
func (w *runWriter) blankLine() { w.lineBreak(2) }

func (w *runWriter) lineBreak(n int) {
	w.space = false // trailing spaces are dropped
	if w.buf.Len() == 0 {
		return // no leading blank lines
	}
	w.breaks = max(w.breaks, n)
	w.atLineStart = true
}

// empty reports whether nothing visible was written.
func (w *runWriter) empty() bool { return w.buf.Len() == 0 }

// spans returns the written text as runs of one mark each.
func (w *runWriter) spans() []redline.Span {
	text := w.buf.String()
	out := make([]redline.Span, 0, len(w.marks))
	for i, ms := range w.marks {
		end := len(text)
		if i+1 < len(w.marks) {
			end = w.marks[i+1].at
		}
		if ms.at < end {
			out = append(out, redline.Span{Text: text[ms.at:end], Mark: ms.mark})
		}
	}
	return out
}

// finish returns the plain text and the markup (⟦+…+⟧ / ⟦-…-⟧, package
// redline) of spans; text is the markup without its markers.
func finish(spans []redline.Span) (text, markup string) {
	text = joinSpans(spans)
	if !norm.NFC.IsNormalString(text) {
		// A combining mark opened a run ("e" + a marked "\u0301"): each run
		// was normalized alone, the text as a whole is not.
		spans = composeAcross(spans)
		text = joinSpans(spans)
	}
	return text, redline.Markup(spans)
}

func joinSpans(spans []redline.Span) string {
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// composeAcross moves characters that cannot start a normalization segment
// (combining marks) to the run before them, then normalizes each run: runs
// split at segment boundaries normalize the same apart as together.
func composeAcross(spans []redline.Span) []redline.Span {
	for i := 1; i < len(spans); i++ {
		for spans[i].Text != "" {
			p := norm.NFC.PropertiesString(spans[i].Text)
			if p.BoundaryBefore() {
				break
			}
			spans[i-1].Text += spans[i].Text[:p.Size()]
			spans[i].Text = spans[i].Text[p.Size():]
		}
	}
	var out []redline.Span
	for _, s := range spans {
		s.Text = norm.NFC.String(s.Text)
		switch n := len(out); {
		case s.Text == "":
		case n > 0 && out[n-1].Mark == s.Mark:
			out[n-1].Text += s.Text
		default:
			out = append(out, s)
		}
	}
	return out
}
