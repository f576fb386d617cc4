// Package textnorm turns bill documents into clean, stable plain text for
// storage and version diffs: PDF to text through poppler's pdftotext, HTML to
// text, a Vermont normalizer that removes running heads, "VT LEG" tags and
// margin line numbers and unwraps lines into paragraphs, and generic helpers
// that other sources and the diff engine share: StripLineNumbers, Clean and
// NormalizePDFText for whole texts; FoldRune, the character folding of every
// source; CollapseSpaces for one-line fields; CountWords, KnownSpelling and
// HyphenSplit for re-joining words hyphenated at line ends.
//
// Every function here is deterministic: the same input always yields the same
// bytes, so an unchanged bill never shows up as a changed version.
package textnorm
