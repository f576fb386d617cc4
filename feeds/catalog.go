package feeds

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// Entry is one feed of the catalog.
type Entry struct {
	Scope       Scope
	Title       string
	Description string
	Followed    bool // all, watchlists, jurisdictions, and bills currently on a watchlist
}

// Catalog lists every feed: everything, each configured watchlist, each
// jurisdiction with bills or crawl runs, and each bill (those currently on a
// watchlist first), in a stable order.
func (b *Builder) Catalog(ctx context.Context) ([]Entry, error) {
	out := []Entry{b.entry(Everything, nil)}
	if b.Watchlists != nil {
		for _, name := range b.Watchlists.Names() {
			out = append(out, b.entry(Scope{Kind: Watchlist, Key: name}, nil))
		}
	}
	rows, err := b.Store.ListBills(ctx, store.BillFilter{})
	if err != nil {
		return nil, fmt.Errorf("feed catalog: %w", err)
	}
	juris, err := b.Store.Jurisdictions(ctx)
	if err != nil {
		return nil, fmt.Errorf("feed catalog: %w", err)
	}
	for _, j := range juris {
		out = append(out, b.entry(Scope{Kind: Jurisdiction, Key: j}, nil))
	}
	slices.SortStableFunc(rows, func(x, y store.BillRow) int {
		if (len(x.Watchlists) > 0) != (len(y.Watchlists) > 0) {
			if len(x.Watchlists) > 0 {
				return -1
			}
			return 1
		}
		return strings.Compare(x.ID, y.ID)
	})
	for i := range rows {
		out = append(out, b.entry(Scope{Kind: Bill, Key: rows[i].ID}, &rows[i]))
	}
	return out, nil
}

// hasJurisdiction reports whether the catalog lists jurisdiction j.
func (b *Builder) hasJurisdiction(ctx context.Context, j string) (bool, error) {
	juris, err := b.Store.Jurisdictions(ctx)
	return slices.Contains(juris, j), err
}

// Title is the title of a scope's feed, as the pages that link to it give
// it. A bill's comes from its id; the feed itself, once its bill's row is
// read, names the bill by its identifier as stored.
func (b *Builder) Title(s Scope) string {
	site := b.siteTitle()
	switch s.Kind {
	case Watchlist:
		return site + ": " + b.WatchlistTitle(s.Key) + " watchlist"
	case Jurisdiction:
		return site + ": " + strings.ToUpper(s.Key)
	case Bill:
		return site + ": " + BillLabel(s.Key)
	}
	return site + ": every change"
}

// BillLabel is "VT S.124 (2020)" from the bill id "vt/2020/S.124".
func BillLabel(id string) string {
	parts := strings.SplitN(id, "/", 3)
	if len(parts) != 3 {
		return id
	}
	return strings.ToUpper(parts[0]) + " " + parts[2] + " (" + parts[1] + ")"
}

// entry titles a feed; row is the bill of a bill feed.
func (b *Builder) entry(s Scope, row *store.BillRow) Entry {
	e := Entry{Scope: s, Title: b.Title(s), Followed: true}
	switch s.Kind {
	case Watchlist:
		e.Description = "Changes of the bills on the " + b.WatchlistTitle(s.Key) + " watchlist, bills joining and leaving it, and source failures."
		if w := b.watchlist(s.Key); w != nil && w.Description != "" {
			e.Description = Clean(strings.TrimSpace(w.Description))
		}
	case Jurisdiction:
		e.Description = fmt.Sprintf("Every change billwatch observed in bills of %s, and failures of its source.", strings.ToUpper(s.Key))
	case Bill:
		e.Followed = false
		if row != nil {
			e.Title = fmt.Sprintf("%s: %s %s (%s)", b.siteTitle(), strings.ToUpper(row.Jurisdiction), row.Identifier, row.Session)
			e.Description = truncate(Clean(row.Title), 300)
			e.Followed = len(row.Watchlists) > 0
		}
	default:
		e.Description = "Every change billwatch observed: new bills, actions, new versions with their redlines, watchlist matches and source failures."
	}
	return e
}

// header checks that a scope exists and fills in its feed's metadata; for a
// bill's feed it returns the bill's row too.
func (b *Builder) header(ctx context.Context, s Scope) (*Feed, *store.BillRow, error) {
	var row *store.BillRow
	switch s.Kind {
	case Watchlist:
		if b.Watchlists != nil && b.watchlist(s.Key) == nil {
			return nil, nil, fmt.Errorf("watchlist %q: %w", s.Key, ErrUnknownScope)
		}
	case Jurisdiction:
		ok, err := b.hasJurisdiction(ctx, s.Key)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			return nil, nil, fmt.Errorf("jurisdiction %q: %w", s.Key, ErrUnknownScope)
		}
	case Bill:
		rows, err := b.Store.ListBills(ctx, store.BillFilter{ID: s.Key})
		if err != nil {
			return nil, nil, fmt.Errorf("feed of %s: %w", s.Key, err)
		}
		if len(rows) == 0 {
			return nil, nil, fmt.Errorf("bill %q: %w", s.Key, ErrUnknownScope)
		}
		row = &rows[0]
	}
	e := b.entry(s, row)
	f := &Feed{Scope: s, Title: e.Title, Description: e.Description, Link: b.url(PagePath(s)), Self: map[Format]string{}}
	if f.Description == "" {
		f.Description = f.Title
	}
	for _, format := range Formats {
		f.Self[format] = b.url(s.Path(format))
	}
	return f, row, nil
}

// PagePath is the billwatch page a feed follows.
func PagePath(s Scope) string {
	switch s.Kind {
	case Watchlist:
		return paths.Watchlist(s.Key)
	case Jurisdiction:
		return paths.Jurisdiction(s.Key)
	case Bill:
		return paths.Bill(s.Key)
	}
	return paths.Home
}

// IsUnknown reports whether err means the feed does not exist.
func IsUnknown(err error) bool { return errors.Is(err, ErrUnknownScope) }
