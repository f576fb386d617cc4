package scraper

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/temoto/robotstxt"
)

// robots.txt is read here rather than by colly, whose check fetched it past
// the host's limiter and retries, never applied Crawl-delay, and tested paths
// with FindGroup(ua).Test, which takes the "disallow all" that a 5xx
// robots.txt means for "allow all" — for the rest of the run.

// robotsAllow reports, as an error, whether the host's robots.txt keeps this
// fetcher from u, reading the file on the host's first request. The caller
// holds f.mu.
func (f *Fetcher) robotsAllow(ctx context.Context, h *host, u *url.URL) error {
	if h.robotsErr != nil {
		return h.robotsErr
	}
	if h.robots == nil {
		if err := f.readRobots(ctx, h, u); err != nil {
			return err
		}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.Query().Encode()
	}
	if !h.robots.TestAgent(path, f.opt.UserAgent) {
		return fmt.Errorf("%w: %s", ErrRobots, u)
	}
	return nil
}

// readRobots fetches and parses the host's robots.txt through the same
// limiter and retries as any page (without an API key: robots.txt needs
// none). As the robots spec says, a 4xx means no rules; a 5xx or a network
// error after the retries means "disallow all", so every request to the host
// fails this run with a clear error rather than crawl a site whose rules are
// unknown.
func (f *Fetcher) readRobots(ctx context.Context, h *host, u *url.URL) error {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	official := ru.String()
	r, err := f.exchange(ctx, h, official, f.rebase(ru), http.Header{}, true)
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, ErrRateLimited) {
			return err // no verdict on the file: the host's block (if any) speaks for it
		}
		h.robotsErr = fmt.Errorf("%w: %s could not be read, so %s is not crawled: %w", ErrRobots, official, u.Host, err)
		return h.robotsErr
	}
	data, err := robotstxt.FromStatusAndBytes(r.StatusCode, r.Body)
	if err != nil {
		h.robotsErr = fmt.Errorf("%w: %s (HTTP %d) is not a robots.txt file, so %s is not crawled: %w",
			ErrRobots, official, r.StatusCode, u.Host, err)
		return h.robotsErr
	}
	h.robots = data
	if d := data.FindGroup(f.opt.UserAgent).CrawlDelay; h.slowTo(d) {
		f.opt.Log.Info("robots.txt asks for a crawl delay", "host", u.Host, "delay", d)
	}
	return nil
}
