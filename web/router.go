package web

import (
	"context"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/web/paths"
)

// Content types of what the site serves.
const (
	typeHTML = "text/html; charset=utf-8"
	typeCSS  = "text/css; charset=utf-8"
	typeOPML = "text/x-opml; charset=utf-8"
)

// pass is what renders of many paths in a row (a Publish) share: the feed
// catalog, which Paths, both OPML files and the feeds page list, and the
// feed last built, since Paths lists a feed's formats one after another and
// each is rendered from the same built feed. A lone render (serve) gets an
// empty pass.
type pass struct {
	cat  []feeds.Entry
	feed *feeds.Feed
}

// catalog is the feed catalog, read on first use.
func (p *pass) catalog(ctx context.Context, s *Site) ([]feeds.Entry, error) {
	if p.cat == nil {
		cat, err := s.feeds.Catalog(ctx)
		if err != nil {
			return nil, err
		}
		p.cat = cat
	}
	return p.cat, nil
}

// build is the feed of scope, built unless it is the one built last.
func (p *pass) build(ctx context.Context, s *Site, scope feeds.Scope) (*feeds.Feed, error) {
	if p.feed == nil || p.feed.Scope != scope {
		f, err := s.feeds.Build(ctx, scope)
		if err != nil {
			return nil, err
		}
		p.feed = f
	}
	return p.feed, nil
}

// render dispatches a path to its renderer.
func (s *Site) render(ctx context.Context, path string) ([]byte, string, error) {
	return s.renderIn(ctx, path, &pass{})
}

// renderIn renders a path as part of a pass.
func (s *Site) renderIn(ctx context.Context, path string, ps *pass) ([]byte, string, error) {
	switch path {
	case paths.Home:
		return s.html(s.home(ctx))
	case paths.Sources:
		return s.html(s.sources(ctx))
	case paths.Feeds:
		return s.html(s.feedsPage(ctx, ps))
	case paths.OPML, paths.OPMLAll:
		body, err := s.opml(ctx, ps, path == paths.OPML)
		return body, typeOPML, err
	case paths.Stylesheet:
		return stylesheet, typeCSS, nil
	case notFoundPath:
		return s.html(s.notFound())
	}
	if scope, format, err := feeds.ParsePath(path); err == nil {
		body, err := s.feed(ctx, ps, scope, format)
		return body, format.ContentType(), err
	}
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	dir := strings.HasSuffix(path, "/")
	if dir {
		segs = segs[:len(segs)-1]
	}
	switch {
	case len(segs) == 2 && segs[0] == "watchlists":
		return s.dirPage(dir, func() (*pageData, error) { return s.watchlistPage(ctx, segs[1]) })
	case len(segs) == 2 && segs[0] == "jurisdictions":
		return s.dirPage(dir, func() (*pageData, error) { return s.jurisdictionPage(ctx, segs[1]) })
	case len(segs) == 4 && segs[0] == "bills":
		id, err := paths.ParseIDSegments(segs[1:])
		if err != nil {
			return nil, "", ErrNotFound
		}
		return s.dirPage(dir, func() (*pageData, error) { return s.billPage(ctx, id) })
	case len(segs) == 6 && segs[0] == "bills" && segs[4] == "diff" && !dir:
		id, err := paths.ParseIDSegments(segs[1:4])
		from, to, ok := parsePair(segs[5])
		if err != nil || !ok {
			return nil, "", ErrNotFound
		}
		return s.html(s.diffPage(ctx, id, from, to))
	}
	return nil, "", ErrNotFound
}

// dirPage renders a directory page, or says the slash is missing.
func (s *Site) dirPage(dir bool, load func() (*pageData, error)) ([]byte, string, error) {
	if !dir {
		return nil, "", errNeedSlash
	}
	return s.html(load())
}

// parsePair reads "12-15.html".
func parsePair(name string) (int64, int64, bool) {
	name, ok := strings.CutSuffix(name, ".html")
	if !ok {
		return 0, 0, false
	}
	a, b, ok := strings.Cut(name, "-")
	from, err1 := strconv.ParseInt(a, 10, 64)
	to, err2 := strconv.ParseInt(b, 10, 64)
	if !ok || err1 != nil || err2 != nil || from <= 0 || to <= 0 || strconv.FormatInt(from, 10) != a || strconv.FormatInt(to, 10) != b {
		return 0, 0, false
	}
	return from, to, true
}

func (s *Site) feed(ctx context.Context, ps *pass, scope feeds.Scope, format feeds.Format) ([]byte, error) {
	f, err := ps.build(ctx, s, scope)
	if feeds.IsUnknown(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return f.Render(format)
}

func (s *Site) opml(ctx context.Context, ps *pass, followed bool) ([]byte, error) {
	cat, err := ps.catalog(ctx, s)
	if err != nil {
		return nil, err
	}
	return s.feeds.OPML(cat, followed)
}
