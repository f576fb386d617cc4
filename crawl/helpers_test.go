package crawl_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/crawltest"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
)

// fault replaces the response to requests whose path contains match.
type fault struct {
	match string
	serve func(w http.ResponseWriter, r *http.Request, next http.Handler)
}

// testSite is the shared harness with this package's fault literal.
type testSite struct{ *crawltest.Site }

func (s testSite) setFaults(fs ...fault) {
	out := make([]crawltest.Fault, len(fs))
	for i, f := range fs {
		out[i] = crawltest.Fault{Match: f.match, Serve: f.serve}
	}
	s.SetFaults(out...)
}

var (
	body         = crawltest.Body
	counts       = crawltest.Counts
	equalCounts  = crawltest.SameCounts
	changesSince = crawltest.ChangesSince
	lastChange   = crawltest.LastChange
)

// env is the reconstructed Vermont site, a fresh store and the pipeline.
type env struct {
	st     *store.Store
	runner *crawl.Runner
	site   testSite
	src    scraper.Source
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st := crawltest.OpenStore(t)
	site := crawltest.NewSite(t, vt.Recorded(), "legislature.vermont.gov")
	src, _ := scraper.Get("vt")
	return &env{st: st, runner: crawltest.NewRunner(st, site.Rewrite()), site: testSite{site}, src: src}
}

func (e *env) crawl(t *testing.T, session string) (store.Run, error) {
	t.Helper()
	return e.runner.Run(context.Background(), e.src, crawl.Options{Session: session})
}
