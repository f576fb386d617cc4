package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/store"
)

// SearchCmd runs a full-text query.
type SearchCmd struct {
	Query string `arg:"" help:"FTS5 query: words, \"quoted phrases\", AND/OR/NOT, prefix*."`
	Limit int    `help:"At most this many bills." default:"20"`
	JSON  bool   `help:"Print JSON."`
}

// Run prints the best bills first with a snippet of where the words are.
func (c *SearchCmd) Run(a *App) error {
	st, err := a.Store()
	if err != nil {
		return err
	}
	hits, err := st.Search(a.ctx, c.Query, c.Limit)
	if errors.Is(err, store.ErrBadQuery) {
		return fmt.Errorf("search: %w", err)
	}
	if err != nil {
		return err
	}
	if c.JSON {
		if hits == nil {
			hits = []store.Hit{}
		}
		return writeJSON(a.out, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(a.errOut, "no matches")
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(a.out, "%s  %s\n    in %s: %s\n", h.BillID, truncate(h.Title, 80), h.Field, strings.Join(strings.Fields(h.Snippet), " "))
	}
	return nil
}
