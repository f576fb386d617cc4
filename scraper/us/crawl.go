package us

import (
	"context"
	"fmt"
	"net/http"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

// Crawl implements scraper.Source. The sitemap index and the congress's
// per-type sitemaps are the bill list and are always fetched. Each listed
// BILLSTATUS file is then fetched conditionally, so an unchanged bill costs a
// 304. When the source knows the Last-Modified of its stored copy of a file
// (env.Stored, backed by the store's HTTP cache), a file whose sitemap lastmod is not newer is not
// requested and its bill is not emitted: nothing about it changed, and the
// texts it links to are govinfo packages that GPO does not rewrite in place
// (a changed text is a new version package, listed in a changed BILLSTATUS).
func (s *Source) Crawl(ctx context.Context, env *scraper.Env, congress string) error {
	if err := ValidSession(congress); err != nil {
		return err
	}
	listed, err := s.list(ctx, env, congress)
	if err != nil {
		return err
	}
	loop := scraper.BillLoop[listedBill]{Label: "congress " + congress,
		ID: func(l listedBill) string { return l.Identifier },
		Skip: func(ctx context.Context, l listedBill) bool {
			return s.unchangedByLastMod(ctx, env, l)
		},
		Fetch: func(ctx context.Context, l listedBill) (scraper.Observed, error) {
			return s.bill(ctx, env, congress, l)
		}}
	return loop.Run(ctx, env, listed)
}

// list reads the sitemap index, then the congress's sitemaps, in bill-type order.
func (s *Source) list(ctx context.Context, env *scraper.Env, congress string) ([]listedBill, error) {
	resp, err := env.Fetch.Get(ctx, SitemapIndexURL)
	if err != nil {
		return nil, fmt.Errorf("BILLSTATUS sitemap index: %w", err)
	}
	index, err := parseSitemap(resp.Body, "sitemapindex")
	if err != nil {
		return nil, scraper.BadContent(SitemapIndexURL, err)
	}
	maps := congressSitemaps(index, congress)
	if len(maps) == 0 {
		return nil, fmt.Errorf("the BILLSTATUS sitemap index lists no sitemap for congress %s: %w", congress, scraper.ErrNoBills)
	}
	var out []listedBill
	for _, m := range maps {
		resp, err := env.Fetch.Get(ctx, m.Loc)
		if err != nil {
			return nil, fmt.Errorf("BILLSTATUS sitemap: %w", err)
		}
		entries, err := parseSitemap(resp.Body, "urlset")
		if err != nil {
			return nil, scraper.BadContent(m.Loc, err)
		}
		bills, skipped := listedBills(entries, congress, m.Type)
		if len(skipped) > 0 && env.Log != nil {
			env.Log.Warn("sitemap entries that are not BILLSTATUS files of this congress", "sitemap", m.Loc,
				"count", len(skipped), "first", skipped[0])
		}
		out = append(out, bills...)
	}
	return out, nil
}

// unchangedByLastMod reports whether the stored copy of a file is at least
// as new as its sitemap lastmod.
func (s *Source) unchangedByLastMod(ctx context.Context, env *scraper.Env, l listedBill) bool {
	if l.LastMod.IsZero() || env.Stored == nil {
		return false
	}
	v, ok := env.Stored(ctx, l.URL)
	if !ok {
		return false
	}
	stored, err := http.ParseTime(v.LastModified)
	return err == nil && !l.LastMod.After(stored)
}

// bill fetches and parses one BILLSTATUS file.
func (s *Source) bill(ctx context.Context, env *scraper.Env, congress string, l listedBill) (scraper.Observed, error) {
	resp, err := env.Fetch.GetConditional(ctx, l.URL)
	if err != nil {
		return scraper.Observed{}, err
	}
	if resp.NotModified {
		return scraper.Observed{Bill: bill.Bill{Jurisdiction: "us", Session: congress, Identifier: l.Identifier},
			Pages: []*scraper.Response{resp}, Unchanged: true}, nil
	}
	b, err := ParseBillStatus(resp.Body, l.URL)
	if err != nil {
		return scraper.Observed{}, scraper.BadContent(l.URL, err)
	}
	if b.Session != congress || bill.CompactIdentifier(b.Identifier) != bill.CompactIdentifier(l.Identifier) {
		return scraper.Observed{}, scraper.BadContent(l.URL, fmt.Errorf("the file describes %s of the %s Congress", b.Identifier, b.Session))
	}
	return scraper.Observed{Bill: b, Pages: []*scraper.Response{resp}}, nil
}
