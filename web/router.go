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

// render dispatches a path to its renderer.
func (s *Site) render(ctx context.Context, path string) ([]byte, string, error) {
	switch path {
	case paths.Home:
		return s.html(s.home(ctx))
	case paths.Sources:
		return s.html(s.sources(ctx))
	case paths.Feeds:
		return s.html(s.feedsPage(ctx))
	case paths.OPML, paths.OPMLAll:
		body, err := s.opml(ctx, path == paths.OPML)
		return body, typeOPML, err
	case paths.Stylesheet:
		return stylesheet, typeCSS, nil
	case notFoundPath:
		return s.html(s.notFound())
	}
	if scope, format, err := feeds.ParsePath(path); err == nil {
		body, err := s.feed(ctx, scope, format)
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

func (s *Site) feed(ctx context.Context, scope feeds.Scope, format feeds.Format) ([]byte, error) {
	f, err := s.feeds.Build(ctx, scope)
	if feeds.IsUnknown(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return f.Render(format)
}

func (s *Site) opml(ctx context.Context, followed bool) ([]byte, error) {
	cat, err := s.feeds.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	return s.feeds.OPML(cat, followed)
}
