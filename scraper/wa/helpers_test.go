package wa_test

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
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/wa"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// fault rewrites responses whose path and query contain match.
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

// testSite serves the recorded Washington site, one server per official
// host (replay prefix = host, as the demo does), with optional faults, and
// records the requests it sees.
type testSite struct {
	sites    []*replay.Site
	rewrite  map[string]string
	mu       sync.Mutex
	faults   []fault
	requests []string
}

func newSite(t *testing.T) *testSite {
	t.Helper()
	ts := &testSite{rewrite: map[string]string{}}
	for _, host := range []string{wa.ServiceHost, wa.DocumentHost, wa.PageHost} {
		site := &replay.Site{FS: wa.Recorded(), Days: []string{"day1", "day2"}, Prefix: host}
		site.SetDay(1)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ts.serve(w, r, site) }))
		t.Cleanup(srv.Close)
		ts.sites = append(ts.sites, site)
		ts.rewrite[host] = srv.URL
	}
	return ts
}

func (ts *testSite) serve(w http.ResponseWriter, r *http.Request, site *replay.Site) {
	target := r.URL.Path + "?" + r.URL.RawQuery
	ts.mu.Lock()
	ts.requests = append(ts.requests, target)
	faults := append([]fault(nil), ts.faults...)
	ts.mu.Unlock()
	for _, f := range faults {
		if strings.Contains(target, f.match) {
			f.serve(w, r, site)
			return
		}
	}
	site.ServeHTTP(w, r)
}

func (ts *testSite) setDay(n int) {
	for _, s := range ts.sites {
		s.SetDay(n)
	}
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

func body(status int, contentType, b string) func(http.ResponseWriter, *http.Request, http.Handler) {
	return func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		w.Write([]byte(b))
	}
}

type env struct {
	st     *store.Store
	runner *crawl.Runner
	site   *testSite
	src    scraper.Source
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	site := newSite(t)
	src, err := scraper.Get("wa")
	if err != nil {
		t.Fatal(err)
	}
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.DiscardHandler), RequestsPerMinute: 0, Retries: 2, Backoff: 10 * time.Millisecond,
		Timeout: 2 * time.Second, Rewrite: site.rewrite}
	return &env{st: st, runner: r, site: site, src: src}
}

func (e *env) crawl(t *testing.T, session string) (store.Run, error) {
	t.Helper()
	return e.runner.Run(context.Background(), e.src, crawl.Options{Session: session})
}

func crawlOnly(session string, ids ...string) crawl.Options {
	return crawl.Options{Session: session, Only: ids}
}

func kindsOf(chs []store.Change) []string {
	var out []string
	for _, c := range chs {
		out = append(out, c.Kind)
	}
	return out
}
