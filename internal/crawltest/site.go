// Package crawltest is the shared test harness of the sources and the
// pipeline: a recorded site served per official host with injectable faults,
// a store and runner wired to it, and the checks every crawl test makes
// (history row counts, changes since a mark).
package crawltest

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/billwatch/billwatch/internal/replay"
)

// Fault replaces the response to requests whose path and query (as sent, or
// sorted without API keys) contain Match.
type Fault struct {
	Match string
	Serve func(w http.ResponseWriter, r *http.Request, next http.Handler)
}

// Site serves a recorded site, one httptest server per official host (with
// several hosts the tree is dayN/<host>/..., as in the demo).
type Site struct {
	// Observe, when set, sees every request before it is answered (tests
	// that check what the fetcher sends, e.g. an API key).
	Observe func(r *http.Request)

	sites    []*replay.Site
	rewrite  map[string]string
	mu       sync.Mutex
	faults   []Fault
	requests []string
}

// NewSite serves fsys for the given official hosts, on day 1.
func NewSite(t testing.TB, fsys fs.FS, hosts ...string) *Site {
	t.Helper()
	s := &Site{rewrite: map[string]string{}}
	for _, host := range hosts {
		site := &replay.Site{FS: fsys, Days: []string{"day1", "day2"}}
		if len(hosts) > 1 {
			site.Prefix = host
		}
		site.SetDay(1)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.serve(w, r, site) }))
		t.Cleanup(srv.Close)
		s.sites = append(s.sites, site)
		s.rewrite[host] = srv.URL
	}
	return s
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request, site *replay.Site) {
	if s.Observe != nil {
		s.Observe(r)
	}
	target := requestTarget(r)
	s.mu.Lock()
	if r.URL.Path != "/robots.txt" {
		s.requests = append(s.requests, target)
	}
	faults := append([]Fault(nil), s.faults...)
	s.mu.Unlock()
	for _, f := range faults {
		if strings.Contains(target, f.Match) || strings.Contains(r.URL.Path+"?"+r.URL.RawQuery, f.Match) {
			f.Serve(w, r, site)
			return
		}
	}
	site.ServeHTTP(w, r)
}

// requestTarget is the path and the sorted query, without API keys (as in
// replay's file names), so recorded requests never hold a secret.
func requestTarget(r *http.Request) string {
	q := r.URL.Query()
	for _, k := range []string{"key", "api_key", "apikey"} {
		q.Del(k)
	}
	if len(q) == 0 {
		return r.URL.Path
	}
	return r.URL.Path + "?" + q.Encode()
}

// Rewrite maps each official host to its local server, for crawl.Runner.
func (s *Site) Rewrite() map[string]string { return s.rewrite }

// URL is the local base URL serving host.
func (s *Site) URL(host string) string { return s.rewrite[host] }

// SetDay moves every host to day n.
func (s *Site) SetDay(n int) {
	for _, site := range s.sites {
		site.SetDay(n)
	}
}

// SetFaults replaces the faults (none: the recorded site as is).
func (s *Site) SetFaults(f ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = f
}

// TakeRequests returns the paths requested since the last call (robots.txt excluded).
func (s *Site) TakeRequests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.requests
	s.requests = nil
	return r
}

// Body answers with a fixed status and body, typed by sniffing the body.
func Body(status int, b string) func(http.ResponseWriter, *http.Request, http.Handler) {
	return BodyAs(status, replay.ContentType("", []byte(b)), b)
}

// BodyAs answers with a fixed status, content type and body.
func BodyAs(status int, contentType, b string) func(http.ResponseWriter, *http.Request, http.Handler) {
	return func(w http.ResponseWriter, _ *http.Request, _ http.Handler) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		w.Write([]byte(b))
	}
}
