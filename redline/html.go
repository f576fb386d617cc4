package redline

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"
)

// Stylesheet styles the HTML renderers. Version changes (<del>/<ins>) get a
// background colour; the bill's own current-law markup gets only a text
// decoration, so the two stay distinguishable when they overlap and in print.
const Stylesheet = `.redline{white-space:pre-wrap;line-height:1.55;overflow-wrap:anywhere}
.redline del.rl-del{background:#fde0dc;color:#7f1d1d;text-decoration:line-through}
.redline ins.rl-ins{background:#d9f2dd;color:#14532d;text-decoration:underline}
.redline .law-struck{text-decoration:line-through;text-decoration-style:double;color:#555}
.redline .law-struck::before{content:"["}
.redline .law-struck::after{content:"]"}
.redline .law-new{text-decoration:underline;text-decoration-style:dotted}
.redline .rl-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.redline-sbs{width:100%;border-collapse:collapse;table-layout:fixed}
.redline-sbs th,.redline-sbs td{vertical-align:top;padding:.25em .5em;border-top:1px solid #ddd;text-align:left}
`

// Visually hidden labels read out by screen readers, since colour and
// strike-through alone say nothing to them.
const (
	srDeleted   = `<span class="rl-sr">deleted text: </span>`
	srInserted  = `<span class="rl-sr">inserted text: </span>`
	srStruckLaw = `<span class="rl-sr">struck from current law: </span>`
	srNewLaw    = `<span class="rl-sr">new text in law: </span>`
)

// HTML renders ops as an HTML fragment: <div class="redline"> with <del> for
// words removed since the old version and <ins> for words added, and spans of
// class law-struck / law-new for the bill's own current-law markup. All text is
// escaped. Pair it with Stylesheet.
func HTML(ops []Op) string {
	var sb strings.Builder
	_ = WriteHTML(&sb, ops)
	return sb.String()
}

// WriteHTML streams HTML to w.
func WriteHTML(w io.Writer, ops []Op) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`<div class="redline">`)
	for _, op := range ops {
		writeOpHTML(bw, op)
	}
	bw.WriteString(`</div>`)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write redline html: %w", err)
	}
	return nil
}

// htmlWriter is what the HTML writers need: strings.Builder and bufio.Writer
// both fit.
type htmlWriter interface {
	WriteString(string) (int, error)
}

func writeOpHTML(sb htmlWriter, op Op) {
	ws, text := splitLeadingSpace(op.Text)
	sb.WriteString(ws)
	if text == "" {
		return
	}
	switch op.Kind {
	case Delete:
		sb.WriteString(`<del class="rl-del">` + srDeleted)
	case Insert:
		sb.WriteString(`<ins class="rl-ins">` + srInserted)
	}
	writeMarked(sb, op.Mark, text)
	switch op.Kind {
	case Delete:
		sb.WriteString(`</del>`)
	case Insert:
		sb.WriteString(`</ins>`)
	}
}

func writeMarked(sb htmlWriter, m Mark, text string) {
	switch m {
	case StruckLaw:
		sb.WriteString(`<span class="law-struck">` + srStruckLaw)
	case NewLaw:
		sb.WriteString(`<span class="law-new">` + srNewLaw)
	}
	sb.WriteString(html.EscapeString(text))
	if m == StruckLaw || m == NewLaw {
		sb.WriteString(`</span>`)
	}
}

// SideBySide renders ops as a two-column table, old version left and new right,
// with a row break at every line break the versions share.
func SideBySide(ops []Op) string {
	var sb, left, right strings.Builder
	sb.WriteString(`<table class="redline redline-sbs"><thead><tr><th scope="col">Old version</th><th scope="col">New version</th></tr></thead><tbody>`)
	flush := func() {
		if left.Len() == 0 && right.Len() == 0 {
			return
		}
		sb.WriteString(`<tr><td>`)
		sb.WriteString(left.String())
		sb.WriteString(`</td><td>`)
		sb.WriteString(right.String())
		sb.WriteString(`</td></tr>`)
		left.Reset()
		right.Reset()
	}
	for _, op := range ops {
		switch op.Kind {
		case Delete:
			writeOpHTML(&left, op)
		case Insert:
			writeOpHTML(&right, op)
		default:
			lines := strings.Split(op.Text, "\n")
			for k, line := range lines {
				if k > 0 {
					flush()
				}
				if line != "" {
					writeMarked(&left, op.Mark, line)
					writeMarked(&right, op.Mark, line)
				}
			}
		}
	}
	flush()
	sb.WriteString(`</tbody></table>`)
	return sb.String()
}

// splitLeadingSpace separates an op's leading separator from its words, so
// markup never starts with (and underlines) a space or line break.
func splitLeadingSpace(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	return s[:i], s[i:]
}
