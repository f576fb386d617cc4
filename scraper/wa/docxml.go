package wa

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/billwatch/billwatch/redline"
)

// DocumentNS is the namespace of Washington's bill, session-law and
// amendment XML on lawfilesext.leg.wa.gov.
const DocumentNS = "http://leg.wa.gov/2012/document"

// The XML is a drafting format, not a page: billwatch renders it the way the
// printed bill (and the legislature's own HTM) reads. Elements are blocks
// (their own line) unless listed as inline here.
var inlineElements = map[string]bool{
	"TextRun": true, "Value": true, "Hyphen": true, "BillSectionNumber": true, "SectionCite": true,
	"ChapterCite": true, "TitleCite": true, "UncodCite": true, "TitleNumber": true, "ChapterNumber": true,
	"SectionNumber": true, "RepealNumber": true, "Message": true, "PLSession": true,
}

// skippedElements are not printed in the bill text (the HTM omits them too):
// the enrolling certificate (a signature page whose facts, chapter and dates,
// are the bill's actions; keeping it would make every PL→SL diff show
// signatures), the RCW caption, history and annotations carried along with an
// amended section, and the heading's short id, brief description and
// "as amended by" note (whose printed wording no recording shows).
var skippedElements = map[string]bool{
	"EnrollingCertificate": true, "Caption": true, "History": true, "RCWNoteSection": true,
	"ShortBillId": true, "BriefDescription": true, "AsAmended": true, "Col": true,
}

// documentRoots are the root elements of the documents this parser knows.
var documentRoots = map[string]bool{"CertifiedBill": true, "Bill": true, "Amendment": true}

var errNotDocument = errors.New("not a Washington bill document")

// xmlDocument renders a lawfilesext XML document (BOM and CRLF tolerated).
// amendingStyle runs become change marks: "add" is new law; "strike" is
// struck law, printed in double parentheses, which stay inside the mark so
// that dropping the struck runs leaves the amended law clean;
// "strikemarkleft"/"strikemarkright" open and close a strike spanning
// paragraphs; "strikemarknone" is struck text whose parentheses are elsewhere.
func xmlDocument(body []byte) ([]redline.Span, error) {
	dec := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, utf8BOM)))
	w := newRunWriter()
	var stack []xmlFrame
	skip := 0 // depth inside a skipped element
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("bill XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 && (t.Name.Space != DocumentNS || !documentRoots[t.Name.Local]) {
				return nil, fmt.Errorf("%w: root element <%s> in namespace %q", errNotDocument, t.Name.Local, t.Name.Space)
			}
			f := xmlFrame{name: t.Name.Local, mark: currentMark(stack)}
			if skip > 0 || skippedElements[f.name] {
				skip++
				stack = append(stack, f)
				continue
			}
			f.open(w, t, stack)
			stack = append(stack, f)
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, fmt.Errorf("bill XML: unbalanced </%s>", t.Name.Local)
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if skip > 0 {
				skip--
				continue
			}
			f.close(w)
		case xml.CharData:
			if skip == 0 && len(stack) > 0 {
				w.text(string(t), currentMark(stack))
			}
		}
	}
	if len(stack) != 0 {
		return nil, fmt.Errorf("bill XML: document ends inside <%s>", stack[len(stack)-1].name)
	}
	if w.empty() {
		return nil, fmt.Errorf("%w: no root element or no text", errNotDocument)
	}
	return w.spans(), nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// xmlFrame is one open element: its name, the change mark its text carries,
// and what to write when it closes.
type xmlFrame struct {
	name   string
	mark   redline.Mark
	block  bool
	suffix string // text written (with mark) when the element closes
	isNew  bool   // a BillSection of type "new": its header prints "NEW SECTION."
}

func currentMark(stack []xmlFrame) redline.Mark {
	if len(stack) == 0 {
		return redline.None
	}
	return stack[len(stack)-1].mark
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// open writes what an element's start contributes.
func (f *xmlFrame) open(w *runWriter, t xml.StartElement, stack []xmlFrame) {
	var parent xmlFrame
	if len(stack) > 0 {
		parent = stack[len(stack)-1]
	}
	switch style := attr(t, "amendingStyle"); style {
	case "add":
		f.mark = redline.NewLaw
	case "strike", "strikemarkleft", "strikemarkright", "strikemarknone":
		f.mark = redline.StruckLaw
		if style == "strike" || style == "strikemarkleft" {
			w.text("((", f.mark)
		}
		if style == "strike" || style == "strikemarkright" {
			f.suffix = "))"
		}
	}
	switch {
	case f.name == "Hyphen":
		w.text("-", f.mark)
	case f.name == "P" && parent.name == "BillSectionHeader":
		w.text(" ", f.mark) // a new section's first paragraph runs on from "Sec. 1."
	case f.name == "PLSession":
		w.text(" - ", f.mark)
	case parent.name == "AmendTitle":
		w.text(" ", f.mark) // an amendment's title is one line: "1069 AMS SALD S3166.1"
	case inlineElements[f.name]:
	case f.name == "BillSection":
		f.block, f.isNew = true, attr(t, "type") == "new"
		w.blankLine()
	case f.name == "BillSectionHeader":
		f.block = true
		w.newline()
		if parent.isNew {
			w.text("NEW SECTION. ", redline.None)
		}
	case f.name == "AmendSection" || f.name == "AmendItem" || f.name == "Effect":
		f.block = true
		w.blankLine()
	case f.name == "EnactedClause":
		f.block = true
		w.newline()
		w.text("BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:", redline.None)
	case f.name == "Legislature":
		f.block = true
		w.newline()
		w.text("State of Washington", redline.None)
		w.newline()
	case f.name == "Sponsors" && parent.name == "BillHeading":
		f.block = true
		w.newline()
		w.text("By ", redline.None)
	default:
		f.block = true
		w.newline()
	}
}

func (f *xmlFrame) close(w *runWriter) {
	if f.suffix != "" {
		w.text(f.suffix, f.mark)
	}
	if f.block {
		w.newline()
	}
}
