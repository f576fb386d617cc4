package wa

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/billwatch/billwatch/redline"
)

// htmDocument renders a lawfilesext HTM document: one <div> per paragraph,
// struck text in <span style="text-decoration:line-through;"> wrapped in
// literal "((" "))", new text underlined. The result matches xmlDocument's
// rendering of the same version (tested on 2SHB 1210), so a version stored
// from either format diffs cleanly against the other.
func htmDocument(body []byte) ([]redline.Span, error) {
	doc, err := html.Parse(bytes.NewReader(bytes.TrimPrefix(body, utf8BOM)))
	if err != nil {
		return nil, fmt.Errorf("bill HTM: %w", err)
	}
	b := findBody(doc)
	if b == nil {
		return nil, errors.New("bill HTM: no <body>")
	}
	w := newRunWriter()
	skipping := isEnrollment(b)
	for c := b.FirstChild; c != nil; c = c.NextSibling {
		if skipping {
			// The enrolling certificate runs up to the first rule; see skippedElements.
			skipping = !(c.Type == html.ElementNode && c.DataAtom == atom.Hr)
			continue
		}
		htmWalk(w, c, redline.None)
	}
	if w.empty() {
		return nil, errors.New("bill HTM: no text")
	}
	return moveParensIntoStrikes(w.spans()), nil
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// isEnrollment reports whether the document opens with the enrolling
// certificate of a passed-legislature or session-law print.
func isEnrollment(body *html.Node) bool {
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return strings.TrimSpace(nodeText(c)) == "CERTIFICATION OF ENROLLMENT"
		}
	}
	return false
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(nodeText(c))
	}
	return sb.String()
}

// htmBlocks are the elements that start their own line.
var htmBlocks = map[atom.Atom]bool{atom.Div: true, atom.P: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Table: true, atom.Hr: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true}

func htmWalk(w *runWriter, n *html.Node, mark redline.Mark) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, mark)
		return
	case html.ElementNode:
	default:
		return // comments, doctype
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Head:
		return
	case atom.Span:
		style := strings.ToLower(attrOf(n, "style"))
		switch {
		case strings.Contains(style, "line-through"):
			mark = redline.StruckLaw
		case strings.Contains(style, "underline") && strings.TrimSpace(nodeText(n)) != "NEW SECTION.":
			// underlined text is new law; the "NEW SECTION." label is only a label
			mark = redline.NewLaw
		}
	}
	block := htmBlocks[n.DataAtom]
	if block {
		text := strings.TrimSpace(nodeText(n))
		if text == "--- END ---" {
			return // the print's end rule; the XML has no counterpart
		}
		if n.DataAtom == atom.Div && startsSection(n) {
			w.blankLine()
		} else {
			w.newline()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		htmWalk(w, c, mark)
	}
	if block {
		w.newline()
	}
	if n.DataAtom == atom.Span && gapAfter(attrOf(n, "style")) {
		w.text(" ", redline.None) // "By" + margin + sponsors reads "By House ..."
	}
}

// gapAfter reports whether an inline style leaves visible space after the element.
func gapAfter(style string) bool {
	style = strings.ToLower(style)
	return strings.Contains(style, "margin-right") || strings.Contains(style, "padding-right")
}

// startsSection reports whether a div opens a bill section: the legislature
// marks those with a "field: BeginningSection" comment.
func startsSection(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.CommentNode {
			return strings.TrimSpace(c.Data) == "field: BeginningSection"
		}
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return false
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// moveParensIntoStrikes moves the printed "((" and "))" around struck text
// into the struck runs, as xmlDocument writes them.
func moveParensIntoStrikes(rs []redline.Span) []redline.Span {
	for i := range rs {
		if rs[i].Mark != redline.StruckLaw {
			continue
		}
		// The print has no space inside the parentheses; a link that opens
		// the struck text in the HTM brings one ("(( 69.50 RCW))").
		if i > 0 && rs[i-1].Mark == redline.None && strings.HasSuffix(rs[i-1].Text, "((") {
			rs[i-1].Text = strings.TrimSuffix(rs[i-1].Text, "((")
			rs[i].Text = "((" + strings.TrimPrefix(rs[i].Text, " ")
		}
		if i+1 < len(rs) && rs[i+1].Mark == redline.None && strings.HasPrefix(rs[i+1].Text, "))") {
			rs[i+1].Text = strings.TrimPrefix(rs[i+1].Text, "))")
			rs[i].Text = strings.TrimSuffix(rs[i].Text, " ") + "))"
		}
	}
	// Runs left empty go; their neighbours may then share a mark and merge.
	var out []redline.Span
	for _, r := range rs {
		switch n := len(out); {
		case r.Text == "":
		case n > 0 && out[n-1].Mark == r.Mark:
			out[n-1].Text += r.Text
		default:
			out = append(out, r)
		}
	}
	return out
}
