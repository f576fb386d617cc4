package vt_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/internal/synth"
	"github.com/billwatch/billwatch/scraper"
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
