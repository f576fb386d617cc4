package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/store"
)

// DiffCmd prints a redline.
type DiffCmd struct {
	Args   []string `arg:"" name:"ID | FILE_A FILE_B" help:"A bill id (diffs two of its stored versions), or two local files (text, HTML, XML or PDF)."`
	From   string   `help:"Older version: its number (see show), or part of its name. Default: the second-latest."`
	To     string   `help:"Newer version: its number or part of its name. Default: the latest."`
	Format string   `help:"html, text or json." enum:"html,text,json" default:"text"`
	Out    string   `help:"Write to this file instead of standard output." type:"path"`
}

// Run diffs two versions of a stored bill, or two files.
func (c *DiffCmd) Run(a *App) error {
	var from, to, fromName, toName, title string
	switch len(c.Args) {
	case 1:
		d, err := a.lookupBill(c.Args[0])
		if err != nil {
			return err
		}
		st, _ := a.Store()
		f, t, err := pickVersions(a, st, d, c.From, c.To)
		if err != nil {
			return err
		}
		from, to, _ = redline.Inputs(f.Text, f.Markup, t.Text, t.Markup)
		fromName, toName = f.Name, t.Name
		title = d.ID + " — " + d.Title
	case 2:
		var err error
		if from, to, err = loadFiles(a.ctx, c.Args[0], c.Args[1]); err != nil {
			return err
		}
		fromName, toName, title = c.Args[0], c.Args[1], "billwatch diff"
	default:
		return fmt.Errorf("diff takes a bill id, or two files")
	}
	oneShotMemory(int64(len(from) + len(to)))
	r := redline.Diff(from, to)
	return a.writeOut(c.Out, func(w io.Writer) error { return writeRedline(w, c.Format, r, title, fromName, toName) })
}

// pickVersions resolves --from/--to against the bill's versions that have text.
func pickVersions(a *App, st *store.Store, d store.BillDetail, fromSel, toSel string) (store.VersionText, store.VersionText, error) {
	vs, err := st.Texts(a.ctx, d.ID)
	if err != nil {
		return store.VersionText{}, store.VersionText{}, err
	}
	find := func(sel string, def int) (store.VersionText, error) {
		if sel == "" {
			if def < 0 || def >= len(vs) {
				return store.VersionText{}, fmt.Errorf("%s has %d version(s) with text; a diff needs two (pick with --from/--to)", d.ID, len(vs))
			}
			return vs[def], nil
		}
		if n, err := strconv.ParseInt(sel, 10, 64); err == nil {
			for _, v := range vs {
				if v.VersionID == n {
					return v, nil
				}
			}
		}
		var hits []store.VersionText
		for _, v := range vs {
			if strings.Contains(strings.ToLower(v.Name), strings.ToLower(sel)) {
				hits = append(hits, v)
			}
		}
		if len(hits) == 1 {
			return hits[0], nil
		}
		var names []string
		for _, v := range vs {
			names = append(names, fmt.Sprintf("[%d] %s", v.VersionID, v.Name))
		}
		return store.VersionText{}, fmt.Errorf("version %q matches %d of %s's versions: %s", sel, len(hits), d.ID, strings.Join(names, "; "))
	}
	to, err := find(toSel, len(vs)-1)
	if err != nil {
		return to, to, err
	}
	from, err := find(fromSel, len(vs)-2)
	return from, to, err
}
