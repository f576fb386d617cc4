package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
)

// HistoryCmd prints a bill's actions and observed changes.
type HistoryCmd struct {
	ID   string `arg:"" help:"Bill id, e.g. vt/2020/S.124."`
	JSON bool   `help:"Print JSON."`
}

type historyOut struct {
	ID            string             `json:"id"`
	Actions       []store.ActionRow  `json:"actions"`
	Changes       []store.Change     `json:"changes"`
	Status        string             `json:"status"`
	StatusHistory []store.StatusLine `json:"status_history"` // lines the current one replaced
}

// Run prints the legislature's action history, then billwatch's own record of
// what it observed and when.
func (c *HistoryCmd) Run(a *App) error {
	d, err := a.lookupBill(c.ID)
	if err != nil {
		return err
	}
	st, _ := a.Store()
	changes, err := st.Changes(a.ctx, store.ChangeFilter{BillID: d.ID})
	if err != nil {
		return err
	}
	statuses, err := st.StatusHistory(a.ctx, d.ID)
	if err != nil {
		return err
	}
	if c.JSON {
		if changes == nil {
			changes = []store.Change{}
		}
		if statuses == nil {
			statuses = []store.StatusLine{}
		}
		return writeJSON(a.out, historyOut{ID: d.ID, Actions: d.Actions, Changes: changes, Status: d.Status, StatusHistory: statuses})
	}
	fmt.Fprintf(a.out, "%s — %s\n\nActions (as the legislature lists them):\n", d.ID, d.Title)
	tw := table(a.out)
	fmt.Fprintln(tw, "  DATE\tCHAMBER\tACTION\tCLASSIFICATION\tFIRST SEEN")
	for _, act := range d.Actions {
		text := act.Text
		if act.Removed != nil {
			text = "[removed " + localTime(*act.Removed) + "] " + text
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", act.Date, act.Chamber, text, strings.Join(act.Classification, ","), localTime(act.FirstSeen))
	}
	tw.Flush()
	if len(statuses) > 0 {
		fmt.Fprintf(a.out, "\nStatus line (as the site worded it; now: %s):\n", d.Status)
		for _, l := range statuses {
			fmt.Fprintf(a.out, "  until %s  %s\n", l.ReplacedAt.UTC().Format(time.RFC3339), l.Status)
		}
	}
	fmt.Fprintf(a.out, "\nObserved changes (what billwatch saw, when):\n")
	for _, ch := range changes {
		fmt.Fprintf(a.out, "  #%d %s  %-16s %s\n", ch.ID, ch.SeenAt.UTC().Format(time.RFC3339), ch.Kind, ch.Summary)
	}
	return nil
}
