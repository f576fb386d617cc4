package ny

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/billwatch/billwatch/redline"
	"golang.org/x/net/html"
)

// line is one printed line: its page and its runs of text, each with the
// print's change mark.
type line struct {
	page  int
	spans []redline.Span
}

func (l line) plain() string {
	var sb strings.Builder
	for _, s := range l.spans {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// htmlLines reads the LBDC print: the text of its <pre> blocks, one page per
// block (or per <p class="brk"> inside one block, as OpenLegislation
// regenerates it), with <u> as new matter and <s> as struck matter. Reading
// stops at the first text or rule after the print (a bill page goes on with
// the sponsor's memo in another <pre>).
func htmlLines(src string) ([]line, error) {
	r := printReader{}
	z := html.NewTokenizer(strings.NewReader(src))
	for !r.stopped {
		switch z.Next() {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return r.finish()
			}
			return nil, fmt.Errorf("read HTML print: %w", z.Err())
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			r.start(string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		case html.TextToken:
			r.text(string(z.Text()))
		}
	}
	return r.finish()
}

type printReader struct {
	lines        []line
	cur          line
	pre, u, s    int  // open <pre>, <u>, <s> elements
	blocks       int  // <pre> blocks seen
	closed       bool // a <pre> block has ended
	pendingBreak bool // a page break waits for the next text
	raw          bool // inside <style> or <script>
	stopped      bool
}

func (r *printReader) start(name string) {
	switch name {
	case "pre":
		if r.blocks > 0 {
			r.pendingBreak = true
		}
		r.blocks++
		r.pre++
	case "p":
		if r.blocks > 0 {
			r.pendingBreak = true
		}
	case "u", "ins":
		r.u++
	case "s", "strike", "del":
		r.s++
	case "br":
		if r.pre > 0 {
			r.newline()
		}
	case "hr", "center", "table", "div":
		if r.closed && r.pre == 0 {
			r.stopped = true
		}
	case "style", "script":
		r.raw = true
	}
}

func (r *printReader) end(name string) {
	switch name {
	case "pre":
		if r.pre > 0 {
			r.pre--
		}
		r.closed = r.closed || r.pre == 0
	case "u", "ins":
		r.u = max(r.u-1, 0)
	case "s", "strike", "del":
		r.s = max(r.s-1, 0)
	case "style", "script":
		r.raw = false
	}
}

func (r *printReader) text(t string) {
	switch {
	case r.raw:
		return
	case r.pre == 0:
		if r.closed && strings.TrimFunc(t, isSpace) != "" {
			r.stopped = true
		}
		return
	}
	if r.pendingBreak {
		if len(r.cur.spans) > 0 {
			r.newline()
		}
		r.cur.page++
		r.pendingBreak = false
	}
	mark := redline.None
	switch {
	case r.s > 0:
		mark = redline.StruckLaw
	case r.u > 0:
		mark = redline.NewLaw
	}
	t = strings.ReplaceAll(strings.ReplaceAll(t, "\r\n", "\n"), "\r", "\n")
	for i, part := range strings.Split(t, "\n") {
		if i > 0 {
			r.newline()
		}
		if part != "" {
			r.cur.spans = append(r.cur.spans, redline.Span{Text: part, Mark: mark})
		}
	}
}

func (r *printReader) newline() {
	r.lines = append(r.lines, r.cur)
	r.cur = line{page: r.cur.page}
}

func (r *printReader) finish() ([]line, error) {
	if r.blocks == 0 {
		return nil, errNoPre
	}
	if len(r.cur.spans) > 0 {
		r.newline()
	}
	return r.lines, nil
}

// plainLines reads a plain-text print (texts before 2017): one page, no marks.
func plainLines(src string) []line {
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	var out []line
	page := 0
	for _, l := range strings.Split(src, "\n") {
		for i, part := range strings.Split(l, "\f") {
			if i > 0 {
				page++
			}
			out = append(out, line{page: page, spans: []redline.Span{{Text: part}}})
		}
	}
	return out
}

// isSpace counts the no-break space (&nbsp; between LBDC page blocks) as space.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }
