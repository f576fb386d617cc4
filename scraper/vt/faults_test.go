package vt_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/crawltest"
	"github.com/billwatch/billwatch/internal/synth"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

const host = "legislature.vermont.gov"

// synthEnv is a synthetic twelve-bill session, served by crawltest and
// crawled once without faults.
type synthEnv struct {
	v      *synth.Vermont
	site   *crawltest.Site
	st     *store.Store
	runner *crawl.Runner
	src    scraper.Source
}

func newSynthEnv(t *testing.T) *synthEnv {
	t.Helper()
	v := &synth.Vermont{Slug: "2026", Bills: 12}
	e := &synthEnv{v: v, site: crawltest.NewSite(t, v.FS(), host), st: crawltest.OpenStore(t)}
	e.runner = crawltest.NewRunner(e.st, e.site.Rewrite())
	e.src, _ = scraper.Get("vt")
	if run, err := e.crawl(t); err != nil || run.Status != store.RunOK {
		t.Fatalf("first crawl: %+v %v", run, err)
	}
	e.site.TakeRequests()
	return e
}

func (e *synthEnv) crawl(t *testing.T) (store.Run, error) {
	return e.runner.Run(t.Context(), e.src, crawl.Options{Session: "2026"})
}

// A server that answers with 429 and "Retry-After: 3600" gets no further
// request this run, whether the answer was to a bill's page (the crawl stops
// there) or to a version PDF the pipeline fetched (the next bill's request is
// refused unsent, which stops the crawl). The run fails, the bills after it
// are not asked for, and nothing stored moves.
func TestLongRetryAfterEndsTheCrawl(t *testing.T) {
	for _, tt := range []struct{ name, match, message string }{
		{"status page", "/bill/status/2026/H.6", "asks to wait 3600"},
		{"version PDF", ".pdf", "Retry-After 3600"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newSynthEnv(t)
			b := crawltest.Snapshot(t, e.st)
			e.site.SetFaults(crawltest.Fault{Match: tt.match, Serve: func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
				w.Header().Set("Retry-After", "3600")
				w.WriteHeader(http.StatusTooManyRequests)
			}})
			run, _ := e.crawl(t)
			crawltest.CheckFaultRun(t, e.st, b, run, store.RunFailed, tt.message)
			reqs := e.site.TakeRequests()
			statusPages, hits := 0, 0
			for _, r := range reqs {
				if strings.HasPrefix(r, "/bill/status/") {
					statusPages++
				}
				if strings.Contains(r, tt.match) {
					hits++
				}
			}
			if n := len(reqs); n == 0 || !strings.Contains(reqs[n-1], tt.match) || hits != 1 || statusPages >= e.v.Bills {
				t.Fatalf("requests after the 429, or none: %d status pages of %d bills; %v", statusPages, e.v.Bills, reqs)
			}
			e.site.SetFaults()
			if run, err := e.crawl(t); err != nil || run.Status != store.RunOK {
				t.Fatalf("a later run (a new fetcher) asks again: %+v %v", run, err)
			}
		})
	}
}

// robots.txt is obeyed as the robots spec says: a 5xx means "disallow all"
// (the run fails, clearly, without a single page request), a 4xx means no
// rules, and a Disallow keeps its paths from being fetched.
func TestRobotsTxt(t *testing.T) {
	robots := func(status int, body string) crawltest.Fault {
		return crawltest.Fault{Match: "/robots.txt", Serve: crawltest.BodyAs(status, "text/plain", body)}
	}
	tests := []struct {
		name    string
		fault   crawltest.Fault
		status  string
		message string
		never   string // no request path contains it
	}{
		{"503", robots(503, "busy"), store.RunFailed, "robots.txt could not be read", "/bill/"},
		{"404", robots(404, "not found"), store.RunOK, "", ""},
		{"Disallow", robots(200, "User-agent: billwatch\nDisallow: /bill/loadBillDetailedStatus/\n"), store.RunFailed,
			"disallowed by robots.txt", "loadBillDetailedStatus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newSynthEnv(t)
			b := crawltest.Snapshot(t, e.st)
			e.site.SetFaults(tt.fault)
			run, _ := e.crawl(t)
			crawltest.CheckFaultRun(t, e.st, b, run, tt.status, tt.message)
			for _, r := range e.site.TakeRequests() {
				if tt.never != "" && strings.Contains(r, tt.never) {
					t.Fatalf("requested %s", r)
				}
			}
		})
	}
}
