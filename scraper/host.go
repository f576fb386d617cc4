package scraper

import (
	"fmt"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// host is what a fetcher has learnt about one official host during its run:
// how fast it may be asked, what its robots.txt allows, and whether it has
// asked not to be contacted for a while.
type host struct {
	name      string
	limiter   *rate.Limiter
	robots    *robotstxt.RobotsData // nil until read
	robotsErr error                 // robots.txt could not be read: every request to the host fails with it
	until     time.Time             // the server asked not to be contacted before then
	why       string                // the answer that asked it
}

// host returns the state of an official host, creating it on first use.
// The caller holds f.mu.
func (f *Fetcher) host(name string) *host {
	h, ok := f.hosts[name]
	if !ok {
		lim := rate.Inf
		if f.opt.RequestsPerMinute > 0 {
			lim = rate.Limit(f.opt.RequestsPerMinute / 60)
		}
		h = &host{name: name, limiter: rate.NewLimiter(lim, 1)}
		f.hosts[name] = h
	}
	return h
}

// block keeps every request to the host from being sent for d: a server that
// says "wait an hour" must not get one more request per remaining bill.
func (h *host) block(d time.Duration, why string) {
	if until := time.Now().Add(d); until.After(h.until) {
		h.until, h.why = until, why
	}
}

// refuse returns the error for a request to a blocked host, without sending
// it, or nil when the host may be asked.
func (h *host) refuse(official string) error {
	if h.until.IsZero() || !time.Now().Before(h.until) {
		return nil
	}
	return fmt.Errorf("%w: GET %s not sent: %s asked not to be contacted before %s (%s)",
		ErrRateLimited, official, h.name, h.until.UTC().Format(time.RFC3339), h.why)
}

// slowTo lowers the host's rate to one request per d (a robots.txt
// Crawl-delay), never raising it. The request just made counts as the
// first, so the next one waits a full d.
func (h *host) slowTo(d time.Duration) bool {
	lim := rate.Every(d)
	if d <= 0 || lim >= h.limiter.Limit() {
		return false
	}
	h.limiter = rate.NewLimiter(lim, 1)
	h.limiter.Allow()
	return true
}
