package feeds

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

// TestEveryFeedParses renders every feed of the catalog in every format and
// reads it back with gofeed, the parser many Go feed readers use.
func TestEveryFeedParses(t *testing.T) {
	ctx := context.Background()
	opt := feedtest.Options{Day2: true, Hostile: true}
	st := openFixture(t, opt)
	b := newBuilder(st)
	cat, err := b.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cat) < 8 {
		t.Fatalf("catalog has %d feeds: %+v", len(cat), cat)
	}
	first := map[string][]byte{}
	for _, e := range cat {
		var ids []string
		for _, f := range Formats {
			out := render(t, b, e.Scope, f)
			path := e.Scope.Path(f)
			first[path] = out
			if again := render(t, b, e.Scope, f); !bytes.Equal(out, again) {
				t.Errorf("%s: two renders differ", path)
			}
			if f != JSON {
				if err := wellFormed(out); err != nil {
					t.Errorf("%s: not well-formed XML: %v", path, err)
				}
			} else if !json.Valid(out) {
				t.Errorf("%s: invalid JSON", path)
			}
			parsed, err := gofeed.NewParser().Parse(bytes.NewReader(out))
			if err != nil {
				t.Errorf("%s: gofeed: %v", path, err)
				continue
			}
			seen := map[string]bool{}
			var got []string
			for _, it := range parsed.Items {
				if it.GUID == "" || seen[it.GUID] {
					t.Errorf("%s: item id %q empty or repeated", path, it.GUID)
				}
				seen[it.GUID] = true
				got = append(got, it.GUID)
				if it.PublishedParsed == nil || it.PublishedParsed.IsZero() {
					t.Errorf("%s: item %q has no date", path, it.GUID)
				}
			}
			if ids == nil {
				ids = got
			} else if strings.Join(ids, " ") != strings.Join(got, " ") {
				t.Errorf("%s: ids differ between formats:\n%v\n%v", path, ids, got)
			}
		}
	}
	// A re-crawl that finds nothing new must not change a single byte.
	n, err := feedtest.Recrawl(ctx, st, opt)
	if err != nil || n != 0 {
		t.Fatalf("re-crawl wrote %d changes (%v)", n, err)
	}
	for _, e := range cat {
		for _, f := range Formats {
			if out := render(t, b, e.Scope, f); !bytes.Equal(out, first[e.Scope.Path(f)]) {
				t.Errorf("%s changed after a re-crawl with no changes", e.Scope.Path(f))
			}
		}
	}
}

func TestGoldenSmallFeeds(t *testing.T) {
	ctx := context.Background()
	st := openFixture(t, feedtest.Options{Day2: true})
	b := newBuilder(st)
	h351 := Scope{Kind: Bill, Key: "vt/2026/H.351"}
	for _, f := range Formats {
		golden(t, "h351"+f.Ext(), render(t, b, h351, f))
	}
	golden(t, "s124.rss.xml", render(t, b, Scope{Kind: Bill, Key: "vt/2020/S.124"}, RSS))
	cat, err := b.Catalog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opml, err := b.OPML(cat, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := wellFormed(opml); err != nil {
		t.Fatalf("OPML: %v", err)
	}
	golden(t, "feeds.opml", opml)
}

func TestEmptyFeedHasFixedDate(t *testing.T) {
	st := openFixture(t, feedtest.Options{})
	b := newBuilder(st)
	b.Watchlists = nil
	// A watchlist nobody configured has no changes but its source failures.
	feed, err := b.Build(context.Background(), Scope{Kind: Bill, Key: "vt/2026/H.999"})
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 1 || !feed.Updated.Equal(feed.Items[0].Published) {
		t.Fatalf("H.999 feed: %d items, updated %v", len(feed.Items), feed.Updated)
	}
	feed.Items = nil
	feed.Updated = Epoch
	for _, f := range Formats {
		out, err := feed.Render(f)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := gofeed.NewParser().Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v\n%s", f.Name(), err, out)
		}
		if len(parsed.Items) != 0 {
			t.Errorf("%s: %d items", f.Name(), len(parsed.Items))
		}
		if f == Atom && (parsed.UpdatedParsed == nil || !parsed.UpdatedParsed.Equal(Epoch)) {
			t.Errorf("empty Atom feed updated %v, want %v", parsed.UpdatedParsed, Epoch)
		}
		if f == JSON && !bytes.Contains(out, []byte(`"items": []`)) {
			t.Errorf("empty JSON feed lacks its items list:\n%s", out)
		}
	}
}

func TestWatchlistFeed(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	b := newBuilder(st)
	feed, err := b.Build(context.Background(), Scope{Kind: Watchlist, Key: "dmv-data"})
	if err != nil {
		t.Fatal(err)
	}
	var kinds, bills []string
	for _, it := range feed.Items {
		kinds = append(kinds, it.Change.Kind)
		bills = append(bills, it.Change.BillID)
	}
	all := strings.Join(bills, " ")
	if strings.Contains(all, "H.999") {
		t.Errorf("a bill off the watchlist is in its feed: %v", bills)
	}
	if !strings.Contains(strings.Join(kinds, " "), "source_failed") {
		t.Errorf("the watchlist feed hides a failed source: %v", kinds)
	}
	if !strings.Contains(all, "vt/2020/S.124") || !strings.Contains(all, "vt/2026/H.351") {
		t.Errorf("watchlist bills missing: %v", bills)
	}
	if _, err := b.Build(context.Background(), Scope{Kind: Watchlist, Key: "nope"}); !IsUnknown(err) {
		t.Errorf("unknown watchlist: %v", err)
	}
	if _, err := b.Build(context.Background(), Scope{Kind: Bill, Key: "vt/2020/S.999"}); !IsUnknown(err) {
		t.Errorf("unknown bill: %v", err)
	}
}

func TestLimitKeepsNewest(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	b := newBuilder(st)
	b.Limit = 3
	feed, err := b.Build(context.Background(), Everything)
	if err != nil {
		t.Fatal(err)
	}
	last, _ := st.LastChangeID(context.Background())
	if len(feed.Items) != 3 || feed.Items[0].Change.ID != last {
		t.Fatalf("limit 3: %d items, first %d, newest change %d", len(feed.Items), feed.Items[0].Change.ID, last)
	}
}
