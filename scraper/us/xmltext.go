package us

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/billwatch/billwatch/textnorm"
)

// frame is one open element.
type frame struct {
	name    string
	block   bool
	pending byte // amendingAction seen in this element: '+' or '-' for its next quote
	mark    byte // this element is a marked quote
	prefix  bool // DTD section enum: print "SEC." before it
}

type xmlWalker struct {
	out    strings.Builder
	stack  []frame
	skip   int
	dtd    bool
	root   bool
	marked bool // inside a marked quote (marks do not nest)
	marks  int
}

// xmlText extracts the printed text of a USLM or bill-DTD document, and the
// same text with amendatory marks (empty when the document marks none).
func xmlText(body []byte) (string, string, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = utf8Only
	dec.Entity = xml.HTMLEntity // the bill DTD uses named entities such as &mdash;
	w := &xmlWalker{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			w.start(t)
		case xml.EndElement:
			w.end()
		case xml.CharData:
			w.chars(t)
		}
	}
	if !w.root {
		return "", "", errors.New("no XML element")
	}
	text, markup := finish(w.out.String(), w.marks > 0)
	return text, markup, nil
}

func (w *xmlWalker) start(t xml.StartElement) {
	if w.skip > 0 || skippedElements[t.Name.Local] || attr(t, "display") == "no" {
		w.skip++
		return
	}
	if !w.root {
		w.root, w.dtd = true, !IsUSLM(t.Name.Space)
	}
	f := frame{name: t.Name.Local, block: blockElements[t.Name.Local] || hasClass(t, "block")}
	if f.block && !runIn[f.name] {
		w.out.WriteByte('\n')
	}
	var parent *frame
	if n := len(w.stack); n > 0 {
		parent = &w.stack[n-1]
	}
	if f.name == "heading" && parent != nil && parent.name == "appropriations" {
		f.block = true // appropriations headings are lines of their own in print
	}
	switch {
	case w.dtd:
		f.prefix = f.name == "enum" && parent != nil && parent.name == "section"
	case f.name == "amendingAction" && parent != nil:
		parent.pending = amendingMark(attr(t, "type"))
	case (f.name == "quotedText" || f.name == "quotedContent") && parent != nil && parent.pending != 0 && !w.marked:
		f.mark, parent.pending = parent.pending, 0
		if f.mark == amendPending {
			if f.name != "quotedContent" {
				f.mark = 0
				break
			}
			f.mark = '+'
		}
		w.marked = true
		w.marks++
		w.out.WriteString(openMark(f.mark))
	}
	w.stack = append(w.stack, f)
}

func (w *xmlWalker) end() {
	if w.skip > 0 {
		w.skip--
		return
	}
	if len(w.stack) == 0 {
		return
	}
	f := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	if f.mark != 0 {
		w.out.WriteString(closeMark(f.mark))
		w.marked = false
	}
	switch {
	case f.block:
		w.out.WriteByte('\n')
	case spacedElements[f.name]:
		w.out.WriteByte(' ')
	}
}

func (w *xmlWalker) chars(b []byte) {
	if w.skip > 0 || len(w.stack) == 0 {
		return
	}
	s := string(b)
	if f := &w.stack[len(w.stack)-1]; f.prefix && strings.TrimSpace(s) != "" {
		f.prefix = false
		if !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(s)), "SEC") {
			w.out.WriteString("SEC. ")
		}
	}
	w.out.WriteString(charReplacer.Replace(s))
}

// charReplacer: line breaks come from the elements, so the file's own line
// breaks are only spaces. The mark brackets are reserved for markup and bill
// text never has them: they fold as every source folds them
// (textnorm.FoldRune). The rest of that folding is textnorm.Clean's, in
// finish.
var charReplacer = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ",
	"⟦", folded('⟦'), "⟧", folded('⟧'))

func folded(r rune) string { return string(textnorm.FoldRune(nil, r)) }

// amendPending: an "is amended"/"amending ... to read as follows" action
// marks only a following quoted block (the new provision); a quoted phrase
// after it names what is amended, not new law.
const amendPending = 'a'

// amendingMark: USLM types the verb of amendatory language. The text quoted
// right after "inserting" or "adding" goes into the law, the text quoted right
// after "striking" comes out of it. Only the first quote after the verb is
// marked: a second one ("inserting “X” after “Y”", "striking “X” and all that
// follows through “Y”") locates the change and USLM does not type it.
func amendingMark(typ string) byte {
	switch typ {
	case "insert", "add", "substitute":
		return '+'
	case "amend":
		return amendPending
	case "delete", "strike", "repeal":
		return '-'
	}
	return 0
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func hasClass(t xml.StartElement, class string) bool {
	for _, c := range strings.Fields(attr(t, "class")) {
		if c == class {
			return true
		}
	}
	return false
}
