// Package digest builds and sends the weekly digest email: one message per
// watchlist and recipient that an advocate can read in two minutes — bills
// that newly match, bills that reached a milestone, amended texts with a
// redline excerpt, bills that no longer match, other activity, and an honest
// line about every source that failed or went quiet.
//
// Content comes from the change log only (never from re-scraping). What a
// recipient has already been sent is a cursor on change ids, as GovTrack
// keeps last_event_mailed: a digest covers the changes with
// cursor < id <= the newest id when it was built, and the cursor moves only
// after the SMTP server accepted the message (store.RecordDigestSend). A
// failed send therefore loses nothing and a re-run repeats nothing.
//
// Build turns a window of the change log into a Digest; Render fills the
// plain-text and HTML templates; Compose makes the MIME message; a Service
// puts them together with delivery (Service.Send for the CLI,
// Service.SendDue for the scheduler in `watch`).
package digest

import (
	"html/template"
	"time"
)

// Digest is the content of one digest email, ready for the templates.
type Digest struct {
	Watchlist   string // slug, e.g. "dmv-data"
	Title       string // display name, e.g. "DMV data"
	Description string

	// The change-log window: FromID < change id <= ToID.
	FromID, ToID int64
	// Since is the time the window starts from, for the intro line: the
	// previous digest's send time, the start of a first digest's window, or
	// the explicit --since. Zero when unknown.
	Since     time.Time
	First     bool // no digest was sent to this recipient before
	OneOff    bool // an explicit --since: does not move the cursor
	Generated time.Time

	BaseURL      string // "" when config base_url is unset: no billwatch links
	WatchlistURL string // billwatch's page of the watchlist, when BaseURL is set
	Unsubscribe  string // shown in the footer; the List-Unsubscribe header carries it too

	New      []NewItem     // bills that newly match (new bills and existing ones)
	Moved    []MovedItem   // bills that reached a status milestone
	Amended  []AmendedItem // new or replaced text versions, with redline
	Dropped  []DroppedItem // bills that no longer match
	Other    []OtherItem   // everything else, one entry per bill
	Hearings []Hearing     // upcoming hearings: empty until hearings exist (see UpcomingHearings)
	Sources  SourceReport

	Omitted Omitted // items left out to keep the message short
}

// BillRef is how a bill is shown: identifier, title, sponsor and links.
type BillRef struct {
	ID           string
	Jurisdiction string // "vt"
	Session      string
	Identifier   string // "S.124"
	Title        string
	Sponsor      string // "Sen. Ana Example and 3 cosponsors"; "" when unknown
	Status       string // latest action, "Referred to Committee on Transportation (2026-01-08)"
	OfficialURL  string // the legislature's page (absolute http(s) or "")
	PageURL      string // billwatch's page (absolute, "" without base_url)
}

// NewItem is a bill that newly matches the watchlist.
type NewItem struct {
	Bill    BillRef
	NewBill bool   // first seen in this window (otherwise an existing bill now matches)
	Reason  string // why it matched, from the watchlist explanation
	Term    string // the first matching phrase
	Snippet string // the words around it
	Seen    time.Time
}

// MovedItem is a bill with one or more milestone actions in the window.
type MovedItem struct {
	Bill  BillRef
	Steps []Step
}

// Step is one milestone action.
type Step struct {
	Milestone string // "passed committee", "signed", ...
	Text      string // the legislature's wording
	Date      string // YYYY-MM-DD, as the legislature dates it
	Chamber   string
}

// AmendedItem is a new text version (or a version whose document was replaced).
type AmendedItem struct {
	Bill        BillRef
	Version     string // "As Passed by Senate"
	URL         string // the version's document
	Date        string
	Replaced    bool   // same version name, different document
	From        string // the version it is compared with ("" when none)
	Summary     string // "Sec. 1 amended (+28 −5 words); Sec. 3 added"
	Inserted    int
	Deleted     int
	Unchanged   bool          // compared, and the text is the same
	Excerpt     string        // plain-text redline: [-deleted-] {+inserted+}
	ExcerptHTML template.HTML // the same with inline styles, safe for email
	TextError   string        // the text could not be extracted
	RedlineURL  string        // billwatch's full redline page ("" without base_url)
}

// DroppedItem is a bill that no longer matches.
type DroppedItem struct {
	Bill   BillRef
	Reason string
}

// OtherItem collects a bill's remaining changes: other actions, documents,
// sponsors, titles.
type OtherItem struct {
	Bill  BillRef
	Lines []string
	More  int // lines left out
}

// Omitted counts items left out of each section (the cursor still covers
// them: the message links to where they can be read in full).
type Omitted struct {
	New, Moved, Amended, Dropped, Other int
}

// Any reports whether anything was left out.
func (o Omitted) Any() bool { return o.New+o.Moved+o.Amended+o.Dropped+o.Other > 0 }

// HasChanges reports whether the window held anything about the watchlist's
// bills or a source failure. Staleness alone is not a change.
func (d *Digest) HasChanges() bool {
	c := d.Counts()
	return c.Moved+c.New+c.Amended+c.Dropped+c.Other > 0 || len(d.Sources.Failures) > 0
}
