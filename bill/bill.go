// Package bill is billwatch's normalized domain model, shaped after Open States
// (bill, actions, sponsorships, versions, documents). Every source produces these
// types; the store, watchlists, feeds and the CLI only ever see these types.
package bill

import (
	"fmt"
	"strings"
	"time"
)

// Bill is one bill or resolution as a source observed it in one scrape.
type Bill struct {
	Jurisdiction   string    `json:"jurisdiction"`   // source id: "vt", "us", "ny", "wa"
	Session        string    `json:"session"`        // the source's own session slug: "2026", "119", "2025-26"
	Identifier     string    `json:"identifier"`     // as the legislature writes it: "H.121", "S 609", "HB 1069"
	Title          string    `json:"title"`          // official title
	Classification []string  `json:"classification"` // bill, resolution, joint resolution, concurrent resolution, constitutional amendment
	Chamber        string    `json:"chamber,omitempty"`
	Subjects       []string  `json:"subjects,omitempty"`
	Abstract       string    `json:"abstract,omitempty"`
	OtherTitles    []Title   `json:"other_titles,omitempty"`
	Sponsors       []Sponsor `json:"sponsors,omitempty"`
	Related        []Related `json:"related,omitempty"`
	Sources        []string  `json:"sources,omitempty"`   // official page URLs
	Citations      []string  `json:"citations,omitempty"` // act / chapter / public law numbers
	Status         string    `json:"status,omitempty"`    // the site's own "last recorded action" or status line

	Actions   []Action  `json:"actions,omitempty"`
	Versions  []Version `json:"versions,omitempty"`
	Documents []Version `json:"documents,omitempty"` // fiscal notes, witness lists, reports: same shape as versions
}

// Title is an alternative title (short, popular, as-introduced...).
type Title struct {
	Type  string `json:"type"`
	Title string `json:"title"`
}

// Sponsor is one sponsorship. Primary separates primary sponsors from cosponsors.
type Sponsor struct {
	Name           string `json:"name"`
	Primary        bool   `json:"primary"`
	Classification string `json:"classification,omitempty"` // "primary", "cosponsor", "committee"
	EntityType     string `json:"entity_type,omitempty"`    // "person" or "organization"
	Withdrawn      string `json:"withdrawn,omitempty"`      // date the sponsorship was withdrawn, YYYY-MM-DD
}

// Related is a link to another bill (companion, same-as, prior-session...).
type Related struct {
	Identifier   string `json:"identifier"`
	Session      string `json:"session,omitempty"`
	Relationship string `json:"relationship"` // companion, prior-session, replaced-by, replaces, related
}

// Action is one entry of a bill's history.
type Action struct {
	Date           string   `json:"date"`              // YYYY-MM-DD (time kept in Time when the source has it)
	Time           string   `json:"time,omitempty"`    // HH:MM:SS when known
	Chamber        string   `json:"chamber,omitempty"` // "lower", "upper", "executive", "legislature"
	Actor          string   `json:"actor,omitempty"`   // committee or body name when given
	Text           string   `json:"text"`
	Order          int      `json:"order"`          // position in the source's history, 0-based
	Classification []string `json:"classification"` // Open States codes; {"other"} when nothing fits
}

// Version is one text version (or one supporting document) of a bill. Its
// text travels separately (store.Observation.Texts): the pipeline fetches URL
// and extracts it.
type Version struct {
	Name      string `json:"name"`           // "As Introduced", "As Passed by House (Official)"
	Date      string `json:"date,omitempty"` // YYYY-MM-DD when known
	URL       string `json:"url"`
	MediaType string `json:"media_type"`      // application/pdf, text/html, application/xml
	Class     string `json:"class,omitempty"` // version: introduced, amendment, enrolled...; document: fiscal-note, witness-list...
}

// ID is the stable string id used everywhere: "vt/2026/H.121".
func (b *Bill) ID() string { return MakeID(b.Jurisdiction, b.Session, b.Identifier) }

// MakeID builds the stable id from its parts. Spaces inside the identifier are
// dropped so that "HB 1069" and "HB1069" name the same bill.
func MakeID(jurisdiction, session, identifier string) string {
	return strings.ToLower(jurisdiction) + "/" + session + "/" + CompactIdentifier(identifier)
}

// CompactIdentifier removes whitespace from a bill identifier and upper-cases it.
func CompactIdentifier(identifier string) string {
	return strings.ToUpper(strings.Join(strings.Fields(identifier), ""))
}

// ParseID splits a stable id into jurisdiction, session and identifier.
func ParseID(id string) (jurisdiction, session, identifier string, err error) {
	parts := strings.SplitN(strings.TrimSpace(id), "/", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", fmt.Errorf("bill id %q: want jurisdiction/session/identifier, e.g. vt/2026/H.121", id)
	}
	return strings.ToLower(parts[0]), parts[1], CompactIdentifier(parts[2]), nil
}

// NormalizeID accepts an id typed by a person ("VT/2026/h.121", "wa/2025-26/HB 1069")
// and returns its canonical form.
func NormalizeID(id string) (string, error) {
	j, s, i, err := ParseID(id)
	if err != nil {
		return "", err
	}
	return j + "/" + s + "/" + i, nil
}

// ParseDate accepts the date layouts legislatures use and returns YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "1/2/2006", "01/02/2006", "2006-01-02T15:04:05", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05", "January 2, 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unrecognised date %q", s)
}
