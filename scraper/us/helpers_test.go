package us

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/crawltest"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// fault rewrites responses for request paths containing match.
var (
	counts       = crawltest.Counts
	equalCounts  = crawltest.SameCounts
	changesSince = crawltest.ChangesSince
	lastChange   = crawltest.LastChange
	body         = crawltest.Body
)

// fault replaces the response to requests whose path contains its Match.
type fault = crawltest.Fault

type env struct {
	st     *store.Store
	runner *crawl.Runner
	site   *crawltest.Site
	src    *Source
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	site := crawltest.NewSite(t, Recorded(), "www.govinfo.gov")
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.DiscardHandler), RequestsPerMinute: 0, Retries: 2, Backoff: 10 * time.Millisecond,
		Timeout: 2 * time.Second, Rewrite: site.Rewrite()}
	return &env{st: st, runner: r, site: site, src: &Source{}}
}

func (e *env) crawl(t *testing.T, congress string) (store.Run, error) {
	t.Helper()
	return e.runner.Run(context.Background(), e.src, crawl.Options{Session: congress})
}

func kindsOf(chs []store.Change) []string {
	var out []string
	for _, c := range chs {
		out = append(out, c.BillID+" "+c.Kind)
	}
	return out
}
