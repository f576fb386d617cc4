package web

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/demo"
	"github.com/billwatch/billwatch/scraper"
	_ "github.com/billwatch/billwatch/scraper/all"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// TestDemoCrawlFeeds crawls the recorded legislature sites (the offline
// demo: real scrapers, loopback servers), reads every feed back with gofeed,
// then crawls day 2 again: nothing is new, so no feed and no bill page may
// change by a byte.
func TestDemoCrawlFeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	servers, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer servers.Close()
	wl := watchlist.Default()
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(wl), Diff: crawl.RedlineDiffer(), RequestsPerMinute: -1, Retries: 1}
	if _, err := demo.Run(ctx, servers, r, io.Discard); err != nil {
		t.Fatal(err)
	}
	site := New(st, Options{BaseURL: "http://localhost:8080", Watchlists: wl})
	before := renderAll(t, site)
	if len(before) < 10 {
		t.Fatalf("only %d feeds and bill pages", len(before))
	}
	for p, b := range before {
		if !strings.HasPrefix(p, "/feeds/") || strings.HasSuffix(p, "/") {
			continue
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		seen := map[string]bool{}
		for _, it := range feed.Items {
			if seen[it.GUID] {
				t.Errorf("%s: id %s repeated", p, it.GUID)
			}
			seen[it.GUID] = true
		}
	}
	last, _ := st.LastChangeID(ctx)
	recrawlDay2(t, ctx, servers, r)
	if now, _ := st.LastChangeID(ctx); now != last {
		t.Fatalf("re-crawling day 2 logged %d changes", now-last)
	}
	time.Sleep(2 * site.opt.Recheck) // let the site notice the new runs
	after := renderAll(t, site)
	for p, b := range before {
		if !bytes.Equal(b, after[p]) {
			t.Errorf("%s changed after a re-crawl that found nothing new", p)
		}
	}
}

// renderAll renders every feed and bill page.
func renderAll(t *testing.T, site *Site) map[string][]byte {
	t.Helper()
	all, err := site.Paths(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, p := range all {
		if !strings.HasPrefix(p, "/feeds/") && !strings.HasPrefix(p, "/bills/") {
			continue
		}
		page, err := site.Render(context.Background(), p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[p] = page.Body
	}
	return out
}

func recrawlDay2(t *testing.T, ctx context.Context, servers *demo.Servers, r *crawl.Runner) {
	servers.SetDay(2)
	for _, id := range scraper.IDs() {
		src, _ := scraper.Get(id)
		info := src.Info()
		if info.Recorded == nil {
			continue
		}
		settings := map[string]string{}
		for _, k := range info.Settings {
			settings[k] = "DEMO-KEY"
		}
		for _, sess := range info.RecordedSessions {
			if _, err := r.Run(ctx, src, crawl.Options{Session: sess, Config: settings}); err != nil {
				t.Logf("%s %s: %v", id, sess, err)
			}
		}
	}
}
