package ny

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/billwatch/billwatch/scraper"
)

// After downtime longer than the lookback, the updates window reaches back
// to a day before the last successful run, so no update is missed.
func TestUpdatesWindowCoversDowntime(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"success":true,"result":{"items":[],"size":0},"offsetStart":1,"offsetEnd":0,"total":0}`))
	}))
	defer srv.Close()
	now := time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)
	s := &Source{now: func() time.Time { return now }}
	f := scraper.NewFetcher(scraper.Options{AllowedHosts: []string{"legislation.nysenate.gov"},
		Rewrite: map[string]string{"legislation.nysenate.gov": srv.URL}, Log: slog.New(slog.DiscardHandler)})
	for _, tt := range []struct {
		last     time.Time
		wantFrom string
	}{
		{time.Time{}, "2026-03-24"},              // never run: the weekly lookback
		{now.Add(-48 * time.Hour), "2026-03-24"}, // recent success: the lookback already covers it
		{now.AddDate(0, 0, -30), "2026-02-28"},   // a month down: back to a day before the last success
	} {
		paths = nil
		env := &scraper.Env{Fetch: f, LastSuccess: tt.last}
		if _, err := s.updated(context.Background(), env, "2025"); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(paths, " "), "/updates/"+tt.wantFrom) {
			t.Errorf("last success %v: requested %v, want the window to start %s", tt.last, paths, tt.wantFrom)
		}
	}
}
