package textnorm

import (
	"strings"

	"github.com/billwatch/billwatch/internal/lazyre"
	"golang.org/x/text/unicode/norm"
)

// Vermont bill PDFs carry, on every page, a running head such as
//
//	BILL AS INTRODUCED                     H.351
//	2025                                   Page 1 of 14
//
// (or "BILL AS PASSED BY THE HOUSE AND SENATE", "AS PASSED BY HOUSE AND
// SENATE", ...), a "VT LEG #380662 v.1" tag, and margin line numbers 1-21.
// Extraction puts the numbers at the start of each line (pdftotext -layout),
// at the end of each line, sometimes glued to the last word ("use1"), or as a
// block of number-only lines; some extractors also drop all spaces
// ("BILLASPASSEDBYTHEHOUSE", "Page1of74"). These patterns tolerate all of it.
const vtBillID = `(?:J\.R\.[HS]|[HS]\.C\.R|[HS]\.R|PR|H|S)\.\s?\d{1,4}`

const (
	vtHeadWords = `(?:BILL\s*)?AS\s*(?:INTRODUCED|PASSED|ADOPTED|ENACTED|AMENDED|REPORTED)` +
		`(?:\s*(?:BY|BOTH|THE|HOUSE|SENATE|AND|IN|CONCURRENCE|COMMITTEE|OF|CONFERENCE))*`
	vtYearPage = `(?:(?:19|20)\d{2}|No\.\s*\d+)?[ \t]*Page\s*\d+\s*of\s*\d+`
	vtTagText  = `VT\s*LEG\s*#\s*\d+\s*v\.\s*\d+`
	// A line that may follow a head's title line within the head.
	vtHeadRest = `(?:\n[ \t]*(?:` + vtYearPage + `|(?:19|20)\d{2}|` + vtTagText + `)?[ \t]*$)`
)

var (
	// A whole head in reading order; it may directly follow the text of the
	// previous page's last line ("...to read: 20 BILL AS INTRODUCED H.351").
	vtHeadFull = lazyre.New(vtHeadWords + `\s*` + vtBillID + `\s*(?:19|20)\d{2}\s*Page\s*\d+\s*of\s*\d+`)
	// A head whose parts come on separate lines in another order. The bill
	// number alone is taken as part of the head only when the title line
	// lacks it: on page 1 the bill number is also the first line of text.
	vtHeadWithID = lazyre.New(`(?m)^[ \t]*` + vtHeadWords + `[ \t]*` + vtBillID + `[ \t]*$` + vtHeadRest + `*`)
	vtHeadNoID   = lazyre.New(`(?m)^[ \t]*` + vtHeadWords + `[ \t]*$` + vtHeadRest + `*` +
		`(?:\n[ \t]*` + vtBillID + `[ \t]*$)?` + vtHeadRest + `*`)
	vtHeadPage = lazyre.New(`(?m)^[ \t]*` + vtYearPage + `[ \t]*$`)
	vtTag      = lazyre.New(vtTagText)
)

// Vermont turns the text of a Vermont bill PDF (from PDFToText, another
// pdftotext mode, or a third party's extraction) into clean paragraphs: page
// heads, VT LEG tags and margin line numbers are removed, words hyphenated
// across a line break are re-joined, lines are unwrapped, and a paragraph
// break is kept before each section ("Sec. 3.", "§ 2."), "* * *" heading,
// subsection marker ("(a)") and front-matter item ("Subject:"). Paragraphs
// are separated by one blank line; there is no trailing newline.
func Vermont(raw string) string {
	s := fold(raw, foldOptions{keepFormFeed: true, keepSoftHyphen: true})
	// A head starts a page, so it becomes a page break: numbering restarts.
	// Page breaks get lines of their own so that line-anchored patterns see
	// a head that pdftotext printed right after its form feed.
	s = strings.ReplaceAll(s, "\f", "\n\f\n")
	for _, head := range []*lazyre.Regexp{vtHeadFull, vtHeadWithID, vtHeadNoID, vtHeadPage} {
		s = head.ReplaceAllString(s, "\n\f\n")
	}
	s = vtTag.ReplaceAllString(s, " ")

	var lines []string
	for _, page := range strings.Split(s, "\f") {
		lines = append(lines, stripVTPageNumbers(page)...)
	}
	text := unwrap(lines)
	if !isASCII(text) {
		// fold normalized before it dropped characters (and unwrap drops
		// soft hyphens): a letter may now stand before the combining mark it
		// composes with. Stored text is NFC, as Clean's.
		text = norm.NFC.String(text)
	}
	return text
}
