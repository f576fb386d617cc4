package synth_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/internal/synth"
	"github.com/billwatch/billwatch/scraper"
	_ "github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

func TestNationalBillIsDeterministicAndSized(t *testing.T) {
	ids := map[string]bool{}
	for i := range 500 {
		b, text := synth.NationalBill(i)
		b2, text2 := synth.NationalBill(i)
		if !reflect.DeepEqual(b, b2) || text != text2 {
			t.Fatalf("bill %d differs between calls", i)
		}
		if len(b.Actions) != synth.ActionsPerBill || len(b.Versions) != 1 {
			t.Fatalf("bill %d: %d actions, %d versions", i, len(b.Actions), len(b.Versions))
		}
		if len(text) < synth.TextBytes || len(text) > synth.TextBytes+400 {
			t.Fatalf("bill %d: text of %d bytes", i, len(text))
		}
		if ids[b.ID()] {
			t.Fatalf("duplicate id %s", b.ID())
		}
		ids[b.ID()] = true
	}
}

// The synthetic Vermont site is crawled by the real Vermont source: every
// listed bill is stored with its actions and the text of its PDF, and day 2
// moves exactly the bills it says it changes.
func TestVermontSiteCrawls(t *testing.T) {
	v := &synth.Vermont{Slug: "2026", Bills: 100, ChangedEvery: 10} // bills 0-99 include every kind of number
	site := &replay.Site{FS: v.FS(), Days: []string{"day1", "day2"}}
	site.SetDay(1)
	srv := httptest.NewServer(site)
	defer srv.Close()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Log: slog.New(slog.DiscardHandler),
		Rewrite: map[string]string{"legislature.vermont.gov": srv.URL}}
	src, _ := scraper.Get("vt")
	run, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"})
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("day 1: %+v %v", run, err)
	}
	rows, _ := st.ListBills(t.Context(), store.BillFilter{})
	if len(rows) != v.Bills || run.BillsSeen != v.Bills {
		t.Fatalf("stored %d bills, saw %d, want %d", len(rows), run.BillsSeen, v.Bills)
	}
	kinds := map[string]bool{}
	for k := range v.Bills {
		n := v.Number(k)
		kinds[strings.TrimRight(n, "0123456789")] = true
		d, err := st.Bill(t.Context(), "vt/2026/"+n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if len(d.Versions) != 1 || d.Versions[0].TextLength < 500 {
			t.Fatalf("%s: versions %+v", n, d.Versions)
		}
	}
	if len(kinds) < 6 {
		t.Fatalf("only these kinds of bill numbers: %v", kinds)
	}
	site.SetDay(2)
	run, err = r.Run(t.Context(), src, crawl.Options{Session: "2026"})
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("day 2: %+v %v", run, err)
	}
	if run.BillsChanged == 0 || run.BillsChanged > v.Bills/v.ChangedEvery {
		t.Fatalf("day 2 changed %d bills, want 1..%d", run.BillsChanged, v.Bills/v.ChangedEvery)
	}
}
