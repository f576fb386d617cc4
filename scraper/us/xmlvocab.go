package us

// The element vocabularies of bill texts: USLM and GPO's bill DTD.

// uslmNS is the USLM namespace; a root element outside it is GPO's bill DTD.
const uslmNS = "http://schemas.gpo.gov/xml/uslm"

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
