package crawl_test

import (
	"context"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/crawltest"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
)

// fault replaces the response to requests whose path contains its Match.
type fault = crawltest.Fault

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
	site   *crawltest.Site
	src    scraper.Source
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st := crawltest.OpenStore(t)
	site := crawltest.NewSite(t, vt.Recorded(), "legislature.vermont.gov")
	src, _ := scraper.Get("vt")
	return &env{st: st, runner: crawltest.NewRunner(st, site.Rewrite()), site: site, src: src}
}

func (e *env) crawl(t *testing.T, session string) (store.Run, error) {
	t.Helper()
	return e.runner.Run(context.Background(), e.src, crawl.Options{Session: session})
}
