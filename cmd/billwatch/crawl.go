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
	cfg, err := a.Config()
	if err != nil {
		return err
	}
	srcs, err := pickSources(c.Source, cfg)
	if err != nil {
		return err
	}
	var failed []error
	for _, src := range srcs {
		info := src.Info()
		for _, sess := range pickSessions(c.Session, cfg, info.ID) {
			_, err := r.Run(a.ctx, src, crawl.Options{Session: sess, Only: c.Bill, Config: cfg.SourceSettings(info.ID, info.Settings)})
			if err != nil {
				if a.ctx.Err() != nil {
					return a.ctx.Err()
				}
				if errors.Is(err, scraper.ErrNotConfigured) {
					fmt.Fprintf(a.errOut, "%s: not configured, skipped: %v\n", info.ID, err)
					continue
				}
				failed = append(failed, err)
			}
		}
	}
	return errors.Join(failed...)
}
