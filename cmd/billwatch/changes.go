package main

import (
	"fmt"
	"time"

	"github.com/billwatch/billwatch/store"
)

// ChangesCmd prints the change log.
type ChangesCmd struct {
	Since     string `help:"Only changes seen since: 7d, 2w, 36h or 2026-01-01."`
	After     int64  `help:"Only changes with an id above this (a cursor)."`
	State     string `help:"Only this jurisdiction." name:"state"`
	Watchlist string `help:"Only changes of bills matching this watchlist."`
	Limit     int    `help:"At most this many (newest)." default:"50"`
	JSON      bool   `help:"Print JSON."`
}

// Run prints the newest changes first.
func (c *ChangesCmd) Run(a *App) error {
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
	chs, err := st.Changes(a.ctx, store.ChangeFilter{Since: since, AfterID: c.After, Jurisdiction: c.State, Watchlist: c.Watchlist, Limit: c.Limit, Newest: true})
	if err != nil {
		return err
	}
	if c.JSON {
		if chs == nil {
			chs = []store.Change{}
		}
		return writeJSON(a.out, chs)
	}
	for _, ch := range chs {
		fmt.Fprintf(a.out, "#%-5d %s  %-16s %s\n", ch.ID, localTime(ch.SeenAt), ch.Kind, ch.Summary)
	}
	return nil
}
