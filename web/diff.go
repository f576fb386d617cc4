package web

import (
	"context"
	"errors"
	"html/template"
	"sync"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/store"
)

type diffData struct {
	BillID   string
	Title    string
	From, To store.VersionText
	FromURL  string
	ToURL    string
	Markup   bool
	Redline  *renderedDiff
}

// renderedDiff is the part of a diff page computed from the two texts alone.
type renderedDiff struct {
	Summary  string
	Stats    redline.Stats
	Coarse   bool
	Sections []redline.SectionChange
	HTML     template.HTML
	size     int
}

func (s *Site) diffPage(ctx context.Context, id string, from, to int64) (*pageData, error) {
	a, err := s.st.Text(ctx, from)
	if err != nil {
		return nil, notFoundIf(err)
	}
	b, err := s.st.Text(ctx, to)
	if err != nil {
		return nil, notFoundIf(err)
	}
	if a.BillID != id || b.BillID != id || a.Role == "document" || b.Role == "document" || from == to {
		return nil, ErrNotFound
	}
	rows, err := s.st.ListBills(ctx, store.BillFilter{ID: id})
	if err != nil || len(rows) == 0 {
		return nil, notFoundIf(err)
	}
	d := &diffData{BillID: id, Title: rows[0].Title, From: a, To: b, FromURL: feeds.SafeURL(a.URL), ToURL: feeds.SafeURL(b.URL)}
	var oldText, newText string
	oldText, newText, d.Markup = redline.Inputs(a.Text, a.Markup, b.Text, b.Markup)
	key := a.SHA256 + ":" + b.SHA256 + ":" + map[bool]string{true: "markup", false: "text"}[d.Markup]
	d.Redline = s.diffs.get(key, func() *renderedDiff {
		r := redline.Diff(oldText, newText)
		html := feeds.SanitizeRedline(redline.HTML(r.Ops), feeds.ForPage)
		return &renderedDiff{Summary: r.Summary, Stats: r.Stats, Coarse: r.Coarse, Sections: changedSections(r.Sections),
			HTML: template.HTML(html), size: len(html) + len(r.Summary)}
	})
	p := s.page("diff", feeds.BillLabel(id)+": "+a.Name+" → "+b.Name, d, feeds.Scope{Kind: feeds.Bill, Key: id})
	return p, nil
}

func changedSections(secs []redline.SectionChange) []redline.SectionChange {
	var out []redline.SectionChange
	for _, s := range secs {
		if s.Status != redline.Unchanged || s.Renumbered() {
			out = append(out, s)
		}
	}
	return out
}

func notFoundIf(err error) error {
	if err == nil || errors.Is(err, store.ErrNotFound) {
		return ErrNotFound
	}
	return err
}

// diffCache keeps rendered redlines by the sha256 of the two texts: a
// redline is the costliest thing the site computes, and the texts behind a
// pair of hashes never change, so entries stay valid across data changes.
type diffCache struct {
	mu       sync.Mutex
	entries  map[string]*renderedDiff
	order    []string // oldest first
	bytes    int
	maxBytes int
}

func newDiffCache(maxBytes int) *diffCache {
	return &diffCache{entries: map[string]*renderedDiff{}, maxBytes: maxBytes}
}

func (c *diffCache) get(key string, compute func() *renderedDiff) *renderedDiff {
	c.mu.Lock()
	if d, ok := c.entries[key]; ok {
		c.mu.Unlock()
		return d
	}
	c.mu.Unlock()
	d := compute() // outside the lock: other pages keep being served meanwhile
	c.mu.Lock()
	defer c.mu.Unlock()
	if have, ok := c.entries[key]; ok {
		return have
	}
	for len(c.order) > 0 && c.bytes+d.size > c.maxBytes {
		old := c.order[0]
		c.order = c.order[1:]
		c.bytes -= c.entries[old].size
		delete(c.entries, old)
	}
	if d.size <= c.maxBytes {
		c.entries[key] = d
		c.order = append(c.order, key)
		c.bytes += d.size
	}
	return d
}
