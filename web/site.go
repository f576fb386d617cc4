// Package web renders billwatch's pages and feeds: server-rendered HTML with
// embedded assets and no JavaScript, for `billwatch serve` (an HTTP server
// with conditional GET, gzip and caching) and `billwatch publish` (the same
// bytes as static files at the same paths). Site renders any path; Handler
// serves it; Publish writes every path to a directory.
package web

import (
	"cmp"
	"context"
	"errors"
	"time"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
	"github.com/billwatch/billwatch/web/paths"
)

// ErrNotFound is returned by Site.Render for a path that names nothing.
var ErrNotFound = errors.New("page not found")

// errNeedSlash: a directory page asked for without its trailing slash.
var errNeedSlash = errors.New("directory path without trailing slash")

// Options configure a Site.
type Options struct {
	// BaseURL is where the site is reachable (config base_url). Links are
	// absolute under it; root-relative when empty.
	BaseURL    string
	Watchlists *watchlist.Set // watchlists shown and given feeds; nil = built-in ones
	FeedLimit  int            // items per feed (default feeds.DefaultLimit)
	Title      string         // site name (default "billwatch")
	// Recheck is how often, at most, the store is asked whether its data
	// changed (default 1s); between checks rendered pages are served from
	// memory, so a busy feed costs no query per request.
	Recheck time.Duration
	// MaxCache bounds the memory of cached pages, in bytes (default 64 MiB).
	MaxCache int
}

// Site renders every page and feed of one store.
type Site struct {
	st    *store.Store
	opt   Options
	base  paths.Base
	wl    *watchlist.Set
	feeds *feeds.Builder
	pages *pageCache
	diffs *diffCache
}

// New makes a Site. It only reads from st, and is safe for concurrent use
// while a crawl writes to the same database.
func New(st *store.Store, opt Options) *Site {
	if opt.Watchlists == nil {
		opt.Watchlists = watchlist.Default()
	}
	opt.Title = cmp.Or(opt.Title, "billwatch")
	opt.Recheck = cmp.Or(opt.Recheck, time.Second)
	opt.MaxCache = cmp.Or(opt.MaxCache, 64<<20)
	base := paths.Base(opt.BaseURL)
	return &Site{st: st, opt: opt, base: base, wl: opt.Watchlists,
		feeds: &feeds.Builder{Store: st, Base: base, Watchlists: opt.Watchlists, Limit: opt.FeedLimit, SiteTitle: opt.Title},
		pages: newPageCache(opt.MaxCache), diffs: newDiffCache(opt.MaxCache / 4)}
}

// URL is the link to a site path (absolute when a base URL is set).
func (s *Site) URL(path string) string { return s.base.URL(path) }

// Render returns the page at path, from memory when the data has not
// changed since it was rendered.
func (s *Site) Render(ctx context.Context, path string) (*Page, error) {
	gen, err := s.pages.current(ctx, s)
	if err != nil {
		return nil, err
	}
	if p := s.pages.get(path, gen.key); p != nil {
		return p, nil
	}
	body, ctype, err := s.render(ctx, path)
	if err != nil {
		return nil, err
	}
	p := newPage(path, body, ctype, gen.modified)
	s.pages.put(p, gen.key)
	return p, nil
}

// FeedURL is one feed in its three formats.
type FeedURL struct {
	Title string
	Kind  string // "all", "watchlist", "jurisdiction", "bill"
	RSS   string
	Atom  string
	JSON  string
}

// FeedURLs lists every feed with its absolute (or root-relative) URLs, the
// ones people follow first: everything, watchlists, jurisdictions, then bills
// on a watchlist, then the other bills.
func (s *Site) FeedURLs(ctx context.Context) ([]FeedURL, error) {
	cat, err := s.feeds.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	return s.feedURLs(cat), nil
}

// feedURLs is FeedURLs of a catalog.
func (s *Site) feedURLs(cat []feeds.Entry) []FeedURL {
	kinds := [...]string{feeds.All: "all", feeds.Watchlist: "watchlist", feeds.Jurisdiction: "jurisdiction", feeds.Bill: "bill"}
	out := make([]FeedURL, 0, len(cat))
	for _, e := range cat {
		out = append(out, FeedURL{Title: e.Title, Kind: kinds[e.Scope.Kind], RSS: s.URL(e.Scope.Path(feeds.RSS)),
			Atom: s.URL(e.Scope.Path(feeds.Atom)), JSON: s.URL(e.Scope.Path(feeds.JSON))})
	}
	return out
}
