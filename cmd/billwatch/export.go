package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/billwatch/billwatch/store"
)

// ExportCmd writes bills out for spreadsheets and other tools.
type ExportCmd struct {
	Format    string `help:"csv or json." enum:"csv,json" default:"csv"`
	Table     string `help:"With csv: bills, actions or changes." enum:"bills,actions,changes" default:"bills"`
	State     string `help:"Only this jurisdiction." name:"state"`
	Watchlist string `help:"Only bills currently matching this watchlist."`
	Out       string `help:"Write to this file instead of standard output." type:"path"`
}

// Run exports. JSON carries each bill in full (sponsors, actions, versions,
// matches); CSV one table at a time.
func (c *ExportCmd) Run(a *App) error {
	if c.Watchlist != "" {
		if err := a.checkWatchlist(c.Watchlist); err != nil {
			return err
		}
	}
	st, err := a.Store()
	if err != nil {
		return err
	}
	rows, err := st.ListBills(a.ctx, store.BillFilter{Jurisdiction: c.State, Watchlist: c.Watchlist})
	if err != nil {
		return err
	}
	return a.writeOut(c.Out, func(w io.Writer) error { return c.write(a, st, rows, w) })
}

// write writes the selected bills to w in the chosen format.
func (c *ExportCmd) write(a *App, st *store.Store, rows []store.BillRow, w io.Writer) error {
	if c.Format == "json" {
		all := make([]store.BillDetail, 0, len(rows))
		for _, r := range rows {
			d, err := st.Bill(a.ctx, r.ID)
			if err != nil {
				return err
			}
			all = append(all, d)
		}
		return writeJSON(w, all)
	}
	cw := csv.NewWriter(w)
	switch c.Table {
	case "bills":
		cw.Write([]string{"id", "jurisdiction", "session", "identifier", "title", "status", "latest_action_date", "latest_action", "watchlists", "first_seen", "last_changed", "removed"})
		for _, b := range rows {
			cw.Write([]string{b.ID, b.Jurisdiction, b.Session, b.Identifier, b.Title, b.Status, b.LatestDate, b.LatestAction,
				strings.Join(b.Watchlists, ";"), localTime(b.FirstSeen), localTime(b.LastChanged), fmt.Sprint(b.Removed)})
		}
	case "actions":
		cw.Write([]string{"bill_id", "date", "chamber", "text", "classification", "first_seen", "removed"})
		for _, b := range rows {
			acts, err := st.Actions(a.ctx, b.ID)
			if err != nil {
				return err
			}
			for _, act := range acts {
				cw.Write([]string{b.ID, act.Date, act.Chamber, act.Text, strings.Join(act.Classification, ";"), localTime(act.FirstSeen), fmt.Sprint(act.Removed != nil)})
			}
		}
	case "changes":
		cw.Write([]string{"id", "bill_id", "jurisdiction", "kind", "summary", "seen_at"})
		for _, b := range rows {
			chs, err := st.Changes(a.ctx, store.ChangeFilter{BillID: b.ID})
			if err != nil {
				return err
			}
			for _, ch := range chs {
				cw.Write([]string{fmt.Sprint(ch.ID), ch.BillID, ch.Jurisdiction, ch.Kind, ch.Summary, localTime(ch.SeenAt)})
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
