package feeds

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
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
	f, row, err := b.header(ctx, s)
	if err != nil {
		return nil, err
	}
	changes, err := b.Changes(ctx, s)
	if err != nil {
		return nil, err
	}
	bills := map[string]*billInfo{}
	if row != nil { // a bill's feed: header has just read its row
		if bills[row.ID], err = b.billInfo(ctx, *row); err != nil {
			return nil, err
		}
	}
	if f.Items, err = b.items(ctx, changes, bills); err != nil {
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
	return b.items(ctx, changes, map[string]*billInfo{})
}

// items renders changes as items, loading each bill once; bills holds the
// bills already loaded, by id.
func (b *Builder) items(ctx context.Context, changes []store.Change, bills map[string]*billInfo) ([]Item, error) {
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

// Changes selects the changes a scope's feed shows, newest first: at most
// Limit of them. It does not check that the scope exists (Build does): an
// unknown one has no changes, or, for a watchlist, only source failures.
func (b *Builder) Changes(ctx context.Context, s Scope) ([]store.Change, error) {
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
	w := b.watchlist(s.Key)
	for _, c := range fails {
		if w == nil || w.Watches(c.Jurisdiction) {
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
	return b.billInfo(ctx, rows[0])
}

// billInfo adds to a bill's row its official page and watchlist matches.
func (b *Builder) billInfo(ctx context.Context, row store.BillRow) (*billInfo, error) {
	info := &billInfo{Row: row, Official: OfficialURL(b.Store.Sources(ctx, row.ID))}
	var err error
	if info.Matches, err = b.Store.BillMatches(ctx, row.ID); err != nil {
		return nil, fmt.Errorf("feed: load matches of %s: %w", row.ID, err)
	}
	info.Row.Title, info.Row.Status = Clean(info.Row.Title), Clean(info.Row.Status)
	return info, nil
}

func (b *Builder) url(path string) string { return b.Base.URL(path) }

func (b *Builder) siteTitle() string { return cmp.Or(b.SiteTitle, "billwatch") }

// watchlist is the configured watchlist called name, or nil.
func (b *Builder) watchlist(name string) *watchlist.Watchlist {
	if b.Watchlists == nil {
		return nil
	}
	w, _ := b.Watchlists.Lookup(name)
	return w
}

// WatchlistTitle is a watchlist's display title, or its name when it has
// none (or is not configured).
func (b *Builder) WatchlistTitle(name string) string {
	if w := b.watchlist(name); w != nil && w.Title != "" {
		return w.Title
	}
	return name
}
