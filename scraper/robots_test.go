package scraper

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

// robotsServer serves robots.txt with the given answers in turn (the last
// one repeats) and "ok" for every page, counting both.
func robotsServer(t *testing.T, answers ...func(w http.ResponseWriter)) (srv *httptest.Server, robots, pages *atomic.Int32) {
	robots, pages = new(atomic.Int32), new(atomic.Int32)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			pages.Add(1)
			w.Write([]byte("ok"))
			return
		}
		if r.URL.RawQuery != "" {
			t.Errorf("robots.txt asked with a query (an API key?): %s", r.URL.RawQuery)
		}
		n := int(robots.Add(1))
		answers[min(n, len(answers))-1](w)
	}))
	t.Cleanup(srv.Close)
	return srv, robots, pages
}

func answer(status int, body string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.WriteHeader(status)
		w.Write([]byte(body))
	}
}

// A robots.txt that answers 5xx, even after retries, means "disallow all":
// every request to the host fails with a clear error, none is sent, and the
// file is not asked for again in the same run.
func TestRobotsServerErrorDisallowsAll(t *testing.T) {
	srv, robots, pages := robotsServer(t, answer(503, "busy"))
	f := newTestFetcher(srv, Options{Retries: 1})
	f.AddQuery("example.test", "key", "s3cret")
	for range 2 {
		_, err := f.Get(context.Background(), "https://example.test/bills")
		if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "robots.txt could not be read") ||
			!strings.Contains(err.Error(), "HTTP 503") {
			t.Fatalf("robots.txt 503: %v", err)
		}
	}
	if robots.Load() != 2 || pages.Load() != 0 {
		t.Fatalf("robots.txt asked %d times (want 2: one retry), pages %d (want 0)", robots.Load(), pages.Load())
	}
	if st := f.Stats(); st.Requests != 0 || st.Retries != 0 {
		t.Fatalf("robots.txt counted as page traffic: %+v", st)
	}
}

// A 4xx robots.txt means there are no rules; a 5xx that clears on a retry
// gives the file's rules, Disallow included.
func TestRobotsNotFoundAndRetried(t *testing.T) {
	srv, _, _ := robotsServer(t, answer(404, "not found"))
	if _, err := newTestFetcher(srv, Options{}).Get(context.Background(), "https://example.test/private/x"); err != nil {
		t.Fatalf("robots.txt 404: %v", err)
	}
	srv, robots, pages := robotsServer(t, answer(502, "bad gateway"), answer(200, "User-agent: billwatch\nDisallow: /private/\n"))
	f := newTestFetcher(srv, Options{Retries: 2})
	if _, err := f.Get(context.Background(), "https://example.test/private/x"); !errors.Is(err, ErrRobots) {
		t.Fatalf("Disallow after a retried robots.txt: %v", err)
	}
	if _, err := f.Get(context.Background(), "https://example.test/public"); err != nil {
		t.Fatal(err)
	}
	if robots.Load() != 2 || pages.Load() != 1 {
		t.Fatalf("robots.txt asked %d times (want 2), pages %d (want 1)", robots.Load(), pages.Load())
	}
}

// robots.txt goes through the host's limiter like any request, and its
// Crawl-delay slows the limiter (never speeds it up).
func TestRobotsLimiterAndCrawlDelay(t *testing.T) {
	srv, _, _ := robotsServer(t, answer(200, "User-agent: *\nDisallow:\n"))
	f := newTestFetcher(srv, Options{RequestsPerMinute: 600}) // one request per 100ms
	start := time.Now()
	if _, err := f.Get(context.Background(), "https://example.test/a"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 90*time.Millisecond {
		t.Fatalf("the first page came %s after robots.txt, inside the 100ms limit", d)
	}

	const delay = 150 * time.Millisecond
	srv, _, _ = robotsServer(t, answer(200, "User-agent: *\nCrawl-delay: 0.15\n"))
	f = newTestFetcher(srv, Options{})
	start = time.Now()
	for _, p := range []string{"/a", "/b", "/c"} {
		if _, err := f.Get(context.Background(), "https://example.test"+p); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d < 3*delay-20*time.Millisecond {
		t.Fatalf("robots.txt and three pages in %s, under three crawl delays of %s", d, delay)
	}
	if got := f.hosts["example.test"].limiter.Limit(); got != rate.Every(delay) {
		t.Fatalf("limit %v, want %v", got, rate.Every(delay))
	}

	h := newTestFetcher(srv, Options{RequestsPerMinute: 6}).host("example.test") // slower than the Crawl-delay
	if h.slowTo(delay) || h.limiter.Limit() != rate.Limit(0.1) {
		t.Fatalf("a Crawl-delay sped the limiter up to %v", h.limiter.Limit())
	}
}
