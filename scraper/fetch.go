package scraper

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
	"golang.org/x/time/rate"
)

// Validator is the conditional-request state of one URL: sent as
// If-None-Match / If-Modified-Since, and compared as a content fingerprint.
type Validator struct {
	URL          string
	ETag         string
	LastModified string
	SHA256       string
	FetchedAt    time.Time
}

// ValidatorStore looks up stored validators; it returns an error (any) when
// it has none. The pipeline commits new validators together with the data
// derived from them, never before.
type ValidatorStore interface {
	Validator(ctx context.Context, url string) (Validator, error)
}

// Response is one fetched page.
type Response struct {
	URL         string // the official URL asked for (not a rewritten one)
	Status      int
	Header      http.Header
	Body        []byte // nil when NotModified by 304
	NotModified bool   // 304, or 200 with the same content fingerprint as stored
	Validator   Validator
}

// Stats count a fetcher's traffic for run health.
type Stats struct {
	Requests    int64 `json:"requests"`
	Bytes       int64 `json:"bytes"`
	NotModified int64 `json:"not_modified"`
	Retries     int64 `json:"retries"`
}

// Fetcher is the one polite HTTP client every source uses: robots.txt,
// User-Agent, per-host rate limits, retries with backoff honouring
// Retry-After, timeouts, a body cap, same-host redirects and conditional
// requests. It serialises requests: politeness matters more than speed here.
type Fetcher struct {
	opt      Options
	mu       sync.Mutex
	c        *colly.Collector
	limiters map[string]*rate.Limiter
	last     *colly.Response
	query    map[string]url.Values // by host: added to its requests, never to stored URLs (API keys)
	stats    struct{ requests, bytes, notModified, retries atomic.Int64 }
}

// Options configure a Fetcher. Zero values take the defaults in NewFetcher.
type Options struct {
	UserAgent         string
	RequestsPerMinute float64           // per host; 0 = unlimited (tests, demo)
	Timeout           time.Duration     // per request
	MaxBody           int               // bytes
	Retries           int               // extra tries on 429/5xx/network errors
	Backoff           time.Duration     // first backoff; doubles each try
	MaxRetryAfter     time.Duration     // a longer Retry-After fails the request instead of stalling the run
	AllowedHosts      []string          // official hosts the source may visit
	Rewrite           map[string]string // official host → base URL actually contacted (offline demo, tests)
	Validators        ValidatorStore
	Log               *slog.Logger
	// InsecureTLS skips certificate verification: only for a legislature whose
	// certificate chain is broken (openstates does this for Vermont), and only
	// when its operator opts in with the source setting insecure_tls = "true".
	InsecureTLS bool
}

// DefaultUserAgent names billwatch and where to reach its operator.
func DefaultUserAgent(contact string) string {
	if contact == "" {
		contact = "https://github.com/billwatch/billwatch"
	}
	return "billwatch/0.1 (legislative bill tracker; +" + contact + ")"
}

// NewFetcher builds a fetcher.
func NewFetcher(opt Options) *Fetcher {
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent("")
	}
	if opt.Timeout == 0 {
		opt.Timeout = 60 * time.Second
	}
	if opt.MaxBody == 0 {
		opt.MaxBody = 50 << 20
	}
	if opt.Backoff == 0 {
		opt.Backoff = 2 * time.Second
	}
	if opt.MaxRetryAfter == 0 {
		opt.MaxRetryAfter = 5 * time.Minute
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	c := colly.NewCollector(colly.UserAgent(opt.UserAgent), colly.AllowURLRevisit(), colly.ParseHTTPErrorResponse(),
		colly.MaxBodySize(opt.MaxBody+1))
	c.IgnoreRobotsTxt = false // colly ignores robots.txt unless told otherwise
	c.SetRequestTimeout(opt.Timeout)
	if opt.InsecureTLS {
		c.WithTransport(&http.Transport{Proxy: http.ProxyFromEnvironment, TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}) //nolint:gosec // opt-in per source, see Options
	}
	var hosts []string
	for _, h := range opt.AllowedHosts {
		hosts = append(hosts, h)
		if base, ok := opt.Rewrite[h]; ok {
			if u, err := url.Parse(base); err == nil {
				hosts = append(hosts, u.Hostname())
			}
		}
	}
	c.AllowedDomains = hosts // also bounds redirects
	f := &Fetcher{opt: opt, c: c, limiters: map[string]*rate.Limiter{}}
	c.OnResponse(func(r *colly.Response) { f.last = r })
	return f
}

// Stats returns the traffic so far.
func (f *Fetcher) Stats() Stats {
	return Stats{Requests: f.stats.requests.Load(), Bytes: f.stats.bytes.Load(),
		NotModified: f.stats.notModified.Load(), Retries: f.stats.retries.Load()}
}

// Get fetches url unconditionally.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	return f.fetch(ctx, rawURL, false)
}

// GetConditional fetches url with the stored validators; the response is
// NotModified (with no body) when the server says 304 or the bytes hash to the
// stored fingerprint.
func (f *Fetcher) GetConditional(ctx context.Context, rawURL string) (*Response, error) {
	return f.fetch(ctx, rawURL, true)
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string, conditional bool) (*Response, error) {
	var prev Validator
	hasPrev := false
	if conditional && f.opt.Validators != nil {
		if v, err := f.opt.Validators.Validator(ctx, rawURL); err == nil {
			prev, hasPrev = v, true
		}
	}
	hdr := http.Header{}
	if hasPrev && prev.ETag != "" {
		hdr.Set("If-None-Match", prev.ETag)
	}
	if hasPrev && prev.LastModified != "" {
		hdr.Set("If-Modified-Since", prev.LastModified)
	}
	target, err := f.rewrite(rawURL)
	if err != nil {
		return nil, err
	}
	r, err := f.do(ctx, rawURL, target, hdr)
	if err != nil {
		return nil, f.redact(err)
	}
	resp := &Response{URL: rawURL, Status: r.StatusCode, Header: http.Header{}}
	if r.Headers != nil {
		resp.Header = *r.Headers
	}
	if r.StatusCode == http.StatusNotModified {
		f.stats.notModified.Add(1)
		resp.NotModified, resp.Validator = true, prev
		return resp, nil
	}
	sum := sha256.Sum256(r.Body)
	resp.Body = r.Body
	resp.Validator = Validator{URL: rawURL, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
		SHA256: hex.EncodeToString(sum[:]), FetchedAt: time.Now().UTC()}
	if hasPrev && prev.SHA256 == resp.Validator.SHA256 {
		resp.NotModified = true
		f.stats.notModified.Add(1)
	}
	return resp, nil
}

// AddQuery adds a parameter (an API key) to every request this fetcher sends
// to host, and to no other host: a key for one API must not travel to a
// document server the same source links to. It is never part of a Response's
// URL, a validator's URL or an error message, so it never reaches the
// database or the logs.
func (f *Fetcher) AddQuery(host, name, value string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.query == nil {
		f.query = map[string]url.Values{}
	}
	if f.query[host] == nil {
		f.query[host] = url.Values{}
	}
	f.query[host].Set(name, value)
}

// rewrite maps an official URL to the address actually contacted.
func (f *Fetcher) rewrite(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("bad URL %q", rawURL)
	}
	f.mu.Lock()
	if add := f.query[u.Hostname()]; len(add) > 0 {
		q := u.Query()
		for k, vs := range add {
			q[k] = vs
		}
		u.RawQuery = q.Encode()
	}
	f.mu.Unlock()
	base, ok := f.opt.Rewrite[u.Hostname()]
	if !ok {
		return u.String(), nil
	}
	return strings.TrimSuffix(base, "/") + u.RequestURI(), nil
}

// redact removes AddQuery values from an error message.
func (f *Fetcher) redact(err error) error {
	if err == nil || len(f.query) == 0 {
		return err
	}
	msg := err.Error()
	for _, q := range f.query {
		for _, vs := range q {
			for _, v := range vs {
				if v != "" {
					msg = strings.ReplaceAll(msg, url.QueryEscape(v), "REDACTED")
					msg = strings.ReplaceAll(msg, v, "REDACTED")
				}
			}
		}
	}
	if msg == err.Error() {
		return err
	}
	return &redactedError{msg: msg, err: err}
}

// redactedError keeps errors.Is working while hiding secrets in its text.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

func (f *Fetcher) limiter(host string) *rate.Limiter {
	l, ok := f.limiters[host]
	if !ok {
		if f.opt.RequestsPerMinute <= 0 {
			l = rate.NewLimiter(rate.Inf, 1)
		} else {
			l = rate.NewLimiter(rate.Limit(f.opt.RequestsPerMinute/60), 1)
		}
		f.limiters[host] = l
	}
	return l
}
