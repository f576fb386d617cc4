package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/billwatch/billwatch/demo"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web"
)

// DemoCmd runs the real crawl code against recorded data on loopback.
type DemoCmd struct {
	NoServe bool   `help:"Do not serve the result afterwards."`
	Addr    string `help:"Where to serve the result." default:"127.0.0.1:8080"`
}

// Run crawls day 1 and day 2 of the recorded sites and shows what changed.
func (c *DemoCmd) Run(a *App) error {
	path := a.cli.DB // the global --db; empty means a fresh temporary database
	if path == "" {
		dir, err := os.MkdirTemp("", "billwatch-demo-")
		if err != nil {
			return err
		}
		path = filepath.Join(dir, "demo.db")
	} else if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(a.errOut, "note: %s exists; the demo adds to it (changes already seen are not repeated)\n", path)
	}
	a.cli.DB = path
	servers, err := demo.Start()
	if err != nil {
		return err
	}
	defer servers.Close()
	r, err := a.Runner()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "billwatch demo — database %s\nServing recorded legislature data locally:\n", path)
	for host, base := range servers.Rewrite {
		fmt.Fprintf(a.out, "   %s → %s\n", host, base)
	}
	res, err := demo.Run(a.ctx, servers, r, a.out)
	if err != nil {
		return err
	}
	st, _ := a.Store()
	if err := c.report(a, st, res); err != nil {
		return err
	}
	if c.NoServe {
		return nil
	}
	wl, err := a.Watchlists()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "\nServing the demo database (Ctrl-C to stop):\n")
	return web.Serve(a.ctx, st, web.ServeOptions{Addr: c.Addr, Options: web.Options{Watchlists: wl}},
		func(s *web.Server) { s.Announce(a.ctx, a.out) })
}

func (c *DemoCmd) report(a *App, st *store.Store, res demo.Result) error {
	rows, err := st.ListBills(a.ctx, store.BillFilter{Watchlist: "dmv-data"})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "\n== Bills on the dmv-data watchlist: %d ==\n", len(rows))
	for _, b := range rows {
		fmt.Fprintf(a.out, "   %-16s %s\n", b.ID, truncate(b.Title, 90))
	}
	chs, err := st.Changes(a.ctx, store.ChangeFilter{AfterID: res.FirstChange - 1})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "\n== What changed between day 1 and day 2: %d changes ==\n", len(chs))
	for _, ch := range chs {
		fmt.Fprintf(a.out, "   %-16s %s\n", ch.Kind, truncate(ch.Summary, 110))
	}
	failed := 0
	for _, r := range res.Runs {
		if r.Status != store.RunOK {
			failed++
		}
	}
	fmt.Fprintf(a.out, "\n%d runs, %d not OK (see `billwatch --db %s sources`)\n", len(res.Runs), failed, a.cli.DB)
	q := func(s string) string { return strings.ReplaceAll(s, "'", `'\''`) }
	fmt.Fprintf(a.out, "\nTry:\n   billwatch --db '%s' bills --watchlist dmv-data\n   billwatch --db '%s' show vt/2020/S.124\n   billwatch --db '%s' history vt/2020/S.124\n   billwatch --db '%s' search '\"facial recognition\"'\n   sqlite3 '%s' 'SELECT kind, summary FROM changes'\n",
		q(a.cli.DB), q(a.cli.DB), q(a.cli.DB), q(a.cli.DB), q(a.cli.DB))
	return nil
}
