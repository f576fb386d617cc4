package all_test

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/scraper"
	_ "github.com/billwatch/billwatch/scraper/all"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// TestConformance crawls every registered source's recorded site, day 1 then
// day 2, through the real pipeline, and checks the rules every source must
// keep: runs succeed, ids are unique, dates fall within the session, every
// action is classified (or explicitly "other"), version URLs are absolute,
// and every version has non-empty normalized text.
func TestConformance(t *testing.T) {
	for _, id := range scraper.IDs() {
		t.Run(id, func(t *testing.T) {
			src, _ := scraper.Get(id)
			info := src.Info()
			if info.Recorded == nil || len(info.RecordedSessions) == 0 {
				t.Fatalf("%s has no recorded site: every source must be testable offline", id)
			}
			if info.SessionYears == nil || info.DefaultSession == nil || len(info.Hosts) == 0 || info.RequestsPerMinute <= 0 {
				t.Fatalf("%s: Info lacks SessionYears, DefaultSession, Hosts or a rate limit", id)
			}
			st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			rewrite := map[string]string{}
			var sites []*replay.Site
			for _, host := range info.Hosts {
				site := &replay.Site{FS: info.Recorded(), Days: []string{"day1", "day2"}}
				if len(info.Hosts) > 1 {
					site.Prefix = host
				}
				site.SetDay(1)
				srv := httptest.NewServer(site)
				defer srv.Close()
				rewrite[host] = srv.URL
				sites = append(sites, site)
			}
			r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
				Log: slog.New(slog.DiscardHandler), Rewrite: rewrite, Backoff: time.Millisecond, Retries: 1}
			settings := map[string]string{}
			for _, k := range info.Settings {
				settings[k] = "CONFORMANCE-KEY"
			}
			for day := 1; day <= 2; day++ {
				for _, s := range sites {
					s.SetDay(day)
				}
				for _, sess := range info.RecordedSessions {
					run, err := r.Run(context.Background(), src, crawl.Options{Session: sess, Config: settings})
					if err != nil || run.Status != store.RunOK {
						t.Fatalf("day %d session %s: %s %s %v %v", day, sess, run.Status, run.Message, run.Errors, err)
					}
				}
			}
			checkStored(t, st, info)
		})
	}
}

func checkStored(t *testing.T, st *store.Store, info scraper.Info) {
	rows, err := st.ListBills(context.Background(), store.BillFilter{Jurisdiction: info.ID})
	if err != nil || len(rows) == 0 {
		t.Fatalf("no bills stored: %v", err)
	}
	seen := map[string]bool{}
	for _, row := range rows {
		if seen[row.ID] {
			t.Errorf("duplicate id %s", row.ID)
		}
		seen[row.ID] = true
		if norm, err := bill.NormalizeID(row.ID); err != nil || norm != row.ID {
			t.Errorf("id %q is not canonical (%q, %v)", row.ID, norm, err)
		}
		first, last, err := info.SessionYears(row.Session)
		if err != nil {
			t.Errorf("%s: session %q: %v", row.ID, row.Session, err)
			continue
		}
		d, err := st.Bill(context.Background(), row.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title == "" {
			t.Errorf("%s has no title", row.ID)
		}
		for _, a := range d.Actions {
			y, _ := strconv.Atoi(a.Date[:min(4, len(a.Date))])
			if _, err := time.Parse("2006-01-02", a.Date); err != nil || y < first || y > last+1 {
				t.Errorf("%s: action date %q outside session %s (%d-%d)", row.ID, a.Date, row.Session, first, last)
			}
			if len(a.Classification) == 0 {
				t.Errorf("%s: action %q unclassified", row.ID, a.Text)
			}
			for _, c := range a.Classification {
				if !bill.ValidClassification(c) {
					t.Errorf("%s: action %q has classification %q outside the vocabulary", row.ID, a.Text, c)
				}
			}
		}
		if len(d.Versions) == 0 {
			t.Errorf("%s has no versions", row.ID)
		}
		for _, v := range append(d.Versions, d.Documents...) {
			if u, err := url.Parse(v.URL); err != nil || !u.IsAbs() || u.Host == "" {
				t.Errorf("%s: version URL %q is not absolute", row.ID, v.URL)
			}
			if v.Role == "version" && v.TextLength == 0 {
				t.Errorf("%s: version %q has no text after normalization", row.ID, v.Name)
			}
		}
	}
}
