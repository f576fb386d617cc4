package store

import (
	"encoding/json"
	"time"
)

// Change kinds written to the change log.
const (
	KindNewBill        = "new_bill"      // first observation of a bill
	KindTitle          = "title_changed" // official title edited
	KindAbstract       = "abstract_changed"
	KindSponsors       = "sponsors_changed"
	KindMetadata       = "metadata_changed" // subjects, classification, related bills, citations...
	KindAction         = "action"           // a new action in the history
	KindActionRemoved  = "action_removed"   // an action that disappeared from the site
	KindActionRestored = "action_restored"  // ...and came back
	KindVersion        = "version"          // a new text version
	KindVersionChanged = "version_changed"  // a version's document changed at the same URL
	KindDocument       = "document"         // a new supporting document
	KindMatch          = "watch_match"      // the bill newly matches a watchlist
	KindUnmatch        = "watch_unmatch"    // the bill no longer matches a watchlist
	KindBillRemoved    = "bill_removed"     // gone from a healthy, complete bill list
	KindSourceFailed   = "source_failed"    // a run of a source failed (bill_id is empty)
)

// Change is one row of the change log.
type Change struct {
	ID           int64           `json:"id"`
	BillID       string          `json:"bill_id,omitempty"`
	Jurisdiction string          `json:"jurisdiction"`
	Kind         string          `json:"kind"`
	Summary      string          `json:"summary"`
	Details      json.RawMessage `json:"details"`
	SeenAt       time.Time       `json:"seen_at"`
	RunID        int64           `json:"run_id,omitempty"`
}

// ActionDetails is Change.Details for KindAction, KindActionRemoved and KindActionRestored.
type ActionDetails struct {
	Date           string   `json:"date"`
	Chamber        string   `json:"chamber,omitempty"`
	Text           string   `json:"text"`
	Classification []string `json:"classification"`
	Milestone      string   `json:"milestone,omitempty"`
}

// VersionDetails is Change.Details for KindVersion, KindVersionChanged and KindDocument.
type VersionDetails struct {
	VersionID int64     `json:"version_id"`
	Name      string    `json:"name"`
	URL       string    `json:"url"`
	Date      string    `json:"date,omitempty"`
	TextError string    `json:"text_error,omitempty"`
	Diff      *DiffInfo `json:"diff,omitempty"`
}

// DiffInfo summarises the redline from the previous version to this one.
type DiffInfo struct {
	FromVersionID int64  `json:"from_version_id"`
	From          string `json:"from"`
	Summary       string `json:"summary"`
	Inserted      int    `json:"inserted"`
	Deleted       int    `json:"deleted"`
	Excerpt       string `json:"excerpt,omitempty"` // plain-text redline excerpt
	ExcerptHTML   string `json:"excerpt_html,omitempty"`
}

// MatchDetails is Change.Details for KindMatch and KindUnmatch.
type MatchDetails struct {
	Watchlist string     `json:"watchlist"`
	Reason    string     `json:"reason"`
	Hits      []MatchHit `json:"hits,omitempty"`
}

// FieldDetails is Change.Details for title, abstract, sponsors and metadata changes.
type FieldDetails struct {
	Fields []string `json:"fields,omitempty"`
	Old    string   `json:"old,omitempty"`
	New    string   `json:"new,omitempty"`
	Added  []string `json:"added,omitempty"`
	Gone   []string `json:"removed,omitempty"`
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("store: marshal change details: " + err.Error()) // only plain structs reach here
	}
	return string(b)
}
