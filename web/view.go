package web

import (
	"bytes"
	"fmt"
	"html/template"
	"time"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// pageData is what every page template gets; Data is the page's own.
type pageData struct {
	site     *Site
	template string
	Title    string
	Heading  string
	Feeds    []feedLink // autodiscovery <link>s and the page's subscribe box
	Updated  time.Time  // newest change shown, for "data as of"
	Data     any
}

// feedLink is one feed of a page in one format.
type feedLink struct {
	Title    string
	TypeAttr template.HTMLAttr // type="application/rss+xml", unescaped for naive discovery parsers
	Name     string
	Href     string
}

func (s *Site) page(tmpl, title string, data any, scopes ...feeds.Scope) *pageData {
	p := &pageData{site: s, template: tmpl, Title: title, Heading: title, Data: data}
	for _, sc := range scopes {
		for _, f := range feeds.Formats {
			p.Feeds = append(p.Feeds, feedLink{Title: s.feeds.Title(sc), TypeAttr: template.HTMLAttr(`type="` + f.LinkType() + `"`), Name: f.Name(), Href: s.URL(sc.Path(f))})
		}
	}
	return p
}

// Links for templates: absolute under the base URL when one is set.

func (p *pageData) Link(path string) string              { return p.site.URL(path) }
func (p *pageData) SiteTitle() string                    { return p.site.opt.Title }
func (p *pageData) BillURL(id string) string             { return p.site.URL(paths.Bill(id)) }
func (p *pageData) JurisdictionURL(j string) string      { return p.site.URL(paths.Jurisdiction(j)) }
func (p *pageData) WatchlistURL(name string) string      { return p.site.URL(paths.Watchlist(name)) }
func (p *pageData) WatchlistTitle(name string) string    { return p.site.feeds.WatchlistTitle(name) }
func (p *pageData) DiffURL(id string, a, b int64) string { return p.site.URL(paths.Diff(id, a, b)) }
func (p *pageData) Stylesheet() string {
	return p.site.URL(paths.Stylesheet) + "?v=" + stylesheetVersion
}

// html renders a page with the layout.
func (s *Site) html(p *pageData, err error) ([]byte, string, error) {
	if err != nil {
		return nil, "", err
	}
	t, ok := pageTemplates()[p.template]
	if !ok {
		return nil, "", fmt.Errorf("no template %q", p.template)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return nil, "", fmt.Errorf("render %s: %w", p.template, err)
	}
	return feeds.CleanBytes(buf.Bytes()), typeHTML, nil
}

// changeRow is one change in a list.
type changeRow struct {
	ID        int64
	Anchor    string
	When      time.Time
	Label     string
	Important bool // milestones, new versions, watchlist flips, failures
	Summary   string
	BillID    string
	BillLabel string
	DiffURL   string
	Excerpt   template.HTML // bill pages only
}

// changeRows lists changes; with excerpts, new versions carry their redline
// excerpt, which only a bill's page shows (the lists of many bills would be
// too long with them).
func (s *Site) changeRows(cs []store.Change, excerpts bool) []changeRow {
	out := make([]changeRow, 0, len(cs))
	for _, c := range cs {
		r := changeRow{ID: c.ID, Anchor: paths.ChangeAnchor(c.ID), When: c.SeenAt.UTC(), Summary: feeds.Clean(c.Summary), BillID: c.BillID}
		r.Label, r.Important = kindLabel(c)
		if c.BillID != "" {
			r.BillLabel = feeds.BillLabel(c.BillID)
		}
		if v := feeds.DecodeVersion(c); v != nil {
			if p := feeds.DiffPath(c.BillID, v); p != "" {
				r.DiffURL = s.URL(p)
			}
			if excerpts && v.Diff != nil && v.Diff.ExcerptHTML != "" {
				r.Excerpt = template.HTML(feeds.SanitizeRedline(v.Diff.ExcerptHTML, feeds.ForPage))
			}
		}
		out = append(out, r)
	}
	return out
}
