package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/feeds/feedtest"
)

// BenchmarkFeedBuild measures building and rendering the watchlist feed
// from the store (what a cache miss costs), in RSS.
func BenchmarkFeedBuild(b *testing.B) {
	st := openFixture(b, feedtest.Options{Day2: true, Hostile: true})
	site := New(st, Options{})
	ctx := context.Background()
	scope := feeds.Scope{Kind: feeds.Watchlist, Key: "dmv-data"}
	for b.Loop() {
		if _, err := site.feed(ctx, &pass{}, scope, feeds.RSS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHandlerCachedFeed measures the handler serving a cached feed,
// in process (no network): the per-request overhead of the site.
func BenchmarkHandlerCachedFeed(b *testing.B) {
	st := openFixture(b, feedtest.Options{Day2: true})
	h := New(st, Options{}).Handler(nil)
	req := httptest.NewRequest("GET", "/feeds/watchlists/dmv-data.rss.xml", nil)
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkDiffPage measures rendering the redline page with the redline
// cached and without (the first view of a pair of versions).
func BenchmarkDiffPage(b *testing.B) {
	st := openFixture(b, feedtest.Options{Day2: true})
	ctx := context.Background()
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			site := New(st, Options{})
			if _, _, err := site.render(ctx, "/bills/vt/2020/S.124/diff/1-4.html"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("redline cached", func(b *testing.B) {
		site := New(st, Options{})
		for b.Loop() {
			if _, _, err := site.render(ctx, "/bills/vt/2020/S.124/diff/1-4.html"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPublish measures a publish of the whole site whose files are
// already up to date: every page and feed is rendered, nothing is written
// (what `watch` pays after a crawl that changed little).
func BenchmarkPublish(b *testing.B) {
	st := openFixture(b, feedtest.Options{Day2: true, Hostile: true})
	ctx := context.Background()
	dir := b.TempDir()
	if _, err := Publish(ctx, New(st, Options{}), dir); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Publish(ctx, New(st, Options{}), dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPages measures rendering the home page, a watchlist's and a
// jurisdiction's, uncached.
func BenchmarkListPages(b *testing.B) {
	st := openFixture(b, feedtest.Options{Day2: true, Hostile: true})
	site := New(st, Options{})
	ctx := context.Background()
	for _, p := range []string{"/", "/watchlists/dmv-data/", "/jurisdictions/vt/"} {
		b.Run(p, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := site.render(ctx, p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
