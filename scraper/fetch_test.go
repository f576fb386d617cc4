package scraper

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

func newTestFetcher(srv *httptest.Server, opt Options) *Fetcher {
	u, _ := url.Parse(srv.URL)
	opt.AllowedHosts = []string{"example.test"}
	opt.Rewrite = map[string]string{"example.test": "http://" + u.Host}
	if opt.Backoff == 0 {
		opt.Backoff = time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return NewFetcher(opt)
}

func TestFetcherRobotsUserAgentAndKey(t *testing.T) {
	var gotUA, gotKey string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		case "/slow":
			time.Sleep(200 * time.Millisecond)
		default:
			gotUA, gotKey = r.UserAgent(), r.URL.Query().Get("key")
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	f := newTestFetcher(srv, Options{UserAgent: DefaultUserAgent("mailto:ops@example.org"), Timeout: 50 * time.Millisecond})
	f.AddQuery("example.test", "key", "s3cret")
	f.AddQuery("other.test", "key", "not-for-example")
	resp, err := f.Get(context.Background(), "https://example.test/public")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gotUA, "billwatch") || !strings.Contains(gotUA, "ops@example.org") {
		t.Errorf("User-Agent %q", gotUA)
	}
	if gotKey != "s3cret" || strings.Contains(resp.URL, "s3cret") || strings.Contains(resp.Validator.URL, "s3cret") {
		t.Errorf("key sent %q; stored URL %q", gotKey, resp.URL)
	}
	if _, err := f.Get(context.Background(), "https://example.test/private/x"); !errors.Is(err, ErrRobots) {
		t.Errorf("robots.txt not honoured: %v", err)
	}
	_, err = f.Get(context.Background(), "https://example.test/slow")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("timeout error %v leaks the key or is missing", err)
	}
}

func TestFetcherConditionalAndCaps(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Write(make([]byte, 2048))
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Write([]byte("body"))
		case "/teapot":
			w.WriteHeader(http.StatusTeapot)
		}
	}))
	defer srv.Close()
	store := mapValidators{}
	f := newTestFetcher(srv, Options{MaxBody: 1024, Validators: store, Retries: 2})
	if _, err := f.Get(context.Background(), "https://example.test/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("size cap: %v", err)
	}
	first, err := f.GetConditional(context.Background(), "https://example.test/etag")
	if err != nil || first.NotModified {
		t.Fatalf("first: %+v %v", first, err)
	}
	store[first.URL] = first.Validator
	second, err := f.GetConditional(context.Background(), "https://example.test/etag")
	if err != nil || !second.NotModified || second.Body != nil {
		t.Fatalf("second: %+v %v", second, err)
	}
	var se *StatusError
	if _, err := f.Get(context.Background(), "https://example.test/teapot"); !errors.As(err, &se) || se.Code != 418 {
		t.Errorf("418: %v", err)
	}
	if st := f.Stats(); st.NotModified != 1 || st.Retries != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestFetcherRetryAfterCap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	f := newTestFetcher(srv, Options{Retries: 3, MaxRetryAfter: time.Second})
	start := time.Now()
	_, err := f.Get(context.Background(), "https://example.test/x")
	if !errors.Is(err, ErrRateLimited) || time.Since(start) > 5*time.Second {
		t.Fatalf("a Retry-After over the cap should fail fast: %v after %s", err, time.Since(start))
	}
}

func TestFetcherOffSiteRedirect(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://elsewhere.invalid/x", http.StatusFound)
	}))
	defer srv.Close()
	f := newTestFetcher(srv, Options{})
	if _, err := f.Get(context.Background(), "https://example.test/x"); err == nil || !strings.Contains(err.Error(), "not allowed") {
		t.Fatalf("off-site redirect: %v", err)
	}
}

type mapValidators map[string]Validator

func (m mapValidators) Validator(_ context.Context, u string) (Validator, error) {
	v, ok := m[u]
	if !ok {
		return v, errors.New("none")
	}
	return v, nil
}
