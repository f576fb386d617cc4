// Package textnorm turns bill documents into clean, stable plain text for
// storage and version diffs: PDF to text through poppler's pdftotext, HTML to
// text, a Vermont normalizer that removes running heads, "VT LEG" tags and
// margin line numbers and unwraps lines into paragraphs, and generic helpers
// (StripLineNumbers, Clean) that other sources and the diff engine share.
//
// Every function here is deterministic: the same input always yields the same
// bytes, so an unchanged bill never shows up as a changed version.
package textnorm
