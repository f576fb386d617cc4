// Package vtbill lays out bill text the way Vermont bill PDFs are laid out, so
// that the text pipeline can be tested without a real Vermont recording (none
// exists; see shared/docs/sources.md, Vermont). The layout copies the structure
// documented there: a two-line running head ("BILL AS INTRODUCED  H.351" /
// "2025  Page 1 of 14"), a "VT LEG #380662 v.1" tag, and margin line numbers
// 1-21 on every page, each number drawn after its line's text (so raw
// extraction yields numbers at the end of lines, as in the real sample).
package vtbill

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/internal/pdfgen"
)

// Geometry of a page: double-spaced Courier lines between fixed margins.
const (
	LinesPerPage = 21
	CharsPerLine = 72
	bodySize     = 10.0
	bodyLeft     = 108.0
	topLine      = 680.0
	lineGap      = 27.0
	numberRight  = 84.0 // line numbers are right-aligned against this x
	headSize     = 9.0
)

// Paragraph is one block of bill text. Indent is the first-line indent in
// characters (subsections are indented, front matter is not).
type Paragraph struct {
	Text   string
	Indent int
}

// Bill is one printed version of a bill.
type Bill struct {
	Slug    string // biennium slug: "2020" for 2019-2020
	ID      string // "S.124", "H.351"
	Version string // version name as the site lists it: "As Introduced"
	File    string // file name without directory, from the real URL scheme
	Head    string // first head line: "BILL AS INTRODUCED"
	Year    string // year printed under the head
	Tag     string // "VT LEG #380662 v.1"
	Body    []Paragraph
}

// Stats describes a layout, so tests can check that the PDF exercises what it
// should (two or more pages, at least one word hyphenated at a line end).
type Stats struct {
	Pages, Lines, HintSplits, HyphenSplits int
}

// Layout wraps the bill into numbered lines and draws them on pages.
func Layout(b Bill) (*pdfgen.Document, Stats, error) {
	var lines []line
	var st Stats
	for _, p := range b.Body {
		ws, hs, ys := wrap(p.Text, CharsPerLine, p.Indent)
		st.HintSplits += hs
		st.HyphenSplits += ys
		for i, w := range ws {
			indent := 0
			if i == 0 {
				indent = p.Indent
			}
			lines = append(lines, line{text: w, indent: indent})
		}
	}
	if len(lines) == 0 {
		return nil, st, fmt.Errorf("vtbill: %s %s has no text", b.ID, b.Version)
	}
	pages := (len(lines) + LinesPerPage - 1) / LinesPerPage
	doc := &pdfgen.Document{Title: b.ID + " " + b.Version}
	for pg := 0; pg < pages; pg++ {
		page := doc.NewPage()
		drawHead(page, b, pg+1, pages)
		end := min((pg+1)*LinesPerPage, len(lines))
		for i, l := range lines[pg*LinesPerPage : end] {
			y := topLine - float64(i)*lineGap
			x := bodyLeft + float64(l.indent)*pdfgen.CourierWidth*bodySize
			page.Add(pdfgen.Courier, bodySize, x, y, l.text)
			n := strconv.Itoa(i + 1)
			nx := numberRight - float64(len(n))*pdfgen.CourierWidth*bodySize
			page.Add(pdfgen.Courier, bodySize, nx, y, n)
		}
	}
	st.Pages, st.Lines = pages, len(lines)
	return doc, st, nil
}

type line struct {
	text   string
	indent int
}

// drawHead draws the running head and tag; the bill number and page counter
// sit at the right margin like the real head's right-aligned tab stop.
func drawHead(p *pdfgen.Page, b Bill, page, pages int) {
	p.Add(pdfgen.HelveticaBold, headSize, 72, 750, b.Head)
	p.Add(pdfgen.HelveticaBold, headSize, 480, 750, b.ID)
	p.Add(pdfgen.Helvetica, headSize, 72, 738, b.Year)
	p.Add(pdfgen.Helvetica, headSize, 480, 738, fmt.Sprintf("Page %d of %d", page, pages))
	p.Add(pdfgen.Helvetica, 8, 440, 715, b.Tag)
}

// FileName builds the real URL scheme's file name: "S-0124 As Introduced.pdf".
func FileName(id, version string) string {
	prefix, num, ok := strings.Cut(id, ".")
	if !ok {
		return id + " " + version + ".pdf"
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return id + " " + version + ".pdf"
	}
	sep := "-"
	if prefix == "PR" { // "PR0004": proposals of amendment have no dash
		sep = ""
	}
	return fmt.Sprintf("%s%s%04d %s.pdf", prefix, sep, n, version)
}
