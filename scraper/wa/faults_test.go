package wa_test

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/crawltest"

	"github.com/billwatch/billwatch/store"
)

const (
	xmlType  = "text/xml; charset=utf-8"
	htmlType = "text/html; charset=utf-8"
	ns       = `xmlns="http://WSLWebServices.leg.wa.gov/"`
)

// Every fault gives a clear error in the run's health, loses nothing already
// stored and records no change but the source failure itself; the next
// healthy run completes the day's data.
func TestFaultsLoseNothing(t *testing.T) {
	sleepy := func(w http.ResponseWriter, r *http.Request, _ http.Handler) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}
	emptyList := `<?xml version="1.0" encoding="utf-8"?><ArrayOfLegislationInfo ` + ns + ` />`
	tests := []struct {
		name    string
		day     int // the site's day during the faulty run
		faults  []fault
		status  string
		message string // in the run's message or errors
	}{
		{"list 500", 1, []fault{{Match: "GetLegislationByYear", Serve: body(500, "text/plain", "Missing parameter: year.")}}, store.RunFailed, "HTTP 500"},
		{"list HTML instead of XML", 1, []fault{{Match: "GetLegislationByYear", Serve: body(200, htmlType, "<!DOCTYPE html><html><body>Down for maintenance</body></html>")}}, store.RunFailed, "not a legislation web-service response"},
		{"list truncated XML", 1, []fault{{Match: "year=2026", Serve: body(200, xmlType, `<ArrayOfLegislationInfo `+ns+`><LegislationInfo><BillId>HB 10`)}}, store.RunFailed, "unexpected content"},
		{"zero bills", 1, []fault{{Match: "GetLegislationByYear", Serve: body(200, xmlType, emptyList)}}, store.RunFailed, "no bills"},
		{"service 403", 2, []fault{{Match: ".asmx/", Serve: body(403, htmlType, "<html>Forbidden</html>")}}, store.RunFailed, "HTTP 403"},
		{"service 401", 2, []fault{{Match: ".asmx/", Serve: body(401, htmlType, "<html>Unauthorized</html>")}}, store.RunFailed, "HTTP 401"},
		{"history malformed", 2, []fault{{Match: "StatusChangesByBillNumber?biennium=2025-26&billNumber=1069", Serve: body(200, xmlType, `<ArrayOfLegislativeStatus `+ns+`><LegislativeStatus><HistoryLine>x`)}}, store.RunPartial, "HB 1069"},
		{"history bad date", 2, []fault{{Match: "billNumber=1069&beginDate", Serve: body(200, xmlType, `<ArrayOfLegislativeStatus `+ns+`><LegislativeStatus><HistoryLine>x</HistoryLine><ActionDate>March 9</ActionDate></LegislativeStatus></ArrayOfLegislativeStatus>`)}}, store.RunPartial, `date "March 9"`},
		{"legislation 503", 2, []fault{{Match: "GetLegislation?biennium=2025-26&billNumber=1069", Serve: body(503, "text/plain", "busy")}}, store.RunPartial, "HTTP 503"},
		{"documents HTML", 2, []fault{{Match: "GetDocuments?biennium=2025-26&namedLike=1069", Serve: body(200, htmlType, "<html><body>Error</body></html>")}}, store.RunPartial, "not a legislation web-service response"},
		{"sponsors timeout", 2, []fault{{Match: "GetSponsors?biennium=2025-26&billId=HB", Serve: sleepy}}, store.RunPartial, "Timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.runner.Timeout = 300 * time.Millisecond
			if _, err := e.crawl(t, "2025-26"); err != nil {
				t.Fatal(err)
			}
			b := crawltest.Snapshot(t, e.st)
			e.site.SetDay(tt.day)
			e.site.SetFaults(tt.faults...)
			run, _ := e.crawl(t, "2025-26")
			crawltest.CheckFaultRun(t, e.st, b, run, tt.status, tt.message)
			e.site.SetFaults()
			run, err := e.crawl(t, "2025-26")
			if err != nil || run.Status != store.RunOK {
				t.Fatalf("recovery run: %+v %v", run, err)
			}
			if tt.day == 2 {
				d, _ := e.st.Bill(t.Context(), "wa/2025-26/HB1069")
				if len(d.Actions) != 20 || len(d.Versions) != 1 || d.Versions[0].TextLength == 0 {
					t.Fatalf("recovery did not complete day 2: %d actions, versions %+v", len(d.Actions), d.Versions)
				}
			}
		})
	}
}

// A listed document that is missing (404) or broken is recorded without
// text and reported; once it is served, its text is filled in with no
// spurious "new version" or "version changed".
func TestBrokenDocument(t *testing.T) {
	for name, f := range map[string]fault{
		"404":       {Match: "1069.PL.xml", Serve: body(404, htmlType, "<html>Not Found</html>")},
		"truncated": {Match: "1069.PL.xml", Serve: body(200, xmlType, "\ufeff<?xml version=\"1.0\"?><CertifiedBill type=\"pl\" xmlns=\"http://leg.wa.gov/2012/document\"><Bill><BillBody><P>Sec. 1")},
		"HTML page": {Match: "1069.PL.xml", Serve: body(200, htmlType, "<!DOCTYPE html><html><body><h1>Service Unavailable</h1><p>Please try again later.</p></body></html>")},
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			if _, err := e.crawl(t, "2025-26"); err != nil {
				t.Fatal(err)
			}
			e.site.SetDay(2)
			e.site.SetFaults(f)
			run, _ := e.crawl(t, "2025-26")
			if run.Status != store.RunPartial || !strings.Contains(strings.Join(run.Errors, " "), "House Bill (Passed Legislature)") {
				t.Fatalf("run %s %v", run.Status, run.Errors)
			}
			d, _ := e.st.Bill(t.Context(), "wa/2025-26/HB1069")
			if len(d.Versions) != 1 || d.Versions[0].TextLength != 0 || len(d.Actions) != 20 {
				t.Fatalf("the version and the actions are recorded, the text is not: %+v", d.Versions)
			}
			mark := lastChange(t, e.st)
			e.site.SetFaults()
			run, _ = e.crawl(t, "2025-26")
			if run.Status != store.RunOK {
				t.Fatalf("after the document is fixed: %s %v", run.Status, run.Errors)
			}
			d, _ = e.st.Bill(t.Context(), "wa/2025-26/HB1069")
			if d.Versions[0].TextLength == 0 {
				t.Fatal("text not extracted once the document was fixed")
			}
			for _, c := range changesSince(t, e.st, mark) {
				if c.Kind == store.KindVersion || c.Kind == store.KindVersionChanged {
					t.Fatalf("spurious version change: %s", c.Summary)
				}
			}
		})
	}
}

// A 429 with Retry-After is waited out and retried; a storm of them fails
// the run as rate limited, with nothing written.
func TestRetryAfter(t *testing.T) {
	e := newEnv(t)
	var n atomic.Int32
	e.site.SetFaults(fault{Match: "year=2025", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	}})
	start := time.Now()
	run, err := e.crawl(t, "2025-26")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("retried after %s, before Retry-After", waited)
	}

	storm := newEnv(t)
	storm.site.SetFaults(fault{Match: ".asmx/", Serve: func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
		w.Header().Set("Retry-After", "0")
		w.WriteHeader(http.StatusTooManyRequests)
	}})
	run, _ = storm.crawl(t, "2025-26")
	if run.Status != store.RunFailed || !strings.Contains(run.Message, "rate limited") {
		t.Fatalf("429 storm: %s %q", run.Status, run.Message)
	}
	if c := counts(t, storm.st); c["bills"] != 0 || c["http_cache"] != 0 {
		t.Fatalf("a failed run wrote %v", c)
	}
}

// A list far shorter than what is stored fails the run and removes nothing;
// a healthy list without a bill records it as no longer listed.
func TestShrunkListRemovesNothing(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "2025-26"); err != nil {
		t.Fatal(err)
	}
	only1069 := `<ArrayOfLegislationInfo ` + ns + `><LegislationInfo><Biennium>2025-26</Biennium><BillId>HB 1069</BillId><BillNumber>1069</BillNumber><OriginalAgency>House</OriginalAgency></LegislationInfo></ArrayOfLegislationInfo>`
	e.site.SetFaults(fault{Match: "GetLegislationByYear", Serve: body(200, xmlType, only1069)})
	e.runner.MinListRatio = 0.75
	run, _ := e.crawl(t, "2025-26")
	if run.Status != store.RunFailed || !strings.Contains(run.Message, "far fewer") {
		t.Fatalf("shrunk list: %s %q", run.Status, run.Message)
	}
	if d, _ := e.st.Bill(t.Context(), "wa/2025-26/SB6137"); d.Removed {
		t.Fatal("SB 6137 marked removed by a failed run")
	}
	e.runner.MinListRatio = 0.5
	if run, _ = e.crawl(t, "2025-26"); run.Status != store.RunOK {
		t.Fatalf("healthy run: %s %s", run.Status, run.Message)
	}
	d, _ := e.st.Bill(t.Context(), "wa/2025-26/SB6137")
	if !d.Removed || len(d.Actions) != 27 || len(d.Versions) != 1 {
		t.Fatalf("SB 6137 should be recorded as no longer listed and keep its history: removed=%v", d.Removed)
	}
}
