package feeds

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
	"github.com/billwatch/billwatch/web/paths"
)

// DefaultLimit bounds a feed to its newest items: feed readers poll often,
// so a feed only has to reach back to the reader's last visit.
const DefaultLimit = 100

// ErrUnknownScope is returned for a feed of a bill, watchlist or jurisdiction
// that billwatch does not know.
var ErrUnknownScope = errors.New("no such feed")

// Epoch is the channel date of a feed with no items: fixed, so an empty feed
// renders to the same bytes every time.
var Epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Builder builds feeds from a store. It only reads.
type Builder struct {
	Store      *store.Store
	Base       paths.Base     // links; absolute when base_url is configured
	Watchlists *watchlist.Set // titles and jurisdictions of watchlists; nil = names only
	Limit      int            // items per feed; 0 = DefaultLimit
	SiteTitle  string         // "" = "billwatch"
}

// Feed is one built feed.
type Feed struct {
	Scope       Scope
	Title       string
	Description string
	Link        string // the page the feed follows
	Self        map[Format]string
	Updated     time.Time // newest item's date, or Epoch
	Items       []Item
}

// Build loads a feed's newest changes and renders its items.
func (b *Builder) Build(ctx context.Context, s Scope) (*Feed, error) {
	f, err := b.header(ctx, s)
	if err != nil {
		return nil, err
	}
	changes, err := b.changes(ctx, s)
	if err != nil {
		return nil, err
	}
	if f.Items, err = b.Items(ctx, changes); err != nil {
		return nil, err
	}
	f.Updated = Epoch
	if len(f.Items) > 0 {
		f.Updated = f.Items[0].Published
	}
	return f, nil
}

// Items renders changes as items, in the order given.
func (b *Builder) Items(ctx context.Context, changes []store.Change) ([]Item, error) {
	bills := map[string]*billInfo{}
	out := make([]Item, 0, len(changes))
	for _, c := range changes {
		var info *billInfo
		if c.BillID != "" {
			var ok bool
			if info, ok = bills[c.BillID]; !ok {
				var err error
				if info, err = b.bill(ctx, c.BillID); err != nil {
					return nil, err
				}
				bills[c.BillID] = info
			}
		}
		it, err := b.item(c, info)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

func (b *Builder) limit() int { return cmp.Or(b.Limit, DefaultLimit) }

// changes selects the newest changes of a scope, newest first.
func (b *Builder) changes(ctx context.Context, s Scope) ([]store.Change, error) {
	f := store.ChangeFilter{Newest: true, Limit: b.limit()}
	switch s.Kind {
	case Watchlist:
		f.Watchlist = s.Key
	case Jurisdiction:
		f.Jurisdiction = s.Key
	case Bill:
		f.BillID = s.Key
	}
	cs, err := b.Store.Changes(ctx, f)
	if err != nil || s.Kind != Watchlist {
		return cs, err
	}
	// A watchlist's followers must learn when a source they depend on broke,
	// though a failure belongs to no bill.
	fails, err := b.Store.Changes(ctx, store.ChangeFilter{Kinds: []string{store.KindSourceFailed}, Newest: true, Limit: b.limit()})
	if err != nil {
		return nil, err
	}
	juris := b.watchlistJurisdictions(s.Key)
	for _, c := range fails {
		if len(juris) == 0 || slices.Contains(juris, c.Jurisdiction) {
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(x, y store.Change) int { return cmp.Compare(y.ID, x.ID) })
	return cs[:min(len(cs), b.limit())], nil
}

// bill loads what items say about a bill.
func (b *Builder) bill(ctx context.Context, id string) (*billInfo, error) {
	rows, err := b.Store.ListBills(ctx, store.BillFilter{ID: id})
	if err != nil {
		return nil, fmt.Errorf("feed: load bill %s: %w", id, err)
	}
	if len(rows) == 0 {
		return nil, nil // a change of a bill not stored: say what the change says
	}
	info := &billInfo{Row: rows[0]}
	for _, u := range b.Store.Sources(ctx, id) {
		if info.Official = safeURL(u); info.Official != "" {
			break
		}
	}
	if info.Matches, err = b.Store.BillMatches(ctx, id); err != nil {
		return nil, fmt.Errorf("feed: load matches of %s: %w", id, err)
	}
	info.Row.Title, info.Row.Status = Clean(info.Row.Title), Clean(info.Row.Status)
	return info, nil
}

func (b *Builder) url(path string) string { return b.Base.URL(path) }

func (b *Builder) siteTitle() string { return cmp.Or(b.SiteTitle, "billwatch") }

func (b *Builder) watchlistTitle(name string) string {
	if b.Watchlists != nil {
		if w, ok := b.Watchlists.Lookup(name); ok && w.Title != "" {
			return w.Title
		}
	}
	return name
}

func (b *Builder) watchlistJurisdictions(name string) []string {
	if b.Watchlists != nil {
		if w, ok := b.Watchlists.Lookup(name); ok {
			out := make([]string, len(w.Jurisdictions))
			for i, j := range w.Jurisdictions {
				out[i] = strings.ToLower(j)
			}
			return out
		}
	}
	return nil
}
