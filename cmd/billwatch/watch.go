package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
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
	jobs, err := c.crawlJobs(a, r)
	if err != nil {
		return err
	}
	extra, err := c.sideJobs(a)
	if err != nil {
		return err
	}
	jobs = append(jobs, extra...)
	if len(jobs) == 0 {
		return errors.New("watch: nothing to do (no configured sources)")
	}
	// Listen before the first crawl: a port already in use must fail the
	// command now, not become a log line while watch runs without a server.
	srv, err := c.startServer(a)
	if err != nil {
		return err
	}
	after, err := c.publisher(a, srv)
	if err != nil {
		return errors.Join(err, stopServer(srv))
	}
	s := &schedule.Scheduler{Jobs: jobs, Log: slog.Default(), After: after}
	slog.Info("watching", "jobs", len(jobs), "watched_every", c.Watched, "full_every", c.Full)
	err = s.Run(a.ctx)
	// Stop the server here, while the store is still open (main closes it
	// once Run returns), so requests in flight finish.
	return errors.Join(err, stopServer(srv))
}

// crawlJobs makes two jobs per source and session: watched bills, and all.
func (c *WatchCmd) crawlJobs(a *App, r *crawl.Runner) ([]*schedule.Job, error) {
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	srcs, err := pickSources(c.Source, cfg)
	if err != nil {
		return nil, err
	}
	var jobs []*schedule.Job
	for _, src := range srcs {
		info := src.Info()
		settings := cfg.SourceSettings(info.ID, info.Settings)
		if cs, ok := src.(scraper.Configurable); ok {
			if err := cs.Configured(settings); err != nil {
				slog.Warn("source not configured; not watched", "source", info.ID, "error", err)
				continue
			}
		}
		for _, sess := range pickSessions(nil, cfg, info.ID) {
			watched := c.crawlJob(a, r, src, sess, settings, true)
			watched.Delay = c.Watched // the first full crawl covers the watched bills too
			jobs = append(jobs, watched, c.crawlJob(a, r, src, sess, settings, false))
		}
	}
	return jobs, nil
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
			only, err := watchedBills(ctx, a, id, sess)
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
// match a watchlist or are named in one. One query for the whole session,
// not one per watchlist: this runs every few minutes per source.
func watchedBills(ctx context.Context, a *App, source, session string) ([]string, error) {
	st, err := a.Store()
	if err != nil {
		return nil, err
	}
	wl, err := a.Watchlists()
	if err != nil {
		return nil, err
	}
	configured := func(name string) bool { _, ok := wl.Lookup(name); return ok }
	rows, err := st.ListBills(ctx, store.BillFilter{Jurisdiction: source, Session: session})
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
	for _, r := range rows {
		// Only configured watchlists: the store may hold matches of one
		// since removed from the config.
		if slices.ContainsFunc(r.Watchlists, configured) {
			add(r.Identifier)
		}
	}
	for _, w := range wl.Watchlists() {
		for _, id := range w.Bills {
			if j, s, ident, err := bill.ParseID(id); err == nil && j == source && s == session {
				add(ident)
			}
		}
	}
	return out, nil
}
