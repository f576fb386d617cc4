package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/billwatch/billwatch/schedule"
	"github.com/billwatch/billwatch/web"
)

// sideJobs are the non-crawl jobs: the weekly digest, checked hourly (it sends
// only when a recipient's weekly slot has passed, and retries failures).
func (c *WatchCmd) sideJobs(a *App) ([]*schedule.Job, error) {
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	if !c.Digest {
		return nil, nil
	}
	if cfg.Digest.SMTPHost == "" {
		slog.Info("digest not configured ([digest] smtp_host); not sending")
		return nil, nil
	}
	svc, err := a.DigestService()
	if err != nil {
		return nil, err
	}
	return []*schedule.Job{{Name: "weekly digest", Every: time.Hour, Run: func(ctx context.Context) error {
		sent, err := svc.SendDue(ctx)
		if len(sent) > 0 {
			slog.Info("digest sent", "messages", len(sent))
		}
		return err
	}}}, nil
}

// after re-publishes the static site when the change log moved, and at
// least hourly so the sources page shows current run health.
func (c *WatchCmd) after(a *App) func(ctx context.Context, job string) {
	if c.Publish == "" {
		return nil
	}
	var last int64 = -1
	var at time.Time
	return func(ctx context.Context, job string) {
		st, err := a.Store()
		if err != nil {
			return
		}
		id, err := st.LastChangeID(ctx)
		if err != nil || (id == last && time.Since(at) < time.Hour) {
			return
		}
		site, err := c.site(a)
		if err != nil {
			slog.Error("publish", "error", err)
			return
		}
		stats, err := web.Publish(ctx, site, c.Publish)
		if err != nil {
			slog.Error("publish", "error", err)
			return
		}
		last, at = id, time.Now()
		slog.Info("published", "dir", c.Publish, "written", stats.Written, "unchanged", stats.Unchanged)
	}
}

func (c *WatchCmd) site(a *App) (*web.Site, error) {
	st, err := a.Store()
	if err != nil {
		return nil, err
	}
	cfg, _ := a.Config()
	wl, err := a.Watchlists()
	if err != nil {
		return nil, err
	}
	return web.New(st, web.Options{BaseURL: cfg.BaseURL, Watchlists: wl}), nil
}

// serve runs the read-only web server next to the scheduler until a.ctx ends.
func (c *WatchCmd) serve(a *App) {
	st, err := a.Store()
	if err != nil {
		slog.Error("serve", "error", err)
		return
	}
	cfg, _ := a.Config()
	wl, _ := a.Watchlists()
	opt := web.ServeOptions{Options: web.Options{BaseURL: cfg.BaseURL, Watchlists: wl}, Addr: c.Serve, AccessLog: slog.Default()}
	err = web.Serve(a.ctx, st, opt, func(s *web.Server) { slog.Info("serving", "addr", c.Serve) })
	if err != nil {
		slog.Error("serve", "error", err)
	}
}
