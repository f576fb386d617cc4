package vt_test

import (
	"context"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/crawltest"
	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/internal/synth"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
)

// A re-check of an unchanged session costs the three lists plus one 304 per
// page the bills came from, and writes nothing, also for bills that have no
// detailed status yet (their status page is their only page).
func TestRecheckUnchangedSessionIsAllNotModified(t *testing.T) {
	v := &synth.Vermont{Slug: "2026", Bills: 12, IdleEvery: 4} // bills 3, 7 and 11 have no activity yet
	site := &replay.Site{FS: v.FS(), Days: []string{"day1"}}
	site.SetDay(1)
	var full atomic.Int32 // responses with a body
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		site.ServeHTTP(rec, r)
		if rec.Code == http.StatusOK && r.URL.Path != "/robots.txt" {
			full.Add(1)
		}
		for k, vs := range rec.Header() {
			w.Header()[k] = vs
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}))
	defer srv.Close()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &crawl.Runner{Store: st, Log: slog.New(slog.DiscardHandler), Rewrite: map[string]string{"legislature.vermont.gov": srv.URL}}
	src, _ := scraper.Get("vt")
	first, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"})
	if err != nil || first.Status != store.RunOK {
		t.Fatalf("first crawl: %+v %v", first, err)
	}
	d, err := st.Bill(t.Context(), "vt/2026/"+v.Number(3))
	if err != nil || len(d.Actions) != 0 || len(d.Versions) != 1 {
		t.Fatalf("bill without activity: %+v %v", d, err)
	}
	full.Store(0)
	again, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"})
	if err != nil || again.Status != store.RunOK {
		t.Fatalf("re-check: %+v %v", again, err)
	}
	// Per bill: status page, detailed status (not for idle bills), PDF.
	wantRequests := int64(3 + 3*v.Bills - 3)
	if again.Requests != wantRequests || again.NotModified != wantRequests-3 || full.Load() != 3 {
		t.Fatalf("re-check: %d requests, %d not modified, %d full responses; want %d, %d, 3 (the lists)",
			again.Requests, again.NotModified, full.Load(), wantRequests, wantRequests-3)
	}
	if again.RowsWritten != 0 || again.Changes != 0 {
		t.Fatalf("re-check wrote %d rows, %d changes", again.RowsWritten, again.Changes)
	}
}

// When only the detailed-status JSON changed, it is downloaded once: the
// conditional answer that carried the change is used, and only a status page
// that came back without a body (304) is fetched again.
func TestChangedDetailedStatusIsFetchedOnce(t *testing.T) {
	const page, detail = "/bill/status/2026/H.351", "/bill/loadBillDetailedStatus/2026/41872"
	day2, err := fs.ReadFile(vt.Recorded(), "day2"+detail)
	if err != nil {
		t.Fatal(err)
	}
	noValidators := func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		r.Header.Del("If-None-Match")
		r.Header.Del("If-Modified-Since")
		next.ServeHTTP(w, r) // 200 with the stored bytes: unchanged by its fingerprint
	}
	for _, tt := range []struct {
		name      string
		pageFault []crawltest.Fault
		pageGets  int
	}{
		{"status page 304", nil, 2},
		{"status page 200, same bytes", []crawltest.Fault{{Match: page, Serve: noValidators}}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := crawltest.NewSite(t, vt.Recorded(), host)
			st := crawltest.OpenStore(t)
			r := crawltest.NewRunner(st, site.Rewrite())
			src, _ := scraper.Get("vt")
			if run, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"}); err != nil || run.Status != store.RunOK {
				t.Fatalf("first crawl: %+v %v", run, err)
			}
			before, _ := st.Bill(t.Context(), "vt/2026/H.351")
			site.TakeRequests()
			site.SetFaults(append(tt.pageFault, crawltest.Fault{Match: detail, Serve: crawltest.BodyAs(200, "application/json", string(day2))})...)
			if run, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"}); err != nil || run.Status != store.RunOK {
				t.Fatalf("second crawl: %+v %v", run, err)
			}
			got := map[string]int{}
			for _, p := range site.TakeRequests() {
				got[p]++
			}
			if got[detail] != 1 || got[page] != tt.pageGets {
				t.Fatalf("detailed status fetched %d times (want 1), status page %d (want %d)", got[detail], got[page], tt.pageGets)
			}
			after, _ := st.Bill(t.Context(), "vt/2026/H.351")
			if len(after.Actions) != len(before.Actions)+1 {
				t.Fatalf("actions %d → %d, want one more", len(before.Actions), len(after.Actions))
			}
		})
	}
}
