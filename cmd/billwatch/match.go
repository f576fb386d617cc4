package main

import (
	"fmt"
	"io"
	"os"

	"github.com/billwatch/billwatch/watchlist"
)

// MatchCmd tests watchlists on any bills, before trusting them.
type MatchCmd struct {
	File      string `arg:"" optional:"" help:"JSON lines file ({\"id\",\"title\",\"abstract\",\"text\"} per line); - or nothing for standard input."`
	Watchlist string `help:"Only this watchlist (default: all)."`
	All       bool   `help:"Also print bills that do not match."`
	JSON      bool   `help:"Print JSON lines."`
}

// Run matches each line and prints which match and why.
func (c *MatchCmd) Run(a *App) error {
	set, err := a.Watchlists()
	if err != nil {
		return err
	}
	if c.Watchlist != "" {
		if set, err = set.Select(c.Watchlist); err != nil {
			return err
		}
	}
	var r io.Reader = os.Stdin
	if c.File != "" && c.File != "-" {
		f, err := os.Open(c.File)
		if err != nil {
			return fmt.Errorf("match: %w", err)
		}
		defer f.Close()
		r = f
	}
	docs, err := watchlist.ReadAllDocs(r)
	if err != nil {
		return fmt.Errorf("match: %w", err)
	}
	var results []watchlist.Result
	for _, d := range docs {
		for _, res := range set.Match(d) {
			if res.Matched || c.All {
				results = append(results, res)
			}
		}
	}
	if err := watchlist.WriteResults(a.out, results, c.JSON); err != nil {
		return err
	}
	if !c.JSON {
		fmt.Fprintf(a.errOut, "%d of %d bills matched\n", countMatchedDocs(results), len(docs))
	}
	return nil
}

func countMatchedDocs(rs []watchlist.Result) int {
	seen := map[string]bool{}
	for _, r := range rs {
		if r.Matched {
			seen[r.ID] = true
		}
	}
	return len(seen)
}
