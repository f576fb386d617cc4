package ny_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/crawltest"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/ny"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// testKey is the API key of the tests: it must reach the server on every
// request and nowhere else.
const testKey = "t3st-K3Y-0123456789abcdef"

var (
	counts       = crawltest.Counts
	equalCounts  = crawltest.SameCounts
	changesSince = crawltest.ChangesSince
	lastChange   = crawltest.LastChange
	body         = crawltest.Body
)

// fault replaces the response to requests whose path contains its Match.
type fault = crawltest.Fault

// testSite is the shared harness (internal/crawltest) with a record of the
// requests that came without the key.
type testSite struct {
	*crawltest.Site
	mu      *sync.Mutex
	keyless *[]string
}

func newSite(t *testing.T) testSite {
	ts := testSite{Site: crawltest.NewSite(t, ny.Recorded(), "legislation.nysenate.gov"), mu: &sync.Mutex{}, keyless: new([]string)}
	ts.Observe = func(r *http.Request) {
		if r.URL.Path != "/robots.txt" && r.URL.Query().Get("key") != testKey {
			ts.mu.Lock()
			*ts.keyless = append(*ts.keyless, r.URL.String())
			ts.mu.Unlock()
		}
	}
	return ts
}

func (s testSite) keylessRequests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), *s.keyless...)
}

type env struct {
	st     *store.Store
	runner *crawl.Runner
	site   testSite
	src    scraper.Source
	logs   *syncBuffer
}

// syncBuffer collects the run's log lines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	site := newSite(t)
	src, err := scraper.Get("ny")
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), RequestsPerMinute: 0,
		Retries: 2, Backoff: 10 * time.Millisecond, Timeout: 2 * time.Second,
		Rewrite: site.Rewrite()}
	return &env{st: st, runner: r, site: site, src: src, logs: logs}
}

func (e *env) crawl(t *testing.T, only ...string) (store.Run, error) {
	t.Helper()
	return e.runner.Run(context.Background(), e.src, crawl.Options{Session: "2017", Only: only,
		Config: map[string]string{ny.KeySetting: testKey}})
}

func kindsOf(chs []store.Change) []string {
	var out []string
	for _, c := range chs {
		out = append(out, c.Kind)
	}
	return out
}
