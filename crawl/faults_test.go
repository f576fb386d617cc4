package crawl_test

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/crawltest"

	"github.com/billwatch/billwatch/store"
)

// Every fault gives a clear error in the run's health, loses nothing already
// stored and records no change but the source failure itself.
func TestFaultsLoseNothing(t *testing.T) {
	brokenPDF := func(w http.ResponseWriter, r *http.Request, _ http.Handler) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntruncated"))
	}
	sleepy := func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}
	tests := []struct {
		name    string
		day     int // the site's day during the faulty run
		faults  []fault
		status  string
		message string // in the run's message or errors
	}{
		{"list 500", 1, []fault{{Match: "loadBillsIntroduced", Serve: body(500, "Internal Server Error")}}, store.RunFailed, "HTTP 500"},
		{"list truncated JSON", 1, []fault{{Match: "loadBillsIntroduced", Serve: body(200, `{"data":[{"BillNumber":"S.1`)}}, store.RunFailed, "unexpected content"},
		{"list HTML instead of JSON", 1, []fault{{Match: "loadBillsIntroduced", Serve: body(200, `<html><body>Maintenance</body></html>`)}}, store.RunFailed, "not JSON"},
		{"zero bills", 1, []fault{{Match: "loadBills", Serve: body(200, `{"data":[]}`)}}, store.RunFailed, "no bills"},
		{"status page redesigned", 2, []fault{{Match: "/bill/status/", Serve: body(200, `<html><main><h1>S.124</h1></main></html>`)}}, store.RunFailed, "bill-title"},
		{"status page timeout", 2, []fault{{Match: "/bill/status/", Serve: sleepy}}, store.RunFailed, "Timeout"},
		{"actions truncated JSON", 2, []fault{{Match: "loadBillDetailedStatus", Serve: body(200, `{"data":[{"StatusDate":"3/19/2019"`)}}, store.RunFailed, "detailed status is not JSON"},
		{"actions 503", 2, []fault{{Match: "loadBillDetailedStatus", Serve: body(503, "busy")}}, store.RunFailed, "HTTP 503"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			e.runner.Timeout = 300 * time.Millisecond
			if _, err := e.crawl(t, "2020"); err != nil {
				t.Fatal(err)
			}
			b := crawltest.Snapshot(t, e.st)
			e.site.SetDay(tt.day)
			e.site.SetFaults(tt.faults...)
			run, _ := e.crawl(t, "2020")
			crawltest.CheckFaultRun(t, e.st, b, run, tt.status, tt.message)
			// Once the site recovers, the next run completes the day's data.
			e.site.SetFaults()
			run, err := e.crawl(t, "2020")
			if err != nil || run.Status != store.RunOK {
				t.Fatalf("recovery run: %+v %v", run, err)
			}
		})
	}
	t.Run("broken PDF", func(t *testing.T) {
		e := newEnv(t)
		e.site.SetFaults(fault{Match: "Passed", Serve: brokenPDF})
		e.crawl(t, "2020")
		e.site.SetDay(2)
		run, _ := e.crawl(t, "2020")
		if run.Status != store.RunPartial || !strings.Contains(strings.Join(run.Errors, " "), "As Passed") {
			t.Fatalf("run %s %v", run.Status, run.Errors)
		}
		d, _ := e.st.Bill(t.Context(), "vt/2020/S.124")
		if len(d.Versions) != 2 || d.Versions[1].TextLength != 0 {
			t.Fatalf("the version is recorded, without text: %+v", d.Versions)
		}
		mark := lastChange(t, e.st)
		e.site.SetFaults()
		run, _ = e.crawl(t, "2020")
		if run.Status != store.RunOK {
			t.Fatalf("after the PDF is fixed: %s %v", run.Status, run.Errors)
		}
		d, _ = e.st.Bill(t.Context(), "vt/2020/S.124")
		if d.Versions[1].TextLength == 0 {
			t.Fatal("text not extracted once the PDF was fixed")
		}
		for _, c := range changesSince(t, e.st, mark) {
			if c.Kind == store.KindVersion || c.Kind == store.KindVersionChanged {
				t.Fatalf("spurious version change: %s", c.Summary)
			}
		}
	})
}

// A 429 with Retry-After is waited out and retried.
func TestRetryAfterIsHonoured(t *testing.T) {
	e := newEnv(t)
	var n atomic.Int32
	e.site.SetFaults(fault{Match: "loadBillsReleased", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	}})
	start := time.Now()
	run, err := e.crawl(t, "2020")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("retried after %s, before Retry-After", waited)
	}
}

// A list that shrinks far below what is stored fails the run and removes nothing;
// a healthy list that drops one bill records that bill as no longer listed.
func TestShrunkListRemovesNothing(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "2026"); err != nil {
		t.Fatal(err)
	}
	onlyH351 := `{"data":[{"BillNumber":"H.351","Title":"An act relating to operator’s licenses, privilege cards, and nondriver identification cards"}]}`
	e.site.SetFaults(fault{Match: "loadBillsIntroduced", Serve: body(200, onlyH351)}, fault{Match: "loadBillsReleased", Serve: body(200, onlyH351)})
	e.runner.MinListRatio = 0.75
	run, _ := e.crawl(t, "2026")
	if run.Status != store.RunFailed || !strings.Contains(run.Message, "far fewer") {
		t.Fatalf("shrunk list: %s %q", run.Status, run.Message)
	}
	rows, _ := e.st.ListBills(t.Context(), store.BillFilter{Session: "2026"})
	for _, r := range rows {
		if r.Removed {
			t.Fatalf("%s marked removed by a failed run", r.ID)
		}
	}
	e.runner.MinListRatio = 0.5
	run, _ = e.crawl(t, "2026")
	if run.Status != store.RunOK {
		t.Fatalf("healthy run: %s %s", run.Status, run.Message)
	}
	d, _ := e.st.Bill(t.Context(), "vt/2026/H.999")
	if !d.Removed {
		t.Fatal("H.999 should be recorded as no longer listed")
	}
	if len(d.Actions) == 0 || len(d.Versions) == 0 {
		t.Fatal("a removed bill keeps its history")
	}
}
