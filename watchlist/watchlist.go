// Package watchlist matches bills against named topic watchlists and says why
// each one matched: which terms, in which field or text version, with a short
// snippet. Watchlists are configured in TOML; the default one, "dmv-data",
// follows shared/docs/topic-dmv-data.md (the project's shared material) and is built in.
//
// A watchlist matches a document when any of these holds:
//   - its id is listed in Bills (always, whatever the jurisdiction filter);
//   - one Any phrase occurs anywhere;
//   - every All group has a phrase within Near words of the others, in one
//     version text or in the summary (the title counts as near everything in
//     the abstract), and no None phrase occurs in the title or abstract.
//
// Phrases compare after normalization (case, apostrophes, hyphens, simple
// plurals, British spellings); see tokenize.go.
//
// Watchlists and sets are immutable once built and safe for concurrent use.
package watchlist

import "strconv"

// DefaultNear is the co-occurrence window of All groups, in words.
const DefaultNear = 60

// Watchlist is one named topic. Fields are read-only once the watchlist is
// built by Parse, Load, Default or NewSet.
type Watchlist struct {
	Name          string   // slug, unique within a set
	Title         string   // display name, e.g. "DMV data"
	Description   string   // what the topic covers, for people
	Jurisdictions []string // if set, only documents of these jurisdictions match (Bills excepted)
	Bills         []string // canonical bill ids that always match
	Any           []string // phrases that match alone
	All           []Group  // every group must match within Near words
	None          []string // title/abstract phrases that veto an All-only match
	Near          int      // window for All, in words
	Recipients    []string // e-mail addresses for the digest

	index *index // this watchlist's phrases alone, for Watchlist.Match
}

// Group is one of the All phrase groups. Name labels its hits in
// explanations ("records", "use"); unnamed groups are called "group N".
type Group struct {
	Name    string
	Phrases []string
}

// Doc is what a watchlist looks at: a bill's summary fields and the text of
// every version.
type Doc struct {
	ID           string `json:"id"`
	Jurisdiction string `json:"jurisdiction,omitempty"` // derived from ID when empty
	Title        string `json:"title,omitempty"`
	Abstract     string `json:"abstract,omitempty"`
	Texts        []Text `json:"texts,omitempty"`
}

// Text is the text of one version of a bill.
type Text struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// Result is the outcome of matching one document against one watchlist.
// It is deterministic: the same inputs give the same hits and reason, so a
// stored result only changes when the match really changes.
type Result struct {
	ID        string `json:"id"` // the document's id
	Watchlist string `json:"watchlist"`
	Matched   bool   `json:"matched"`
	Hits      []Hit  `json:"hits,omitempty"`
	Reason    string `json:"reason"`
}

// Hit is one piece of evidence for (or, when vetoed, against) a match.
type Hit struct {
	Term    string `json:"term"`    // the configured phrase or bill id
	Group   string `json:"group"`   // "bills", "any", an All group's name, or "none"
	Field   string `json:"field"`   // "id", "title", "abstract" or "version:<name>"
	Snippet string `json:"snippet"` // about 20 words around the hit, whitespace collapsed
}

// Match matches d against this watchlist alone. To match many watchlists,
// use Set.Match, which reads each text once for all of them.
func (w *Watchlist) Match(d Doc) Result {
	return w.index.matchDoc(&d, 0)
}

// groupName is the label of All group i in explanations.
func (w *Watchlist) groupName(i int) string {
	if w.All[i].Name != "" {
		return w.All[i].Name
	}
	return "group " + strconv.Itoa(i+1)
}
