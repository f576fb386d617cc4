package main

import (
	"errors"

	"github.com/billwatch/billwatch/config"
	"github.com/billwatch/billwatch/scraper"
)

// pickSources resolves the sources crawl and watch work on: the flag's, else
// the config's, else every registered one. Every id is resolved before
// anything runs, so `-s vt -s typo` fails at once instead of after vt's crawl.
func pickSources(flag []string, cfg *config.Config) ([]scraper.Source, error) {
	ids := flag
	if len(ids) == 0 {
		ids = cfg.Crawl.Sources
	}
	if len(ids) == 0 {
		ids = scraper.IDs()
	}
	srcs := make([]scraper.Source, 0, len(ids))
	var errs []error
	for _, id := range ids {
		src, err := scraper.Get(id)
		if err != nil {
			errs = append(errs, err) // report every unknown id, not just the first
			continue
		}
		srcs = append(srcs, src)
	}
	return srcs, errors.Join(errs...)
}

// pickSessions is the sessions of one source to crawl: the flag's, else the
// config's for that source, else "" — the source's current session, which is
// resolved when the crawl runs (a long-running watch crosses into new ones).
func pickSessions(flag []string, cfg *config.Config, source string) []string {
	if len(flag) > 0 {
		return flag
	}
	if s := cfg.Crawl.Sessions[source]; len(s) > 0 {
		return s
	}
	return []string{""}
}
