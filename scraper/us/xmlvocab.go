package us

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// The element vocabularies of bill texts: USLM and GPO's bill DTD.

// uslmNS is the USLM namespace of GPO's bill versions.
const uslmNS = "http://schemas.gpo.gov/xml/uslm"

// IsUSLM reports whether ns is a USLM namespace: GPO's bill versions use
// uslmNS, the House's documents http://xml.house.gov/schemas/uslm/1.0, and
// versions of the schema change the tail. A root element outside USLM is
// GPO's bill DTD, which has no namespace. The text extractor and the file
// sniffer of `billwatch diff` (LooksLikeUSLM) both decide with it, so a
// document the sniffer sends here is read as USLM, amendatory marks and all.
func IsUSLM(ns string) bool { return strings.Contains(ns, "/uslm") }

// LooksLikeUSLM reports whether body is an XML document whose root element
// is in a USLM namespace (IsUSLM): the test xmlText makes, rather than the
// namespace's name anywhere in the file (an HTML page may well mention it).
func LooksLikeUSLM(body []byte) bool {
	if t := bytes.TrimLeft(body, " \t\r\n\ufeff"); len(t) == 0 || t[0] != '<' {
		return false // not XML: do not scan a long text or a PDF as character data
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = utf8Only
	dec.Entity = xml.HTMLEntity
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if t, ok := tok.(xml.StartElement); ok {
			return IsUSLM(t.Name.Space)
		}
	}
}

// blockElements start and end a line. USLM: the structural levels and the
// block parts of a level and of the preface; bill DTD: the same levels plus
// its form and body containers. Everything else (num/enum, heading/header,
// content, inline, ref, quotedText) flows, so "SEC. 2. Short title." starts
// its line. Both vocabularies share names (section, paragraph, title...).
var blockElements = map[string]bool{
	// USLM
	"preface": true, "main": true, "longTitle": true, "enactingFormula": true, "resolvingClause": true,
	"preamble": true, "recital": true, "level": true,
	"division": true, "subdivision": true, "title": true, "subtitle": true, "part": true, "subpart": true,
	"chapter": true, "subchapter": true, "section": true, "subsection": true, "paragraph": true,
	"subparagraph": true, "clause": true, "subclause": true, "item": true, "subitem": true,
	"appropriations": true, "chapeau": true, "continuation": true, "p": true, "quotedContent": true,
	"toc": true, "tocItem": true, "signatures": true, "signature": true, "attestation": true,
	"endorsement": true, "action": true, "actionDescription": true, "br": true, "congress": true,
	"session": true, "currentChamber": true, "docTitle": true, "officialTitle": true,
	"enrolledDateline": true, "relatedDocument": true, "table": true, "tr": true, "caption": true,
	// bill DTD
	"form": true, "legis-body": true, "resolution-body": true, "quoted-block": true, "toc-entry": true,
	"official-title": true, "legis-type": true, "legis-num": true, "current-chamber": true,
	"action-desc": true, "attestation-group": true, "attestor": true, "enrolled-dateline": true,
	"appropriations-major": true, "appropriations-intermediate": true, "appropriations-small": true,
	"whereas": true, "row": true,
}

// runIn blocks continue the line of their level's number ("(3) not to
// exceed...") and end it.
var runIn = map[string]bool{"chapeau": true}

// spacedElements end with a space: GPO writes "<num>TITLE I</num><heading>"
// with nothing between the two, and table cells abut.
var spacedElements = map[string]bool{"num": true, "heading": true, "date": true, "enum": true, "header": true,
	"td": true, "th": true, "entry": true, "text": true}

// skippedElements hold no printed bill text: metadata, and the printer's
// slug line and distribution code, which differ between versions of the
// same text and would show up as spurious changes.
var skippedElements = map[string]bool{"meta": true, "metadata": true, "slugLine": true, "distributionCode": true,
	"distribution-code": true}
