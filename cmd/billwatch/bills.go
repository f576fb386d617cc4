package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
)

// BillsCmd lists bills.
type BillsCmd struct {
	State     string `help:"Jurisdiction (source id), e.g. vt." name:"state"`
	Session   string `help:"Session, e.g. 2026."`
	Watchlist string `help:"Only bills currently matching this watchlist."`
	Since     string `help:"Only bills changed since: 7d, 2w, 36h or 2026-01-01."`
	Limit     int    `help:"At most this many bills." default:"0"`
	JSON      bool   `help:"Print JSON."`
}

// Run lists bills, most recently changed first.
func (c *BillsCmd) Run(a *App) error {
	since, err := parseSince(c.Since, time.Now())
	if err != nil {
		return err
	}
	if c.Watchlist != "" {
		if err := a.checkWatchlist(c.Watchlist); err != nil {
			return err
		}
	}
	st, err := a.Store()
	if err != nil {
		return err
	}
	rows, err := st.ListBills(a.ctx, store.BillFilter{Jurisdiction: c.State, Session: c.Session, Watchlist: c.Watchlist, ChangedSince: since, Limit: c.Limit})
	if err != nil {
		return err
	}
	if c.JSON {
		if rows == nil {
			rows = []store.BillRow{}
		}
		return writeJSON(a.out, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(a.errOut, "no bills match")
		return nil
	}
	tw := table(a.out)
	fmt.Fprintln(tw, "ID\tTITLE\tLATEST ACTION\tWATCHLISTS\tCHANGED")
	for _, b := range rows {
		latest := b.LatestDate + " " + b.LatestAction
		if b.Removed {
			latest = "(no longer listed) " + latest
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", b.ID, truncate(b.Title, 60), truncate(strings.TrimSpace(latest), 60),
			strings.Join(b.Watchlists, ","), localTime(b.LastChanged))
	}
	return tw.Flush()
}

// checkWatchlist makes a typo in --watchlist an error rather than an empty list.
func (a *App) checkWatchlist(name string) error {
	wl, err := a.Watchlists()
	if err != nil {
		return err
	}
	if _, ok := wl.Lookup(name); !ok {
		return fmt.Errorf("no watchlist %q (have: %s)", name, strings.Join(wl.Names(), ", "))
	}
	return nil
}
