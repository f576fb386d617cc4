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
	juris, err := b.jurisdictions(ctx)
	if err != nil {
		return nil, err
	}
	for _, j := range juris {
		out = append(out, b.entry(Scope{Kind: Jurisdiction, Key: j}, nil))
	}
	rows, err := b.Store.ListBills(ctx, store.BillFilter{})
	if err != nil {
		return nil, fmt.Errorf("feed catalog: %w", err)
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

// jurisdictions are those with bills or runs, sorted.
func (b *Builder) jurisdictions(ctx context.Context) ([]string, error) {
	rows, err := b.Store.ListBills(ctx, store.BillFilter{})
	if err != nil {
		return nil, fmt.Errorf("list jurisdictions: %w", err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, r.Jurisdiction)
	}
	runs, err := b.Store.Runs(ctx, "", 1000)
	if err != nil {
		return nil, fmt.Errorf("list jurisdictions: %w", err)
	}
	for _, r := range runs {
		out = append(out, strings.ToLower(r.Source))
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// entry titles a feed; row is the bill of a bill feed.
func (b *Builder) entry(s Scope, row *store.BillRow) Entry {
	site := b.siteTitle()
	switch s.Kind {
	case Watchlist:
		e := Entry{Scope: s, Followed: true, Title: fmt.Sprintf("%s: %s watchlist", site, b.watchlistTitle(s.Key)),
			Description: "Changes of the bills on the " + b.watchlistTitle(s.Key) + " watchlist, bills joining and leaving it, and source failures."}
		if b.Watchlists != nil {
			if w, ok := b.Watchlists.Lookup(s.Key); ok && w.Description != "" {
				e.Description = Clean(strings.TrimSpace(w.Description))
			}
		}
		return e
	case Jurisdiction:
		return Entry{Scope: s, Followed: true, Title: fmt.Sprintf("%s: %s", site, strings.ToUpper(s.Key)),
			Description: fmt.Sprintf("Every change billwatch observed in bills of %s, and failures of its source.", strings.ToUpper(s.Key))}
	case Bill:
		e := Entry{Scope: s, Title: fmt.Sprintf("%s: %s", site, s.Key)}
		if row != nil {
			e.Title = fmt.Sprintf("%s: %s %s (%s)", site, strings.ToUpper(row.Jurisdiction), row.Identifier, row.Session)
			e.Description = truncate(Clean(row.Title), 300)
			e.Followed = len(row.Watchlists) > 0
		}
		return e
	}
	return Entry{Scope: s, Followed: true, Title: site + ": every change",
		Description: "Every change billwatch observed: new bills, actions, new versions with their redlines, watchlist matches and source failures."}
}

// header checks that a scope exists and fills in its feed's metadata.
func (b *Builder) header(ctx context.Context, s Scope) (*Feed, error) {
	var row *store.BillRow
	switch s.Kind {
	case Watchlist:
		if b.Watchlists != nil {
			if _, ok := b.Watchlists.Lookup(s.Key); !ok {
				return nil, fmt.Errorf("watchlist %q: %w", s.Key, ErrUnknownScope)
			}
		}
	case Jurisdiction:
		js, err := b.jurisdictions(ctx)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(js, s.Key) {
			return nil, fmt.Errorf("jurisdiction %q: %w", s.Key, ErrUnknownScope)
		}
	case Bill:
		rows, err := b.Store.ListBills(ctx, store.BillFilter{ID: s.Key})
		if err != nil {
			return nil, fmt.Errorf("feed of %s: %w", s.Key, err)
		}
		if len(rows) == 0 {
			return nil, fmt.Errorf("bill %q: %w", s.Key, ErrUnknownScope)
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
	return f, nil
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
