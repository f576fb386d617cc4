package scraper

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
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

// Stats count a fetcher's traffic for run health: the pages asked for.
// robots.txt (one fetch per host and run) is left out, as it always was, so
// run records stay comparable.
type Stats struct {
	Requests    int64 `json:"requests"`
	Bytes       int64 `json:"bytes"`
	NotModified int64 `json:"not_modified"`
	Retries     int64 `json:"retries"`
}

// Fetcher is the one polite HTTP client every source uses: robots.txt
// (with its Crawl-delay), User-Agent, per-host rate limits, retries with
// backoff honouring Retry-After, timeouts, a body cap, same-host redirects and
// conditional requests. A host that asks to be left alone for longer than
// the run can wait is not contacted again by this fetcher. It serialises
// requests: politeness matters more than speed here. One fetcher serves one run.
type Fetcher struct {
	opt   Options
	mu    sync.Mutex
	c     *colly.Collector
	hosts map[string]*host // by official host
	last  *colly.Response
	query map[string]url.Values // by host: added to its requests, never to stored URLs (API keys)
	stats struct{ requests, bytes, notModified, retries atomic.Int64 }
}

// Options configure a Fetcher. Zero values take the defaults in NewFetcher.
type Options struct {
	UserAgent         string
	RequestsPerMinute float64           // per host; 0 = unlimited (tests, demo)
	Timeout           time.Duration     // per request
	MaxBody           int               // bytes
	Retries           int               // extra tries on 429/5xx/network errors
	Backoff           time.Duration     // first backoff; doubles each try
	MaxRetryAfter     time.Duration     // a longer Retry-After fails the request, and every later one to the host, instead of stalling the run
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
	// The fetcher reads robots.txt itself (robots.go): colly's own check
	// skips the limiter and retries and lets a 5xx robots.txt allow everything.
	c.IgnoreRobotsTxt = true
	c.SetRequestTimeout(opt.Timeout)
	if opt.InsecureTLS {
		// A clone keeps the default transport's proxy, dial and TLS
		// handshake timeouts, idle-connection limits and HTTP/2.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec // opt-in per source, see Options
		c.WithTransport(t)
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
	f := &Fetcher{opt: opt, c: c, hosts: map[string]*host{}}
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
