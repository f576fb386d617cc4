package main

import (
	"cmp"
	"fmt"
	"log/slog"

	"github.com/billwatch/billwatch/web"
)

// ServeCmd serves the pages and feeds over HTTP, read-only.
type ServeCmd struct {
	Addr        string `help:"Address to listen on (HOST:PORT); loopback by default." default:"127.0.0.1:8080"`
	BaseURL     string `name:"base-url" help:"Public URL of the site for absolute links (default: config base_url, else http://ADDR)."`
	NoAccessLog bool   `name:"no-access-log" help:"Do not log each request."`
}

// Run serves until SIGINT or SIGTERM, then shuts down gracefully.
func (c *ServeCmd) Run(a *App) error {
	st, err := a.Store()
	if err != nil {
		return err
	}
	cfg, err := a.Config()
	if err != nil {
		return err
	}
	wl, err := a.Watchlists()
	if err != nil {
		return err
	}
	opt := web.ServeOptions{Addr: c.Addr,
		Options: web.Options{BaseURL: cmp.Or(c.BaseURL, cfg.BaseURL), Watchlists: wl}}
	if !c.NoAccessLog {
		// The access log is wanted whatever --log-level says.
		opt.AccessLog = slog.New(slog.NewTextHandler(a.errOut, nil))
	}
	return web.Serve(a.ctx, st, opt, func(s *web.Server) {
		fmt.Fprintf(a.out, "Database: %s\n", a.cli.DB)
		if err := s.Announce(a.ctx, a.out); err != nil {
			fmt.Fprintln(a.errOut, "list feeds:", err)
		}
	})
}
