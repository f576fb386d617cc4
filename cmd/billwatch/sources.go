package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

// SourcesCmd lists registered sources with their last run's health.
type SourcesCmd struct {
	Runs int  `help:"Also list this many recent runs per source." default:"0"`
	JSON bool `help:"Print JSON."`
}

type sourceOut struct {
	ID                string      `json:"id"`
	Name              string      `json:"name"`
	Hosts             []string    `json:"hosts"`
	RequestsPerMinute float64     `json:"requests_per_minute"`
	Settings          []string    `json:"settings,omitempty"`
	Configured        bool        `json:"configured"`
	Tested            string      `json:"tested"`
	LastRun           *store.Run  `json:"last_run,omitempty"`
	Runs              []store.Run `json:"runs,omitempty"`
	Sessions          []store.Run `json:"sessions,omitempty"` // the latest run of each session
}

// Run prints one block per source.
func (c *SourcesCmd) Run(a *App) error {
	st, err := a.Store()
	if err != nil {
		return err
	}
	cfg, err := a.Config()
	if err != nil {
		return err
	}
	var out []sourceOut
	for _, id := range scraper.IDs() {
		src, _ := scraper.Get(id)
		info := src.Info()
		o := sourceOut{ID: id, Name: info.Name, Hosts: info.Hosts, RequestsPerMinute: info.RequestsPerMinute,
			Settings: info.Settings, Tested: info.Tested, Configured: true}
		if cs, ok := src.(scraper.Configurable); ok {
			o.Configured = cs.Configured(cfg.SourceSettings(id, info.Settings)) == nil
		}
		if o.Sessions, err = st.LatestRuns(a.ctx, id); err != nil {
			return err
		}
		slices.SortFunc(o.Sessions, func(x, y store.Run) int { return cmp.Compare(y.ID, x.ID) }) // newest first
		if len(o.Sessions) > 0 {
			o.LastRun = &o.Sessions[0]
		}
		if c.Runs > 0 {
			if o.Runs, err = st.Runs(a.ctx, id, c.Runs); err != nil {
				return err
			}
		}
		out = append(out, o)
	}
	if c.JSON {
		return writeJSON(a.out, out)
	}
	for _, o := range out {
		conf := ""
		if !o.Configured {
			conf = "  [NOT CONFIGURED: set " + strings.Join(o.Settings, ", ") + "]"
		}
		fmt.Fprintf(a.out, "%s  %s (%s, %.0f req/min)%s\n", o.ID, o.Name, strings.Join(o.Hosts, ", "), o.RequestsPerMinute, conf)
		fmt.Fprintf(a.out, "    tested on: %s\n", o.Tested)
		if o.LastRun == nil {
			fmt.Fprintf(a.out, "    never run\n")
		}
		for _, r := range o.Sessions {
			printRun(a, r, "last run")
		}
		for _, r := range o.Runs {
			printRun(a, r, "run")
		}
	}
	return nil
}

func printRun(a *App, r store.Run, label string) {
	fmt.Fprintf(a.out, "    %s #%d session %s: %s, started %s — %d bills, %d changed, %d changes, %d requests (%d not modified), %d bytes\n",
		label, r.ID, r.Session, strings.ToUpper(r.Status), localTime(r.StartedAt), r.BillsSeen, r.BillsChanged, r.Changes,
		r.Requests, r.NotModified, r.Bytes)
	if r.Message != "" {
		fmt.Fprintf(a.out, "      %s\n", r.Message)
	}
	for i, e := range r.Errors {
		if i == 5 {
			fmt.Fprintf(a.out, "      … %d more errors (--json shows all)\n", len(r.Errors)-5)
			break
		}
		fmt.Fprintf(a.out, "      error: %s\n", e)
	}
}
