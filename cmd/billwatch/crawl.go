package main

import (
	"errors"
	"fmt"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
)

// CrawlCmd crawls the real sites.
type CrawlCmd struct {
	Source  []string `help:"Sources to crawl (default: all in the config, else all registered)." short:"s"`
	Session []string `help:"Sessions to crawl, e.g. 2026 for Vermont (default: each source's current session)."`
	Bill    []string `help:"Only these bill identifiers (e.g. H.121)."`
}

// Run crawls each source and session; a failed source does not stop the others.
func (c *CrawlCmd) Run(a *App) error {
	r, err := a.Runner()
	if err != nil {
		return err
	}
	cfg, _ := a.Config()
	ids := c.Source
	if len(ids) == 0 {
		ids = cfg.Crawl.Sources
	}
	if len(ids) == 0 {
		ids = scraper.IDs()
	}
	var failed []error
	for _, id := range ids {
		src, err := scraper.Get(id)
		if err != nil {
			return err
		}
		sessions := c.Session
		if len(sessions) == 0 {
			sessions = cfg.Crawl.Sessions[id]
		}
		if len(sessions) == 0 {
			sessions = []string{""}
		}
		for _, sess := range sessions {
			_, err := r.Run(a.ctx, src, crawl.Options{Session: sess, Only: c.Bill, Config: cfg.SourceSettings(id, src.Info().Settings)})
			if err != nil {
				if a.ctx.Err() != nil {
					return a.ctx.Err()
				}
				if errors.Is(err, scraper.ErrNotConfigured) {
					fmt.Fprintf(a.errOut, "%s: not configured, skipped: %v\n", id, err)
					continue
				}
				failed = append(failed, err)
			}
		}
	}
	return errors.Join(failed...)
}
