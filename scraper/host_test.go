package scraper

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// Once a host has said "wait longer than the run can" (a Retry-After over
// the cap, or 429 on every try), later requests to it fail at once as rate
// limited, without being sent.
func TestFetcherBlocksHostThatAsksToWait(t *testing.T) {
	for _, tt := range []struct {
		name, retryAfter string
		sent             int32 // requests the first Get sends
	}{
		{"Retry-After over the cap", "3600", 1},
		{"429 on every try", "0", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var pages atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					return
				}
				pages.Add(1)
				w.Header().Set("Retry-After", tt.retryAfter)
				w.WriteHeader(http.StatusTooManyRequests)
			}))
			defer srv.Close()
			f := newTestFetcher(srv, Options{Retries: 2})
			if _, err := f.Get(context.Background(), "https://example.test/a"); !errors.Is(err, ErrRateLimited) {
				t.Fatalf("first request: %v", err)
			}
			_, err := f.GetConditional(context.Background(), "https://example.test/b")
			if !errors.Is(err, ErrRateLimited) || !strings.Contains(err.Error(), "not sent") {
				t.Fatalf("second request: %v", err)
			}
			if pages.Load() != tt.sent || f.Stats().Requests != int64(tt.sent) {
				t.Fatalf("%d requests sent (stats %d), want %d", pages.Load(), f.Stats().Requests, tt.sent)
			}
		})
	}
}
