package redline

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// uslmBlocks are the USLM elements that start a new line in the extracted text:
// the structural levels, and the block parts of a level (chapeau, content...).
// Everything else (num, heading of a section, inline, ref, i) flows inline, so
// "Sec. 101." starts its line and is followed by its text.
var uslmBlocks = map[string]bool{
	"preface": true, "main": true, "longTitle": true, "enactingFormula": true,
	"division": true, "subdivision": true, "title": true, "subtitle": true, "part": true, "subpart": true,
	"chapter": true, "subchapter": true, "section": true, "subsection": true, "paragraph": true,
	"subparagraph": true, "clause": true, "subclause": true, "item": true, "subitem": true,
	"appropriations": true, "chapeau": true, "continuation": true, "p": true, "quotedContent": true,
	"toc": true, "tocItem": true, "signatures": true, "signature": true, "attestation": true,
	"endorsement": true, "action": true, "br": true, "slugLine": true, "congress": true,
	"session": true, "currentChamber": true, "docTitle": true, "officialTitle": true,
	"actionDescription": true,
}

// uslmSpaced end with a space: GPO writes "<num>TITLE I</num><heading>…" with
// nothing between the two.
var uslmSpaced = map[string]bool{"num": true, "heading": true, "date": true}

// uslmText extracts the readable text of a USLM bill (test-only helper; the
// Congress source has its own extractor): metadata and display="no" elements
// are skipped, block elements become line breaks.
func uslmText(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var sb strings.Builder
	skip := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || t.Name.Local == "meta" || hasAttr(t, "display", "no") {
				skip++
				continue
			}
			if uslmBlocks[t.Name.Local] {
				sb.WriteByte('\n')
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			if uslmBlocks[t.Name.Local] {
				sb.WriteByte('\n')
			} else if uslmSpaced[t.Name.Local] {
				sb.WriteByte(' ')
			}
		case xml.CharData:
			if skip == 0 {
				sb.Write(t)
			}
		}
	}
	return sb.String(), nil
}

func hasAttr(t xml.StartElement, name, value string) bool {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Value == value {
			return true
		}
	}
	return false
}

func readUSLM(tb testing.TB, name string) string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "uslm", name))
	if err != nil {
		tb.Fatal(err)
	}
	text, err := uslmText(bytes.NewReader(raw))
	if err != nil {
		tb.Fatalf("extract %s: %v", name, err)
	}
	return text
}

func TestUSLMTextStartsSectionsOnTheirOwnLine(t *testing.T) {
	text := readUSLM(t, "h264_eh.XML")
	if !strings.Contains(text, "\nSec. 101. ") {
		t.Errorf("want a line starting with Sec. 101.; got %q", text[:min(len(text), 600)])
	}
	if strings.Contains(text, "GPO XPub") {
		t.Errorf("metadata leaked into text")
	}
}
