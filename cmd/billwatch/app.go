package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/billwatch/billwatch/config"
	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// App carries what commands share; it opens things lazily.
type App struct {
	cli    *CLI
	ctx    context.Context
	out    io.Writer
	errOut io.Writer
	st     *store.Store
	cfg    *config.Config
	wl     *watchlist.Set
}

func (a *App) close() {
	if a.st != nil {
		a.st.Close()
	}
}

// Store opens the database named by --db.
func (a *App) Store() (*store.Store, error) {
	if a.cli.DB == "" {
		a.cli.DB = config.DefaultDB()
	}
	if a.st == nil {
		s, err := store.Open(a.ctx, a.cli.DB)
		if err != nil {
			return nil, fmt.Errorf("open database %s: %w", a.cli.DB, err)
		}
		a.st = s
	}
	return a.st, nil
}

// Config reads --config (a missing default file means defaults).
func (a *App) Config() (*config.Config, error) {
	if a.cfg == nil {
		c, err := config.Load(a.cli.Config, a.cli.Config != config.DefaultPath())
		if err != nil {
			return nil, err
		}
		a.cfg = c
	}
	return a.cfg, nil
}

// Watchlists returns the built-in watchlists merged with the config file's.
func (a *App) Watchlists() (*watchlist.Set, error) {
	if a.wl != nil {
		return a.wl, nil
	}
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	set := watchlist.Default()
	if len(cfg.Raw) > 0 {
		raw, err := cfg.Section("watchlist")
		if err != nil {
			return nil, err
		}
		user, err := watchlist.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("watchlists in %s: %w", cfg.Path, err)
		}
		set = set.Merge(user)
	}
	a.wl = set
	return set, nil
}

// Runner builds the crawl pipeline on the open store.
func (a *App) Runner() (*crawl.Runner, error) {
	st, err := a.Store()
	if err != nil {
		return nil, err
	}
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	wl, err := a.Watchlists()
	if err != nil {
		return nil, err
	}
	return &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(wl), Diff: crawl.RedlineDiffer(), Log: slog.Default(), Progress: a.errOut,
		UserAgent: scraper.DefaultUserAgent(cfg.Contact), RequestsPerMinute: -1, Retries: 3, Rewrite: cfg.Crawl.Mirror}, nil
}
