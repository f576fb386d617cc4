package store

import (
	"time"

	"github.com/billwatch/billwatch/bill"
)

// Observation is everything one scrape learned about one bill. ApplyObservation
// writes it in one transaction, so a crash leaves either all of it or none.
type Observation struct {
	Bill   bill.Bill
	RunID  int64
	SeenAt time.Time
	// Texts holds what the pipeline fetched this run, keyed by version URL.
	// A version without an entry was not re-fetched (unchanged or 304).
	Texts map[string]Text
	// Matches are the watchlist results computed from the bill as it will be
	// after this observation.
	Matches []Match
	// Cache are the HTTP validators of the pages this observation came from;
	// they are committed with the data so that a crash never leaves a
	// validator that would make the next run skip unstored data.
	Cache []CacheEntry
}

// Text is one extraction of a version's document.
type Text struct {
	SHA256    string // of the document bytes
	Text      string
	Markup    string
	Err       string // extraction error; Text is empty then
	FetchedAt time.Time
	Diff      *DiffInfo // redline from the previous version, when one exists
}

// Match is a watchlist result for one bill.
type Match struct {
	Watchlist string     `json:"watchlist"`
	Matched   bool       `json:"matched"`
	Reason    string     `json:"reason"`
	Hits      []MatchHit `json:"hits,omitempty"`
}

// MatchHit says which term matched where.
type MatchHit struct {
	Term    string `json:"term"`
	Group   string `json:"group,omitempty"`
	Field   string `json:"field"`
	Snippet string `json:"snippet"`
}

// CacheEntry is the conditional-request state of one URL.
type CacheEntry struct {
	URL          string
	ETag         string
	LastModified string
	SHA256       string
	FetchedAt    time.Time
}

// ApplyResult reports what an observation changed.
type ApplyResult struct {
	New     bool     // the bill was not stored before
	Changes []Change // change-log rows written, in order
	Rows    int      // rows written in total (0 for an unchanged bill)
}
