package us

import (
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
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// fault rewrites responses for request paths containing match.
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

// testSite serves the recorded govinfo site with optional faults and keeps
// the paths it was asked for.
type testSite struct {
	site     *replay.Site
	srv      *httptest.Server
	mu       sync.Mutex
	faults   []fault
	requests []string
}

func newSite(t *testing.T) *testSite {
	t.Helper()
	ts := &testSite{site: &replay.Site{FS: Recorded(), Days: []string{"day1", "day2"}}}
	ts.site.SetDay(1)
	ts.srv = httptest.NewServer(http.HandlerFunc(ts.serve))
	t.Cleanup(ts.srv.Close)
	return ts
}

func (ts *testSite) serve(w http.ResponseWriter, r *http.Request) {
	ts.mu.Lock()
	if r.URL.Path != "/robots.txt" {
		ts.requests = append(ts.requests, r.URL.Path)
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

// takeRequests returns the paths requested since the last call.
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
	src    *Source
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	site := newSite(t)
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.DiscardHandler), RequestsPerMinute: 0, Retries: 2, Backoff: 10 * time.Millisecond,
		Timeout: 2 * time.Second, Rewrite: map[string]string{"www.govinfo.gov": site.srv.URL}}
	return &env{st: st, runner: r, site: site, src: &Source{}}
}

// withLastModified gives the source the lookup scraper.Env lacks: the
// Last-Modified of the stored copy of a URL, read from the store's HTTP cache.
func (e *env) withLastModified() {
	e.src.lastModified = func(ctx context.Context, url string) (time.Time, bool) {
		c, err := e.st.CacheEntry(ctx, url)
		if err != nil {
			return time.Time{}, false
		}
		t, err := http.ParseTime(c.LastModified)
		return t, err == nil
	}
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
