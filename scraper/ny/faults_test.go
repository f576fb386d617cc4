package ny_test

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/crawltest"

	"github.com/billwatch/billwatch/store"
)

// storm answers every request with 429 and a Retry-After of one second.
func storm(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusTooManyRequests)
}

// Every fault gives a clear error in the run's health, loses nothing already
// stored and records no change but the source failure itself; the next run
// after the API recovers completes the day's data.
func TestFaultsLoseNothing(t *testing.T) {
	const a6361 = "/bills/2017/A6361"
	tests := []struct {
		name    string
		day     int // the site's day during the faulty run
		faults  []fault
		status  string
		message string // in the run's message or errors
	}{
		{"list 500", 2, []fault{{Match: "/bills/2017", Serve: body(500, "Internal Server Error")}}, store.RunFailed, "HTTP 500"},
		{"list truncated JSON", 2, []fault{{Match: "/bills/2017", Serve: body(200, `{"success":true,"total":3,"result":{"items":[{"basePrintNo":"S6`)}}, store.RunFailed, "unexpected content"},
		{"list HTML instead of JSON", 2, []fault{{Match: "/bills/2017", Serve: body(200, `<html><body>Maintenance</body></html>`)}}, store.RunFailed, "not JSON"},
		{"list success=false", 2, []fault{{Match: "/bills/2017", Serve: body(200, `{"success":false,"message":"Internal error"}`)}}, store.RunFailed, "success=false"},
		{"zero bills", 2, []fault{{Match: "/bills/2017", Serve: body(200, `{"success":true,"total":0,"offsetStart":1,"offsetEnd":0,"result":{"items":[],"size":0}}`)}}, store.RunFailed, "no bills"},
		{"updates 503", 2, []fault{{Match: "/bills/updates/", Serve: body(503, "busy")}}, store.RunFailed, "HTTP 503"},
		{"updates garbage", 2, []fault{{Match: "/bills/updates/", Serve: body(200, `{"success":true,"total":5,"offsetStart":1,"offsetEnd":0,"result":{"items":[]}}`)}}, store.RunFailed, "empty page"},
		{"bill truncated JSON", 2, []fault{{Match: a6361, Serve: body(200, `{"success":true,"result":{"basePrintNo":"A6361","session":2017,"actions":{"items":[{"date":"2017`)}}, store.RunPartial, "not JSON"},
		{"bill HTML", 2, []fault{{Match: a6361, Serve: body(200, `<!DOCTYPE html><html><body>Error</body></html>`)}}, store.RunPartial, "not JSON"},
		{"listed bill 404", 2, []fault{{Match: a6361, Serve: body(404, `{"success":false,"message":"bill not found"}`)}}, store.RunPartial, "HTTP 404"},
		{"bill for another bill", 2, []fault{{Match: a6361, Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
			r.URL.Path = strings.Replace(r.URL.Path, "A6361", "A5457", 1)
			next.ServeHTTP(w, r)
		}}}, store.RunPartial, "asked for A6361"},
		{"key rejected on the list (401)", 2, []fault{{Match: "/bills/2017", Serve: body(401, `{"success":false,"message":"API key required"}`)}}, store.RunFailed, "API key rejected"},
		{"key rejected on a bill (403)", 2, []fault{{Match: a6361, Serve: body(403, `{"success":false,"message":"Forbidden"}`)}}, store.RunFailed, "API key rejected"},
		{"key refused in a 200 answer", 2, []fault{{Match: "/bills/2017", Serve: body(200, `{"success":false,"message":"Invalid API key","responseType":"error"}`)}}, store.RunFailed, "API key rejected"},
		{"429 storm on the list", 2, []fault{{Match: "/api/", Serve: storm}}, store.RunFailed, "rate limited"},
		{"429 storm on a bill", 2, []fault{{Match: a6361, Serve: storm}}, store.RunFailed, "rate limited"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			if _, err := e.crawl(t); err != nil {
				t.Fatal(err)
			}
			b := crawltest.Snapshot(t, e.st)
			e.site.SetDay(tt.day)
			e.site.SetFaults(tt.faults...)
			run, _ := e.crawl(t)
			crawltest.CheckFaultRun(t, e.st, b, run, tt.status, tt.message)
			e.site.SetFaults()
			run, err := e.crawl(t)
			if err != nil || run.Status != store.RunOK {
				t.Fatalf("recovery run: %+v %v", run, err)
			}
			d, _ := e.st.Bill(t.Context(), "ny/2017/A6361")
			if len(d.Actions) != 14 {
				t.Fatalf("after recovery A6361 has %d actions, want 14", len(d.Actions))
			}
		})
	}
}

// A broken print is recorded without text (the run is partial) and is
// extracted once the API serves it again, with no spurious version change.
func TestBrokenPrintIsRetried(t *testing.T) {
	e := newEnv(t)
	e.site.SetFaults(fault{Match: "/2017/A6361", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if r.URL.Query().Get("view") == "only_fulltext" {
			body(200, `{"success":true,"result":{"fullTextFormat":"HTML","fullText":""}}`)(w, r, next)
			return
		}
		next.ServeHTTP(w, r)
	}})
	run, _ := e.crawl(t)
	if run.Status != store.RunPartial || !strings.Contains(strings.Join(run.Errors, " "), "A6361") {
		t.Fatalf("run %s %v", run.Status, run.Errors)
	}
	d, _ := e.st.Bill(t.Context(), "ny/2017/A6361")
	if len(d.Versions) != 1 || d.Versions[0].TextLength != 0 {
		t.Fatalf("the version is recorded, without text: %+v", d.Versions)
	}
	mark := lastChange(t, e.st)
	e.site.SetFaults()
	if run, _ = e.crawl(t); run.Status != store.RunOK {
		t.Fatalf("after the print is fixed: %s %v", run.Status, run.Errors)
	}
	d, _ = e.st.Bill(t.Context(), "ny/2017/A6361")
	if d.Versions[0].TextLength == 0 {
		t.Fatal("text not extracted once the print was served")
	}
	for _, c := range changesSince(t, e.st, mark) {
		if c.Kind == store.KindVersion || c.Kind == store.KindVersionChanged {
			t.Fatalf("spurious version change: %s", c.Summary)
		}
	}
}

// A single 429 with Retry-After is waited out and retried.
func TestRetryAfterIsHonoured(t *testing.T) {
	e := newEnv(t)
	var n atomic.Int32
	e.site.SetFaults(fault{Match: "/api/3/bills/2017", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if n.Add(1) == 1 {
			storm(w, r, next)
			return
		}
		next.ServeHTTP(w, r)
	}})
	start := time.Now()
	run, err := e.crawl(t)
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
	if _, err := e.crawl(t); err != nil {
		t.Fatal(err)
	}
	e.site.SetFaults(fault{Match: "/api/3/bills/2017", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if r.URL.Query().Get("idsOnly") != "true" {
			next.ServeHTTP(w, r)
			return
		}
		body(200, `{"success":true,"total":1,"offsetStart":1,"offsetEnd":1,"result":{"items":[{"basePrintNo":"S609","session":2017}],"size":1}}`)(w, r, next)
	}})
	e.runner.MinListRatio = 0.75
	run, _ := e.crawl(t)
	if run.Status != store.RunFailed || !strings.Contains(run.Message, "far fewer") {
		t.Fatalf("shrunk list: %s %q", run.Status, run.Message)
	}
	rows, _ := e.st.ListBills(t.Context(), store.BillFilter{Session: "2017"})
	for _, r := range rows {
		if r.Removed {
			t.Fatalf("%s marked removed by a failed run", r.ID)
		}
	}
}

// A print whose text failed is fetched again on the next run even when its
// bill is outside the updates window (S609 is not in it).
func TestBrokenPrintOutsideTheWindowIsRetried(t *testing.T) {
	e := newEnv(t)
	e.site.SetFaults(fault{Match: "/2017/S609", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if r.URL.Query().Get("view") == "only_fulltext" {
			body(200, `{"success":true,"result":{"fullTextFormat":"HTML","fullText":""}}`)(w, r, next)
			return
		}
		next.ServeHTTP(w, r)
	}})
	if run, _ := e.crawl(t); run.Status != store.RunPartial {
		t.Fatalf("first run %s %v", run.Status, run.Errors)
	}
	e.site.SetFaults()
	e.site.TakeRequests()
	if run, _ := e.crawl(t); run.Status != store.RunOK {
		t.Fatalf("after the print is fixed: %s %v", run.Status, run.Errors)
	}
	if reqs := strings.Join(e.site.TakeRequests(), " "); !strings.Contains(reqs, "/api/3/bills/2017/S609") {
		t.Fatalf("S609 not asked for again: %s", reqs)
	}
	d, _ := e.st.Bill(t.Context(), "ny/2017/S609")
	for _, v := range d.Versions {
		if v.TextLength == 0 {
			t.Fatalf("%s still without text", v.Name)
		}
	}
}
