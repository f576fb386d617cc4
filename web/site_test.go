package web

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"

	"github.com/billwatch/billwatch/feeds/feedtest"
	"github.com/billwatch/billwatch/web/paths"
)

// TestEveryPageRenders renders every path publish writes, with hostile data
// in the store, and checks that pages are HTML with no script, no event
// handler and no non-http link, whatever the scraped text held.
func TestEveryPageRenders(t *testing.T) {
	ctx := context.Background()
	st := openFixture(t, feedtest.Options{Day2: true, Hostile: true})
	site := New(st, Options{BaseURL: "https://billwatch.example.org"})
	all, err := site.Paths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/", "/bills/vt/2020/S.124/", "/bills/vt/2020/S.124/diff/1-5.html", "/bills/zz/2026/H.666/", "/bills/zz/2026/H.666/diff/4-6.html",
		"/jurisdictions/vt/", "/jurisdictions/wa/", "/watchlists/dmv-data/", "/sources/", "/feeds/", "/feeds.opml",
		"/feeds/bills/zz/2026/H.666.json", "/404.html", "/assets/site.css"}
	for _, w := range want {
		if !contains(all, w) {
			t.Errorf("Paths lacks %s", w)
		}
	}
	for _, p := range all {
		page, err := site.Render(ctx, p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if !strings.HasPrefix(page.ContentType, "text/html") {
			continue
		}
		checkPage(t, p, page.Body)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func checkPage(t *testing.T, path string, body []byte) {
	t.Helper()
	doc, err := nethtml.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "img", "form", "style":
				t.Errorf("%s: <%s> element", path, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("%s: attribute %s on <%s>", path, a.Key, n.Data)
				}
				if a.Key == "href" && !(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://") ||
					strings.HasPrefix(a.Val, "#") || a.Val == "data:,") {
					t.Errorf("%s: link %q", path, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func TestBillPageShowsWhatMatters(t *testing.T) {
	ctx := context.Background()
	st := openFixture(t, feedtest.Options{Day2: true})
	site := New(st, Options{})
	page, err := site.Render(ctx, "/bills/vt/2020/S.124/")
	if err != nil {
		t.Fatal(err)
	}
	body := string(page.Body)
	for _, want := range []string{
		`<link rel="alternate" type="application/rss+xml" title="billwatch: VT S.124 (2020) (RSS)" href="/feeds/bills/vt/2020/S.124.rss.xml">`,
		`<link rel="alternate" type="application/atom+xml"`, `<link rel="alternate" type="application/feed+json"`,
		"Signed by Governor", "Act 166", "Sen. Example Sears", "Why billwatch follows this bill",
		"<mark>Department of Motor Vehicles</mark>", `href="/bills/vt/2020/S.124/diff/1-4.html"`,
		`Redline from “As Introduced”`, `<span class="kind">signed</span>`, `id="change-`,
		`<del class="rl-del">`, "https://legislature.vermont.gov/bill/status/2020/S.124",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("bill page lacks %q", want)
		}
	}
	diff, err := site.Render(ctx, "/bills/vt/2020/S.124/diff/1-4.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<ins class="rl-ins"><span class="rl-sr">inserted text: </span>`, "Sec. 3", "REPORT", "added"} {
		if !strings.Contains(string(diff.Body), want) {
			t.Errorf("diff page lacks %q", want)
		}
	}
	// The redline is cached by the two texts' hashes.
	if len(site.diffs.entries) != 1 {
		t.Fatalf("diff cache has %d entries", len(site.diffs.entries))
	}
	for key := range site.diffs.entries {
		if parts := strings.Split(key, ":"); len(parts) != 3 || len(parts[0]) != 64 || len(parts[1]) != 64 {
			t.Errorf("diff cache key %q is not sha256:sha256:mode", key)
		}
	}
	for _, bad := range []string{"/bills/vt/2020/S.124/diff/4-4.html", "/bills/vt/2020/S.124/diff/1-2.html", "/bills/vt/2026/H.351/diff/1-4.html",
		"/bills/vt/2020/S.124/diff/01-4.html", "/bills/vt/2020/S.999/", "/watchlists/nope/", "/jurisdictions/xx/", "/nope"} {
		if _, err := site.Render(ctx, bad); err != ErrNotFound {
			t.Errorf("%s: %v, want ErrNotFound", bad, err)
		}
	}
}

func TestAbsoluteLinksUseBaseURL(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	site := New(st, Options{BaseURL: "https://example.org/bw/"})
	page, err := site.Render(context.Background(), paths.Home)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="https://example.org/bw/feeds/all.rss.xml"`, `href="https://example.org/bw/bills/vt/2020/S.124/"`,
		`href="https://example.org/bw/assets/site.css?v=`} {
		if !strings.Contains(string(page.Body), want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	urls, err := site.FeedURLs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if urls[0].RSS != "https://example.org/bw/feeds/all.rss.xml" || urls[1].Kind != "watchlist" {
		b, _ := json.Marshal(urls)
		t.Errorf("FeedURLs: %s", b)
	}
}
