// Package redline computes readable redlines between two versions of a bill's
// text: a word diff that ignores whitespace and line breaks, a per-section report
// (unchanged, amended, added, removed, moved) with a one-line summary, and
// renderers for HTML, plain text and JSON.
//
// Bill text may carry the legislature's own change markup in the private inline
// convention ⟦+…+⟧ (text the bill inserts into current law) and ⟦-…-⟧ (text the
// bill strikes from current law); see ParseMarkup. The version-to-version diff
// compares the markup-free words, and each Op keeps the markup of its words so a
// renderer can show "struck from current law" apart from "changed since the last
// version".
//
// Use:
//
//	r := redline.Diff(old.Text, new.Text)   // or the versions' Markup, when kept
//	r.Summary                               // "Sec. 2 amended (+41 −12 words); Sec. 5 added"
//	redline.WriteHTML(w, r.Ops)             // page CSS: redline.Stylesheet
//	redline.WriteText(w, r.Ops)             // "[-struck-]{+inserted+}"
//	redline.JSON(r)                         // stable field names
//	redline.HTML(redline.Excerpt(r, 40))    // a snippet for feeds and the digest
//
// The package is pure: no I/O, no store, no network. Work is bounded (see
// engine.go): a 10 MB or fully shuffled input finishes well within a second.
package redline

import "strings"

// Kind says whether an Op's words are common to both versions, only in the new
// one, or only in the old one.
type Kind uint8

// The three kinds of Op.
const (
	Equal Kind = iota
	Insert
	Delete
)

var kindNames = [...]string{Equal: "equal", Insert: "insert", Delete: "delete"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Mark is the legislature's own markup on a piece of bill text, relative to the
// current law (not to the previous version of the bill).
type Mark uint8

// The marks a Span or Op can carry.
const (
	None      Mark = iota
	NewLaw         // the bill inserts this text into current law (NY <B><U>, ⟦+…+⟧)
	StruckLaw      // the bill strikes this text from current law (NY <S>, ⟦-…-⟧)
)

var markNames = [...]string{None: "", NewLaw: "new_law", StruckLaw: "struck_law"}

func (m Mark) String() string {
	if int(m) < len(markNames) {
		return markNames[m]
	}
	return "unknown"
}

// Op is one run of words of the same Kind and Mark. Text is markup-free and keeps
// its leading separator (" ", "\n" or "\n\n") except at the very start, so that
// concatenating the Equal and Insert texts gives the new version, and the Equal
// and Delete texts give the old one (Equal text is spelled as in the new version).
type Op struct {
	Kind Kind   `json:"op"`
	Text string `json:"text"`
	Mark Mark   `json:"mark,omitempty"`
}

// Stats counts words (whitespace-separated tokens) of the redline as shown, that
// is after coalescing: a word merged into a replacement counts as deleted and
// inserted, not as unchanged.
type Stats struct {
	Inserted  int `json:"inserted"`
	Deleted   int `json:"deleted"`
	Unchanged int `json:"unchanged"`
	// MarkChanged counts unchanged words whose current-law markup differs between
	// the versions (for example a word the old version struck from current law and
	// the new version keeps). The redline shows them as unchanged.
	MarkChanged int `json:"mark_changed,omitempty"`
}

// Result is the redline between an old and a new version.
type Result struct {
	Ops      []Op            `json:"ops"`
	Sections []SectionChange `json:"sections"`
	Stats    Stats           `json:"stats"`
	Summary  string          `json:"summary"`
	// Coarse is true when the inputs were too dissimilar (or too large) for a
	// word-exact alignment within the work bound, so some regions are shown as a
	// whole deletion followed by a whole insertion. The ops are still correct.
	Coarse bool `json:"coarse,omitempty"`
}

// Changed reports whether the versions differ in any word.
func (r Result) Changed() bool { return r.Stats.Inserted > 0 || r.Stats.Deleted > 0 }

// Options tunes Diff. The zero value means the defaults.
type Options struct {
	// CoalesceWords is the longest unchanged run (in words) that is folded into
	// the surrounding edits when it sits between two of them. Default 2; negative
	// disables coalescing.
	CoalesceWords int
	// MaxSummarySections caps how many sections the Summary names before it says
	// "and N more". Default 8.
	MaxSummarySections int
}

const (
	defaultCoalesceWords = 2
	defaultMaxSummary    = 8
)

func (o Options) withDefaults() Options {
	if o.CoalesceWords == 0 {
		o.CoalesceWords = defaultCoalesceWords
	}
	if o.MaxSummarySections <= 0 {
		o.MaxSummarySections = defaultMaxSummary
	}
	return o
}

// Diff computes the redline from oldText to newText with the default options.
// Both texts may carry ⟦+…+⟧ / ⟦-…-⟧ markup. It never panics and its work is
// bounded: pathological inputs come back Coarse instead of slow.
func Diff(oldText, newText string) Result {
	return DiffWith(oldText, newText, Options{})
}

// DiffWith is Diff with options.
func DiffWith(oldText, newText string, opt Options) (r Result) {
	defer func() {
		// Scraped text is untrusted input; a bug must not take the pipeline
		// down with it. Fuzzing found none left, but the result of last resort
		// says plainly that it is one.
		if p := recover(); p != nil {
			r = wholeReplacement(oldText, newText)
		}
	}()
	opt = opt.withDefaults()
	a, b, in := tokenizePair(oldText, newText)
	p := pairSections(a, b)
	d, budget := alignedDiff(a, b, p, in.counts)
	hs := buildHunks(d.ca, d.cb)
	if opt.CoalesceWords > 0 {
		hs = coalesce(hs, a, b, opt.CoalesceWords)
	}
	markSame(hs, a, b, in.keys)
	r = Result{Coarse: d.coarse}
	r.Ops, r.Stats = renderOps(hs, a, b)
	r.Sections = reportSections(a, b, p, hs, in.counts, budget)
	r.Summary = summarize(r.Sections, r.Stats, opt.MaxSummarySections)
	return r
}

// wholeReplacement is the result of last resort: the old text deleted and the
// new one inserted, whole, with a summary that says why.
func wholeReplacement(oldText, newText string) Result {
	r := Result{Coarse: true, Summary: "Redline unavailable (internal error): both versions shown whole"}
	if w := strings.Fields(StripMarkup(oldText)); len(w) > 0 {
		r.Ops = append(r.Ops, Op{Kind: Delete, Text: strings.Join(w, " ")})
		r.Stats.Deleted = len(w)
	}
	if w := strings.Fields(StripMarkup(newText)); len(w) > 0 {
		text := strings.Join(w, " ")
		if len(r.Ops) > 0 {
			text = "\n\n" + text
		}
		r.Ops = append(r.Ops, Op{Kind: Insert, Text: text})
		r.Stats.Inserted = len(w)
	}
	return r
}
