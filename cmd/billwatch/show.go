package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
)

// ShowCmd shows one bill.
type ShowCmd struct {
	ID   string `arg:"" help:"Bill id, e.g. vt/2020/S.124."`
	JSON bool   `help:"Print JSON."`
}

// lookupBill normalises a typed id and loads the bill with a helpful error.
func (a *App) lookupBill(id string) (store.BillDetail, error) {
	norm, err := bill.NormalizeID(id)
	if err != nil {
		return store.BillDetail{}, err
	}
	st, err := a.Store()
	if err != nil {
		return store.BillDetail{}, err
	}
	d, err := st.Bill(a.ctx, norm)
	if errors.Is(err, store.ErrNotFound) {
		return d, fmt.Errorf("no bill %s in %s (list them with `billwatch bills`)", norm, a.cli.DB)
	}
	return d, err
}

// Run prints the bill.
func (c *ShowCmd) Run(a *App) error {
	d, err := a.lookupBill(c.ID)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(a.out, d)
	}
	w := a.out
	fmt.Fprintf(w, "%s  %s\n%s\n\n", d.ID, strings.Join(d.Classification, ", "), d.Title)
	if d.Removed {
		fmt.Fprintln(w, "NOTE: no longer listed by the legislature")
	}
	if d.Abstract != "" {
		fmt.Fprintf(w, "Summary: %s\n", d.Abstract)
	}
	if d.Status != "" {
		fmt.Fprintf(w, "Status: %s\n", d.Status)
	}
	if d.LatestAction != "" {
		fmt.Fprintf(w, "Latest action: %s %s\n", d.LatestDate, d.LatestAction)
	}
	if len(d.Citations) > 0 {
		fmt.Fprintf(w, "Enacted as: %s\n", strings.Join(d.Citations, ", "))
	}
	if len(d.Sponsors) > 0 {
		var prim, co []string
		for _, s := range d.Sponsors {
			if s.Primary {
				prim = append(prim, s.Name)
			} else {
				co = append(co, s.Name)
			}
		}
		fmt.Fprintf(w, "Sponsors: %s\n", strings.Join(prim, "; "))
		if len(co) > 0 {
			fmt.Fprintf(w, "Cosponsors: %s\n", strings.Join(co, "; "))
		}
	}
	if len(d.Subjects) > 0 {
		fmt.Fprintf(w, "Subjects: %s\n", strings.Join(d.Subjects, "; "))
	}
	for _, s := range d.Sources {
		fmt.Fprintf(w, "Source: %s\n", s)
	}
	fmt.Fprintf(w, "\nVersions (%d):\n", len(d.Versions))
	for _, v := range d.Versions {
		text := fmt.Sprintf("%d chars of text", v.TextLength)
		if v.TextLength == 0 {
			text = "no text extracted yet"
		}
		fmt.Fprintf(w, "  [%d] %s — %s, first seen %s\n      %s\n", v.ID, v.Name, text, localTime(v.FirstSeen), v.URL)
	}
	for _, v := range d.Documents {
		fmt.Fprintf(w, "  document [%d] %s\n      %s\n", v.ID, v.Name, v.URL)
	}
	fmt.Fprintf(w, "\nWatchlists:\n")
	if len(d.Matches) == 0 {
		fmt.Fprintln(w, "  matches no watchlist")
	}
	for _, m := range d.Matches {
		if !m.Matched {
			fmt.Fprintf(w, "  %s: no longer matches\n", m.Watchlist)
			continue
		}
		fmt.Fprintf(w, "  %s: MATCH — %s\n", m.Watchlist, m.Reason)
		for _, h := range m.Hits {
			fmt.Fprintf(w, "    %q in %s: %s\n", h.Term, h.Field, h.Snippet)
		}
	}
	fmt.Fprintf(w, "\n%d actions; see `billwatch history %s`\n", len(d.Actions), d.ID)
	return nil
}
