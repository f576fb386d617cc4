package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/schedule"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

// WatchCmd is the long-running mode.
type WatchCmd struct {
	Watched time.Duration `help:"How often to re-crawl bills on a watchlist." default:"15m"`
	Full    time.Duration `help:"How often to crawl whole sessions." default:"24h"`
	Source  []string      `help:"Sources to watch (default: the config's, else all registered)." short:"s"`
	Serve   string        `help:"Also serve pages and feeds on this address, e.g. 127.0.0.1:8080."`
	Publish string        `help:"Re-publish static pages and feeds into this directory after each crawl that changed something." type:"path"`
	Digest  bool          `help:"Send the weekly digest when due (day and hour from the config's [digest])." default:"true" negatable:""`
}

// Run schedules crawls, publishing and the digest until SIGINT/SIGTERM.
func (c *WatchCmd) Run(a *App) error {
	r, err := a.Runner()
	if err != nil {
		return err
	}
	r.Progress = nil // the log says what happened; progress lines are for people at a terminal
	cfg, _ := a.Config()
	ids := c.Source
	if len(ids) == 0 {
		ids = cfg.Crawl.Sources
	}
	if len(ids) == 0 {
		ids = scraper.IDs()
	}
	var jobs []*schedule.Job
	for _, id := range ids {
		src, err := scraper.Get(id)
		if err != nil {
			return err
		}
		info := src.Info()
		settings := cfg.SourceSettings(id, info.Settings)
		if cs, ok := src.(scraper.Configurable); ok {
			if err := cs.Configured(settings); err != nil {
				slog.Warn("source not configured; not watched", "source", id, "error", err)
				continue
			}
		}
		sessions := cfg.Crawl.Sessions[id]
		if len(sessions) == 0 {
			sessions = []string{""}
		}
		for _, sess := range sessions {
			jobs = append(jobs, c.crawlJob(a, r, src, sess, settings, true), c.crawlJob(a, r, src, sess, settings, false))
		}
	}
	extra, err := c.sideJobs(a)
	if err != nil {
		return err
	}
	jobs = append(jobs, extra...)
	if len(jobs) == 0 {
		return errors.New("watch: nothing to do (no configured sources)")
	}
	s := &schedule.Scheduler{Jobs: jobs, Log: slog.Default(), After: c.after(a)}
	slog.Info("watching", "jobs", len(jobs), "watched_every", c.Watched, "full_every", c.Full)
	if c.Serve != "" {
		go c.serve(a)
	}
	return s.Run(a.ctx)
}

// crawlJob crawls either the whole session or only its watched bills.
func (c *WatchCmd) crawlJob(a *App, r *crawl.Runner, src scraper.Source, session string, settings map[string]string, watchedOnly bool) *schedule.Job {
	id := src.Info().ID
	label := session
	if label == "" {
		label = "current session"
	}
	name, every := fmt.Sprintf("crawl %s %s (all bills)", id, label), c.Full
	if watchedOnly {
		name, every = fmt.Sprintf("crawl %s %s (watched bills)", id, label), c.Watched
	}
	return &schedule.Job{Name: name, Every: every, Run: func(ctx context.Context) error {
		sess := session
		if sess == "" {
			sess = src.Info().DefaultSession(time.Now())
		}
		opt := crawl.Options{Session: sess, Config: settings}
		if watchedOnly {
			only, err := watchedBills(a, id, sess)
			if err != nil || len(only) == 0 {
				return err // nothing watched yet: the full crawl finds them
			}
			opt.Only = only
		}
		_, err := r.Run(ctx, src, opt)
		return err
	}}
}

// watchedBills lists the identifiers of a session's bills that currently
// match a watchlist or are named in one.
func watchedBills(a *App, source, session string) ([]string, error) {
	st, err := a.Store()
	if err != nil {
		return nil, err
	}
	wl, err := a.Watchlists()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	add := func(ident string) {
		if !seen[ident] {
			seen[ident] = true
			out = append(out, ident)
		}
	}
	for _, w := range wl.Watchlists() {
		rows, err := st.ListBills(a.ctx, store.BillFilter{Jurisdiction: source, Session: session, Watchlist: w.Name})
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			add(r.Identifier)
		}
		for _, id := range w.Bills {
			if j, s, ident, err := bill.ParseID(id); err == nil && j == source && s == session {
				add(ident)
			}
		}
	}
	return out, nil
}
