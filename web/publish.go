package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/web/paths"
)

// Paths lists every path of the site: what publish writes and serve serves
// (serve also renders redlines between other pairs of versions on demand).
func (s *Site) Paths(ctx context.Context) ([]string, error) {
	return s.paths(ctx, &pass{})
}

// paths lists every path. Every watchlist, jurisdiction and bill has a page
// as well as a feed, so the feed catalog names the pages too.
func (s *Site) paths(ctx context.Context, ps *pass) ([]string, error) {
	cat, err := ps.catalog(ctx, s)
	if err != nil {
		return nil, err
	}
	out := []string{paths.Home, paths.Sources, paths.Feeds, paths.OPML, paths.OPMLAll, paths.Stylesheet, notFoundPath}
	for _, e := range cat {
		switch e.Scope.Kind {
		case feeds.Watchlist:
			out = append(out, paths.Watchlist(e.Scope.Key))
		case feeds.Jurisdiction:
			out = append(out, paths.Jurisdiction(e.Scope.Key))
		case feeds.Bill:
			id := e.Scope.Key
			out = append(out, paths.Bill(id))
			pairs, err := s.diffPairs(ctx, id)
			if err != nil {
				return nil, err
			}
			for _, p := range pairs {
				out = append(out, paths.Diff(id, p[0], p[1]))
			}
		}
	}
	for _, e := range cat {
		for _, f := range feeds.Formats {
			out = append(out, e.Scope.Path(f))
		}
	}
	return out, nil
}

// PublishStats says what Publish did.
type PublishStats struct {
	Paths     int   // pages and feeds rendered
	Written   int   // files created or replaced
	Unchanged int   // files left alone: their bytes were already right
	Bytes     int64 // bytes written
}

// Publish writes every path of the site under dir, at the file each path
// maps to (paths.File), so that any static web server serves the same site
// as `billwatch serve`. A file whose bytes are already right is not
// touched, so re-publishing unchanged data rewrites nothing; files are
// replaced atomically. Files of pages that no longer exist are left alone.
func Publish(ctx context.Context, s *Site, dir string) (PublishStats, error) {
	var st PublishStats
	ps := &pass{}
	all, err := s.paths(ctx, ps)
	if err != nil {
		return st, fmt.Errorf("publish: list pages: %w", err)
	}
	root, err := filepath.Abs(dir)
	if err != nil {
		return st, err
	}
	for _, p := range all {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		body, _, err := s.renderIn(ctx, p, ps)
		if err != nil {
			return st, fmt.Errorf("publish %s: %w", p, err)
		}
		st.Paths++
		file := filepath.Join(root, filepath.FromSlash(paths.File(p)))
		if !strings.HasPrefix(file, root+string(filepath.Separator)) {
			return st, fmt.Errorf("publish %s: file %s is outside %s", p, file, root)
		}
		wrote, err := writeIfChanged(file, body)
		if err != nil {
			return st, fmt.Errorf("publish %s: %w", p, err)
		}
		if wrote {
			st.Written++
			st.Bytes += int64(len(body))
		} else {
			st.Unchanged++
		}
	}
	return st, nil
}

// writeIfChanged replaces file with body unless it already holds exactly
// body; the new file is written beside it and renamed into place, so a
// static server never serves half a file.
func writeIfChanged(file string, body []byte) (bool, error) {
	old, err := os.ReadFile(file)
	if err == nil && bytes.Equal(old, body) {
		return false, nil
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".publish-*")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(body); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	return true, os.Rename(tmp.Name(), file)
}
