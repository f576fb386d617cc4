// Package pdfgen writes small, uncompressed PDF files made only of text lines in
// the standard Type 1 fonts. It exists so tests and the offline demo can carry
// PDFs whose layout we control (Vermont bills have no real recording); it is not
// a general PDF library. Output is byte-for-byte deterministic: no dates, no IDs.
package pdfgen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
)

// Font names one of the standard 14 fonts every PDF reader has built in, so no
// font program has to be embedded.
type Font string

// Fonts pdftotext maps to Unicode through WinAnsiEncoding without help.
const (
	Courier       Font = "Courier"
	CourierBold   Font = "Courier-Bold"
	Helvetica     Font = "Helvetica"
	HelveticaBold Font = "Helvetica-Bold"
	TimesRoman    Font = "Times-Roman"
)

// Letter is the US letter page size in points, the size Vermont bills use.
const (
	LetterWidth  = 612.0
	LetterHeight = 792.0
)

// ErrEmpty is returned when a document has no pages: readers reject such files.
var ErrEmpty = errors.New("pdfgen: document has no pages")

// Text is one run of text drawn with its baseline starting at (X, Y), in points
// from the bottom-left corner of the page.
type Text struct {
	X, Y float64
	Font Font
	Size float64
	S    string
}

// Page is one page; texts are drawn in slice order, which is the order
// non-layout text extraction reads them back in.
type Page struct {
	Width, Height float64
	Texts         []Text
}

// Add appends a text run to the page.
func (p *Page) Add(font Font, size, x, y float64, s string) {
	p.Texts = append(p.Texts, Text{X: x, Y: y, Font: font, Size: size, S: s})
}

// Document is an ordered list of pages plus the Info dictionary title.
type Document struct {
	Title string
	Pages []*Page
}

// NewPage appends an empty letter-size page and returns it for filling.
func (d *Document) NewPage() *Page {
	p := &Page{Width: LetterWidth, Height: LetterHeight}
	d.Pages = append(d.Pages, p)
	return p
}

// Bytes renders the document as a complete PDF 1.4 file.
func (d *Document) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteTo renders the document to w. Objects are numbered: 1 catalog, 2 page
// tree, 3 info, then fonts, then a (page, content) pair per page.
func (d *Document) WriteTo(w io.Writer) (int64, error) {
	if len(d.Pages) == 0 {
		return 0, ErrEmpty
	}
	fonts := d.fontResources()
	ob := newObjectWriter()

	const fontBase = 4
	pageBase := fontBase + len(fonts)
	kids := make([]byte, 0, 16*len(d.Pages))
	for i := range d.Pages {
		kids = append(kids, fmt.Sprintf("%d 0 R ", pageBase+2*i)...)
	}
	ob.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
	ob.add(2, fmt.Sprintf("<< /Type /Pages /Kids [ %s] /Count %d >>", kids, len(d.Pages)))
	title, err := encodeString(d.Title)
	if err != nil {
		return 0, fmt.Errorf("pdfgen: title: %w", err)
	}
	ob.add(3, fmt.Sprintf("<< /Title %s /Producer (billwatch pdfgen) >>", title))

	var fontDict bytes.Buffer
	fontDict.WriteString("<< ")
	for i, f := range fonts {
		ob.add(fontBase+i, fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>", f.font))
		fmt.Fprintf(&fontDict, "/%s %d 0 R ", f.name, fontBase+i)
	}
	fontDict.WriteString(">>")

	for i, p := range d.Pages {
		content, err := p.content(fonts)
		if err != nil {
			return 0, fmt.Errorf("pdfgen: page %d: %w", i+1, err)
		}
		pageObj, contentObj := pageBase+2*i, pageBase+2*i+1
		ob.add(pageObj, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << /Font %s >> /Contents %d 0 R >>",
			num(p.Width), num(p.Height), fontDict.String(), contentObj))
		ob.addStream(contentObj, content)
	}
	return ob.finish(w, 3)
}

type fontResource struct {
	name string // resource name used in content streams: F1, F2, ...
	font Font
}

// fontResources lists the fonts used anywhere, sorted so numbering is stable.
func (d *Document) fontResources() []fontResource {
	seen := map[Font]bool{}
	var names []string
	for _, p := range d.Pages {
		for _, t := range p.Texts {
			if !seen[t.Font] {
				seen[t.Font] = true
				names = append(names, string(t.Font))
			}
		}
	}
	sort.Strings(names)
	out := make([]fontResource, len(names))
	for i, n := range names {
		out[i] = fontResource{name: "F" + strconv.Itoa(i+1), font: Font(n)}
	}
	return out
}

// content renders one page's drawing operators. Each run gets its own BT/ET
// block with an absolute text matrix, so runs are independent of each other.
func (p *Page) content(fonts []fontResource) ([]byte, error) {
	var b bytes.Buffer
	for _, t := range p.Texts {
		name := ""
		for _, f := range fonts {
			if f.font == t.Font {
				name = f.name
			}
		}
		s, err := encodeString(t.S)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "BT /%s %s Tf 1 0 0 1 %s %s Tm %s Tj ET\n", name, num(t.Size), num(t.X), num(t.Y), s)
	}
	return b.Bytes(), nil
}

// num prints a number in the shortest form that reads back exactly, never
// with an exponent (PDF has no exponent syntax); coordinates here are small.
func num(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
