package feeds

import (
	"encoding/json"
	"html/template"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// Item is one change, ready for a feed or a page.
type Item struct {
	ID        string    // permanent id (ItemID)
	Title     string    // plain text
	Link      string    // billwatch's page about the change (bill page anchor, or the sources page)
	Official  string    // the legislature's page (or document) it concerns, when known
	Published time.Time // Change.SeenAt in UTC
	HTML      string    // content: sanitized HTML
	Text      string    // the same in plain text (RSS description, Atom summary, JSON content_text)
	Change    store.Change
}

// billInfo is what items say about their bill, loaded once per render.
type billInfo struct {
	Row      store.BillRow
	Official string
	Matches  []store.Match
}

// failure is Change.Details of a source_failed change.
type failure struct {
	Session string   `json:"session"`
	Message string   `json:"message"`
	Errors  []string `json:"errors"`
}

// why is one watchlist a bill currently matches, for "why it matched".
type why struct {
	Watchlist string
	Reason    string
	Hits      []store.MatchHit
}

// view is the data of the item template.
type view struct {
	Summary   string
	Kind      string
	Bill      *billInfo
	BillURL   string
	Official  string
	Action    *store.ActionDetails
	Version   *store.VersionDetails
	DiffURL   string
	Redline   template.HTML
	Match     *store.MatchDetails
	Field     *store.FieldDetails
	Failure   *failure
	Why       []why
	Sources   string
	DocLabel  string
	Watchlist func(string) string
}

// maxTitle bounds item titles: summaries of big redlines list many sections.
const maxTitle = 200

// maxErrors bounds the errors listed for a failed run.
const maxErrors = 5

// newView decodes a change's details into the template's view.
func (b *Builder) newView(c store.Change, info *billInfo) view {
	v := view{Summary: Clean(c.Summary), Kind: c.Kind, Bill: info, Sources: b.url(paths.Sources),
		Watchlist: b.WatchlistTitle}
	if info != nil {
		v.BillURL = b.url(paths.Bill(c.BillID))
		v.Official = info.Official
		for _, m := range info.Matches {
			if m.Matched {
				v.Why = append(v.Why, why{Watchlist: m.Watchlist, Reason: m.Reason, Hits: firstHits(m.Hits, 2)})
			}
		}
	}
	switch c.Kind {
	case store.KindAction, store.KindActionRemoved, store.KindActionRestored:
		v.Action = decode[store.ActionDetails](c.Details)
	case store.KindVersion, store.KindVersionChanged, store.KindDocument:
		v.Version = DecodeVersion(c)
		if v.Version != nil {
			v.DocLabel = "Document"
			if c.Kind != store.KindDocument {
				v.DocLabel = "Version"
			}
			if p := DiffPath(c.BillID, v.Version); p != "" {
				v.DiffURL = b.url(p)
			}
			if d := v.Version.Diff; d != nil && d.ExcerptHTML != "" {
				v.Redline = template.HTML(SanitizeRedline(d.ExcerptHTML, ForFeed))
			}
		}
	case store.KindMatch, store.KindUnmatch:
		v.Match = decode[store.MatchDetails](c.Details)
		if v.Match != nil {
			v.Match.Hits = firstHits(v.Match.Hits, 4)
			v.Why = nil // the item itself says why
		}
	case store.KindTitle, store.KindAbstract, store.KindSponsors, store.KindMetadata:
		v.Field = decode[store.FieldDetails](c.Details)
	case store.KindSourceFailed:
		v.Failure = decode[failure](c.Details)
		if v.Failure != nil && len(v.Failure.Errors) > maxErrors {
			v.Failure.Errors = v.Failure.Errors[:maxErrors]
		}
	}
	return v
}

func decode[T any](raw json.RawMessage) *T {
	var v T
	if len(raw) == 0 || json.Unmarshal(raw, &v) != nil {
		return nil
	}
	return &v
}

func firstHits(h []store.MatchHit, n int) []store.MatchHit {
	if len(h) > n {
		return h[:n]
	}
	return h
}

// title is the item's title: the change summary with its jurisdiction.
func title(c store.Change) string {
	t := strings.Join(strings.Fields(Clean(c.Summary)), " ") // one line: readers show titles in lists
	if c.Jurisdiction != "" {
		t = "[" + strings.ToUpper(c.Jurisdiction) + "] " + t
	}
	return truncate(t, maxTitle)
}

// truncate cuts s to at most n runes, at a space when one is near.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return cut + "…"
}
