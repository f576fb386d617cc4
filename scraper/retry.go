package scraper

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gocolly/colly/v2"
)

// do performs one logical GET: the host's standing requests first (a wait
// it asked for, robots.txt), then the exchange. It holds the fetcher's lock
// throughout so that colly's single collector sees one request at a time.
func (f *Fetcher) do(ctx context.Context, official, target string, hdr http.Header) (*colly.Response, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u, err := url.Parse(official)
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", official, err)
	}
	h := f.host(u.Host)
	if err := h.refuse(official); err != nil {
		return nil, err
	}
	if err := f.robotsAllow(ctx, h, u); err != nil {
		return nil, err
	}
	return f.exchange(ctx, h, official, target, hdr, false)
}

// exchange sends a GET through the host's limiter, retrying 429, 5xx and
// network errors. A page's answer must be 2xx or 304; robots.txt takes any
// other answer below 500 too (a 4xx means the site has no rules). A 429 on
// every try, or a Retry-After over the cap, blocks the host for the run:
// the server said wait, so no further request of this run may go to it.
func (f *Fetcher) exchange(ctx context.Context, h *host, official, target string, hdr http.Header, robots bool) (*colly.Response, error) {
	var lastErr error
	for attempt := 0; attempt <= f.opt.Retries; attempt++ {
		if attempt > 0 && !robots {
			f.stats.retries.Add(1)
		}
		if err := h.limiter.Wait(ctx); err != nil {
			return nil, fmt.Errorf("GET %s: %w", official, err)
		}
		r, err := f.once(ctx, target, hdr, !robots)
		if err == nil {
			se := &StatusError{URL: official, Code: r.StatusCode}
			if r.StatusCode == http.StatusNotModified || r.StatusCode >= 200 && r.StatusCode < 300 ||
				robots && r.StatusCode < 500 && !se.Retryable() {
				return r, nil
			}
			if !se.Retryable() {
				return nil, se
			}
			lastErr = se
			wait, ok := f.retryAfter(r, attempt)
			if !ok {
				ra := r.Headers.Get("Retry-After")
				h.block(wait, fmt.Sprintf("Retry-After %s on %s", ra, official))
				return nil, fmt.Errorf("%w: %s asks to wait %s (over the %s cap)", ErrRateLimited, official, ra, f.opt.MaxRetryAfter)
			}
			if attempt == f.opt.Retries {
				break
			}
			f.opt.Log.Warn("retrying", "url", official, "status", r.StatusCode, "wait", wait)
			if err := sleep(ctx, wait); err != nil {
				return nil, fmt.Errorf("GET %s: %w", official, err)
			}
			continue
		}
		var te *transientError
		if !errors.As(err, &te) {
			return nil, fmt.Errorf("GET %s: %w", official, err)
		}
		lastErr = fmt.Errorf("GET %s: %w", official, te.err)
		if attempt < f.opt.Retries {
			f.opt.Log.Warn("retrying", "url", official, "error", f.redact(err))
			if err := sleep(ctx, f.backoff(attempt)); err != nil {
				return nil, fmt.Errorf("GET %s: %w", official, err)
			}
		}
	}
	var se *StatusError
	if errors.As(lastErr, &se) && se.Code == http.StatusTooManyRequests {
		// The server refused every try: leave it alone for the longest
		// wait a run would accept rather than ask again at the next bill.
		h.block(f.opt.MaxRetryAfter, fmt.Sprintf("HTTP 429 on %d tries of %s", f.opt.Retries+1, official))
		return nil, fmt.Errorf("%w: %w (after %d tries)", ErrRateLimited, lastErr, f.opt.Retries+1)
	}
	return nil, fmt.Errorf("%w (after %d tries)", lastErr, f.opt.Retries+1)
}

// once sends one request through colly and classifies its failure.
// Only counted requests go into Stats (see Stats).
func (f *Fetcher) once(ctx context.Context, target string, hdr http.Header, counted bool) (*colly.Response, error) {
	f.last = nil
	f.c.Context = ctx
	if counted {
		f.stats.requests.Add(1)
	}
	err := f.c.Request(http.MethodGet, target, nil, nil, hdr.Clone())
	switch {
	case errors.Is(err, colly.ErrForbiddenDomain):
		return nil, fmt.Errorf("host not allowed for this source (redirect or link off-site): %w", err)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case err != nil && f.last == nil:
		return nil, &transientError{err} // network error or timeout
	}
	r := f.last
	if r == nil {
		return nil, &transientError{errors.New("no response")}
	}
	if counted {
		f.stats.bytes.Add(int64(len(r.Body)))
	}
	if len(r.Body) > f.opt.MaxBody {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.opt.MaxBody)
	}
	return r, nil
}

// retryAfter returns how long to wait before the next try: the server's
// Retry-After (seconds or HTTP date) when given, else exponential backoff.
// ok is false when the server asks for longer than MaxRetryAfter.
func (f *Fetcher) retryAfter(r *colly.Response, attempt int) (time.Duration, bool) {
	var h string
	if r.Headers != nil {
		h = strings.TrimSpace(r.Headers.Get("Retry-After"))
	}
	if h == "" {
		return f.backoff(attempt), true
	}
	var d time.Duration
	if secs, err := strconv.Atoi(h); err == nil {
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = time.Until(t)
	} else {
		return f.backoff(attempt), true
	}
	if d < 0 {
		d = 0
	}
	return d, d <= f.opt.MaxRetryAfter
}

func (f *Fetcher) backoff(attempt int) time.Duration { return f.opt.Backoff << attempt }

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// transientError marks a failure worth retrying: a network error or timeout.
type transientError struct{ err error }

func (e *transientError) Error() string { return e.err.Error() }
func (e *transientError) Unwrap() error { return e.err }
