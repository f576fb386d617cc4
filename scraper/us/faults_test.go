package us

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/billwatch/billwatch/store"
)

// Every fault gives a clear error in the run's health, loses nothing already
// stored and records no change but the source failure itself; once the site
// recovers, the next run completes the day's data.
func TestFaultsLoseNothing(t *testing.T) {
	const index, hrMap, hr264 = "sitemapindex.xml", "/116hr/sitemap.xml", "BILLSTATUS-116hr264.xml"
	sleepy := func(w http.ResponseWriter, r *http.Request, _ http.Handler) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}
	emptySet := `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`
	tests := []struct {
		name    string
		faults  []fault
		status  string
		message string // in the run's message or errors
	}{
		{"index 500", []fault{{Match: index, Serve: body(500, "Internal Server Error")}}, store.RunFailed, "HTTP 500"},
		{"index 403", []fault{{Match: index, Serve: body(403, "Forbidden")}}, store.RunFailed, "HTTP 403"},
		{"index 401", []fault{{Match: index, Serve: body(401, "Unauthorized")}}, store.RunFailed, "HTTP 401"},
		{"index is an HTML page", []fault{{Match: index, Serve: body(200, "<!DOCTYPE html><html><body>Maintenance</body></html>")}}, store.RunFailed, "not a sitemap"},
		{"index without this congress", []fault{{Match: index, Serve: body(200, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>`)}}, store.RunFailed, "no sitemap for congress 116"},
		{"type sitemap truncated", []fault{{Match: hrMap, Serve: body(200, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.gov`)}}, store.RunFailed, "unexpected content"},
		{"zero bills", []fault{{Match: "/sitemap.xml", Serve: body(200, emptySet)}}, store.RunFailed, "no bills"},
		{"type sitemap timeout", []fault{{Match: hrMap, Serve: sleepy}}, store.RunFailed, "Timeout"},
		{"listed BILLSTATUS 404", []fault{{Match: hr264, Serve: body(404, "Not Found")}}, store.RunPartial, "HR 264: GET https://www.govinfo.gov/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml: HTTP 404"},
		{"BILLSTATUS malformed XML", []fault{{Match: hr264, Serve: body(200, `<?xml version="1.0"?><billStatus><bill><number>264</number><type>HR`)}}, store.RunPartial, "not a BILLSTATUS document"},
		{"BILLSTATUS is an HTML page", []fault{{Match: hr264, Serve: body(200, "<html><body><h1>Error</h1></body></html>")}}, store.RunPartial, "not XML"},
		{"BILLSTATUS of another bill", []fault{{Match: hr264, Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
			r.URL.Path = "/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr2157.xml"
			next.ServeHTTP(w, r)
		}}}, store.RunPartial, "describes HR 2157"},
		{"BILLSTATUS 429 storm", []fault{{Match: hr264, Serve: func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
		}}}, store.RunFailed, "rate limited"}, // every further request would be refused: the crawl stops
		{"BILLSTATUS asks to wait a day", []fault{{Match: hr264, Serve: func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
			w.Header().Set("Retry-After", "86400")
			w.WriteHeader(http.StatusServiceUnavailable)
		}}}, store.RunFailed, "asks to wait 86400"},
		{"new text 404", []fault{{Match: "BILLS-116hr264pcs", Serve: body(404, "Not Found")}}, store.RunPartial, "Placed on Calendar Senate"},
		{"new text truncated", []fault{{Match: "BILLS-116hr264pcs", Serve: body(200, `<?xml version="1.0"?><bill xmlns="http://schemas.gpo.gov/xml/uslm"><main><section>`)}}, store.RunPartial, "unexpected content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.runner.Timeout = 300 * time.Millisecond
			if _, err := e.crawl(t, "116"); err != nil {
				t.Fatal(err)
			}
			before := counts(t, e.st)
			mark := lastChange(t, e.st)
			e.site.SetDay(2)
			e.site.SetFaults(tt.faults...)
			run, _ := e.crawl(t, "116")
			if run.Status != tt.status {
				t.Fatalf("status %s, want %s (%s %v)", run.Status, tt.status, run.Message, run.Errors)
			}
			all := run.Message + " " + strings.Join(run.Errors, " ")
			if !strings.Contains(all, tt.message) {
				t.Fatalf("health %q lacks %q", all, tt.message)
			}
			chs := changesSince(t, e.st, mark)
			if tt.status == store.RunFailed {
				if len(chs) != 1 || chs[0].Kind != store.KindSourceFailed {
					t.Fatalf("changes after fault: %v", kindsOf(chs))
				}
				after := counts(t, e.st)
				after["changes"]--
				if !equalCounts(before, after) {
					t.Fatalf("history moved: %v → %v", before, after)
				}
			}
			for _, c := range chs {
				if c.Kind == store.KindActionRemoved || c.Kind == store.KindBillRemoved || c.Kind == store.KindVersionChanged {
					t.Fatalf("spurious change after a fault: %s %s", c.Kind, c.Summary)
				}
			}
			e.site.SetFaults()
			run, err := e.crawl(t, "116")
			if err != nil || run.Status != store.RunOK {
				t.Fatalf("recovery run: %+v %v", run, err)
			}
			d, err := e.st.Bill(t.Context(), "us/116/HR264")
			if err != nil || len(d.Actions) != 3 || len(d.Versions) != 2 || d.Versions[1].TextLength == 0 {
				t.Fatalf("after recovery H.R. 264 has %d actions, %d versions: %v", len(d.Actions), len(d.Versions), err)
			}
		})
	}
}

// A 429 with Retry-After is waited out and retried.
func TestRetryAfterIsHonoured(t *testing.T) {
	e := newEnv(t)
	var n atomic.Int32
	e.site.SetFaults(fault{Match: "sitemapindex.xml", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	}})
	start := time.Now()
	run, err := e.crawl(t, "116")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("retried after %s, before Retry-After", waited)
	}
}

// A list far shorter than what is stored fails the run and removes nothing.
func TestShrunkListRemovesNothing(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "116"); err != nil {
		t.Fatal(err)
	}
	only264 := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.govinfo.gov/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml</loc></url></urlset>`
	empty := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>`
	e.site.SetFaults(fault{Match: "/116hr/", Serve: body(200, only264)}, fault{Match: "/116hjres/", Serve: body(200, empty)}, fault{Match: "/116sconres/", Serve: body(200, empty)})
	run, _ := e.crawl(t, "116")
	if run.Status != store.RunFailed || !strings.Contains(run.Message, "far fewer") {
		t.Fatalf("shrunk list: %s %q", run.Status, run.Message)
	}
	rows, _ := e.st.ListBills(t.Context(), store.BillFilter{Session: "116"})
	for _, r := range rows {
		if r.Removed {
			t.Fatalf("%s marked removed by a failed run", r.ID)
		}
	}
}
