package ny_test

import (
	"bytes"
	"context"
	"github.com/billwatch/billwatch/internal/crawltest"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/ny"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// testKey is the API key of the tests: it must reach the server on every
// request and nowhere else.
const testKey = "t3st-K3Y-0123456789abcdef"

// fault rewrites responses for URL paths containing match.
var (
	counts       = crawltest.Counts
	equalCounts  = crawltest.SameCounts
	changesSince = crawltest.ChangesSince
	lastChange   = crawltest.LastChange
)

type fault struct {
	match string
	serve func(w http.ResponseWriter, r *http.Request, next http.Handler)
}

// testSite serves the recorded New York API, checks the key and records requests.
type testSite struct {
	site     *replay.Site
	srv      *httptest.Server
	mu       sync.Mutex
	faults   []fault
	requests []string // path?query, key removed
	keyless  []string // requests that came without the key
}

func newSite(t *testing.T) *testSite {
	t.Helper()
	ts := &testSite{site: &replay.Site{FS: ny.Recorded(), Days: []string{"day1", "day2"}}}
	ts.site.SetDay(1)
	ts.srv = httptest.NewServer(http.HandlerFunc(ts.serve))
	t.Cleanup(ts.srv.Close)
	return ts
}

func (ts *testSite) serve(w http.ResponseWriter, r *http.Request) {
	ts.mu.Lock()
	if r.URL.Path != "/robots.txt" {
		q := r.URL.Query()
		if q.Get("key") != testKey {
			ts.keyless = append(ts.keyless, r.URL.String())
		}
		q.Del("key")
		ts.requests = append(ts.requests, r.URL.Path+"?"+q.Encode())
	}
	faults := append([]fault(nil), ts.faults...)
	ts.mu.Unlock()
	for _, f := range faults {
		if strings.Contains(r.URL.Path, f.match) {
			f.serve(w, r, ts.site)
			return
		}
	}
	ts.site.ServeHTTP(w, r)
}

func (ts *testSite) setFaults(f ...fault) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.faults = f
}

func (ts *testSite) takeRequests() []string {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	r := ts.requests
	ts.requests = nil
	return r
}

func body(status int, b string) func(http.ResponseWriter, *http.Request, http.Handler) {
	return func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
		w.Header().Set("Content-Type", replay.ContentType("", []byte(b)))
		w.WriteHeader(status)
		w.Write([]byte(b))
	}
}

type env struct {
	st     *store.Store
	runner *crawl.Runner
	site   *testSite
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
		Rewrite: map[string]string{"legislation.nysenate.gov": site.srv.URL}}
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
