package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/billwatch/billwatch/schedule"
	"github.com/billwatch/billwatch/web"
)

// shutdownTimeout bounds how long watch waits for requests in flight on
// SIGINT/SIGTERM (what web.Serve allows by default).
const shutdownTimeout = 10 * time.Second

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

// publisher returns the scheduler's After hook: it re-publishes the static
// site when the change log moved, and at least hourly so the sources page
// shows current run health. Its Site is built once and reused: the Site's
// redline cache (keyed by the texts' hashes, valid across crawls) then saves
// recomputing every redline of every bill on every publish.
func (c *WatchCmd) publisher(a *App, srv *web.Server) (func(ctx context.Context), error) {
	if c.Publish == "" {
		return nil, nil
	}
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
	// The server's Site renders the same pages when the config names the
	// public URL. Without one the server's links point at its listen address,
	// which published files must not, so publishing gets its own
	// (root-relative) Site.
	site := web.New(st, web.Options{BaseURL: cfg.BaseURL, Watchlists: wl})
	if srv != nil && cfg.BaseURL != "" {
		site = srv.Site
	}
	var last int64 = -1
	var at time.Time
	return func(ctx context.Context) {
		id, err := st.LastChangeID(ctx)
		if err != nil || (id == last && time.Since(at) < time.Hour) {
			return
		}
		stats, err := web.Publish(ctx, site, c.Publish)
		if err != nil {
			slog.Error("publish", "error", err)
			return
		}
		last, at = id, time.Now()
		slog.Info("published", "dir", c.Publish, "written", stats.Written, "unchanged", stats.Unchanged)
	}, nil
}

// startServer listens on --serve (nil without it) and serves in the
// background until stopServer.
func (c *WatchCmd) startServer(a *App) (*web.Server, error) {
	if c.Serve == "" {
		return nil, nil
	}
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
	srv, err := web.Start(st, web.ServeOptions{Options: web.Options{BaseURL: cfg.BaseURL, Watchlists: wl},
		Addr: c.Serve, AccessLog: slog.Default()})
	if err != nil {
		return nil, fmt.Errorf("watch --serve %s: %w", c.Serve, err)
	}
	slog.Info("serving", "addr", c.Serve, "url", srv.URL)
	return srv, nil
}

// stopServer shuts srv down gracefully: new connections are refused and
// requests in flight get up to shutdownTimeout to finish.
func stopServer(srv *web.Server) error {
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("stop server: %w", err)
	}
	return nil
}
