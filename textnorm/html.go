package textnorm

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start and end a paragraph; their text never runs into the
// text of a neighbouring block.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tr: true, atom.Ul: true, atom.Caption: true,
	atom.Body: true, atom.Html: true,
}

// droppedElements hold no document text.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true,
}

// HTMLToText renders an HTML document as plain text: block elements become
// paragraphs separated by a blank line, <br> a line break, table cells are
// separated by a space, scripts/styles/head are dropped, and <pre> keeps its
// line breaks (New York's bill text with line numbers lives in <pre>). The
// result is passed through Clean.
func HTMLToText(r io.Reader) (string, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("textnorm: parse HTML: %w", err)
	}
	var w htmlWriter
	w.walk(doc, false)
	return Clean(w.b.String()), nil
}

type htmlWriter struct {
	b strings.Builder
}

func (w *htmlWriter) walk(n *html.Node, inPre bool) {
	switch n.Type {
	case html.TextNode:
		if inPre {
			w.b.WriteString(n.Data)
		} else {
			// Source line breaks inside flowing text are just spaces.
			w.b.WriteString(squeezeSpace(n.Data))
		}
		return
	case html.ElementNode:
		if droppedElements[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.b.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			w.b.WriteByte(' ')
		case atom.Pre:
			inPre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		w.b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inPre)
	}
	if block {
		w.b.WriteString("\n\n")
	}
}

// squeezeSpace turns every run of whitespace into one space, keeping a space
// at either end so adjacent inline elements do not run together.
func squeezeSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
