package main

import (
	"cmp"
	"fmt"
	"time"

	"github.com/billwatch/billwatch/web"
)

// PublishCmd writes the pages and feeds as static files.
type PublishCmd struct {
	Out     string `help:"Directory to write the site into." required:"" type:"path"`
	BaseURL string `name:"base-url" help:"Public URL the files will be served from (default: config base_url). Feed readers need absolute links."`
}

// Run writes every page and feed; unchanged files are not rewritten.
func (c *PublishCmd) Run(a *App) error {
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
	base := cmp.Or(c.BaseURL, cfg.BaseURL)
	if base == "" {
		fmt.Fprintln(a.errOut, "note: no base_url in the config and no --base-url: links are root-relative, and feed readers need absolute ones")
	}
	start := time.Now()
	stats, err := web.Publish(a.ctx, web.New(st, web.Options{BaseURL: base, Watchlists: wl}), c.Out)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.out, "published %d pages and feeds to %s: %d written (%d bytes), %d unchanged, in %s\n",
		stats.Paths, c.Out, stats.Written, stats.Bytes, stats.Unchanged, time.Since(start).Round(time.Millisecond))
	return nil
}
