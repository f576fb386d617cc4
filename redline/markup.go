package redline

import "strings"

// The private inline markup the sources emit for the legislature's own change
// marks. The brackets (U+27E6, U+27E7) do not occur in bill text, so the
// convention cannot collide with real punctuation such as "[" or "{".
const (
	OpenNewLaw     = "⟦+"
	CloseNewLaw    = "+⟧"
	OpenStruckLaw  = "⟦-"
	CloseStruckLaw = "-⟧"
)

// Span is a run of bill text with one Mark.
type Span struct {
	Text string `json:"text"`
	Mark Mark   `json:"mark,omitempty"`
}

// ParseMarkup splits text into spans by the ⟦+…+⟧ / ⟦-…-⟧ markers, which are
// removed. Markers do not nest; a "⟦" not followed by "+" or "-" is ordinary
// text; an opening marker without its closing marker runs to the end of the text
// (a truncated document keeps its mark rather than leaking marker characters).
// Empty spans are dropped and neighbours with the same mark are merged.
func ParseMarkup(text string) []Span {
	var spans []Span
	for _, sg := range markupSegments(text) {
		s := text[sg.start:sg.end]
		if n := len(spans); n > 0 && spans[n-1].Mark == sg.mark {
			spans[n-1].Text += s
			continue
		}
		spans = append(spans, Span{Text: s, Mark: sg.mark})
	}
	return spans
}

// segment is a byte range of a text with one mark, markers excluded.
type segment struct {
	start, end int
	mark       Mark
}

// markupSegments finds the marked ranges of text without copying it; empty
// ranges are left out. ParseMarkup and the tokenizer share it.
func markupSegments(text string) []segment {
	var segs []segment
	add := func(start, end int, m Mark) {
		if start < end {
			segs = append(segs, segment{start, end, m})
		}
	}
	plainStart := 0
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "⟦")
		if j < 0 {
			break
		}
		j += i
		rest := text[j+len("⟦"):]
		var mark Mark
		var closer string
		switch {
		case strings.HasPrefix(rest, "+"):
			mark, closer = NewLaw, CloseNewLaw
		case strings.HasPrefix(rest, "-"):
			mark, closer = StruckLaw, CloseStruckLaw
		default:
			i = j + len("⟦")
			continue
		}
		add(plainStart, j, None)
		bodyStart := j + len(OpenNewLaw)
		end := strings.Index(text[bodyStart:], closer)
		if end < 0 {
			add(bodyStart, len(text), mark)
			return segs
		}
		add(bodyStart, bodyStart+end, mark)
		i = bodyStart + end + len(closer)
		plainStart = i
	}
	add(plainStart, len(text), None)
	return segs
}

// StripMarkup returns text without the ⟦+ +⟧ ⟦- -⟧ markers (the marked words
// stay), which is the text the version diff compares.
func StripMarkup(text string) string {
	if !strings.Contains(text, "⟦") {
		return text
	}
	var sb strings.Builder
	sb.Grow(len(text))
	for _, s := range ParseMarkup(text) {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// Markup writes spans back in the ⟦+…+⟧ / ⟦-…-⟧ convention; it is the inverse
// of ParseMarkup for well-formed input and what a source calls after converting
// its own markup (NY <B><U>/<S>, USLM or Washington insert/strike) into spans.
func Markup(spans []Span) string {
	var sb strings.Builder
	for _, s := range spans {
		switch s.Mark {
		case NewLaw:
			sb.WriteString(OpenNewLaw)
			sb.WriteString(s.Text)
			sb.WriteString(CloseNewLaw)
		case StruckLaw:
			sb.WriteString(OpenStruckLaw)
			sb.WriteString(s.Text)
			sb.WriteString(CloseStruckLaw)
		default:
			sb.WriteString(s.Text)
		}
	}
	return sb.String()
}

// Inputs chooses what to diff between two versions that may each carry the
// legislature's markup next to their plain text: the markup when both carry
// it (the redline then also shows what each strikes from or adds to current
// law), otherwise the plain texts, so that one side's law marks never appear
// without the other's. The word diff is the same either way.
func Inputs(oldText, oldMarkup, newText, newMarkup string) (from, to string, markup bool) {
	if oldMarkup != "" && newMarkup != "" {
		return oldMarkup, newMarkup, true
	}
	return oldText, newText, false
}
