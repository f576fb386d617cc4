package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
)

// matches records a watchlist result only when it differs from the last one
// stored; a flip of Matched is a change-log row.
func (a *applier) matches() error {
	ms := slices.Clone(a.obs.Matches)
	slices.SortFunc(ms, func(x, y Match) int { return compareStrings(x.Watchlist, y.Watchlist) })
	for _, m := range ms {
		expl := mustJSON(MatchDetails{Watchlist: m.Watchlist, Reason: m.Reason, Hits: m.Hits})
		var was bool
		var last string
		err := a.tx.QueryRowContext(a.ctx, `SELECT matched, explanation FROM matches WHERE bill_id = ? AND watchlist = ? ORDER BY id DESC LIMIT 1`,
			a.id, m.Watchlist).Scan(&was, &last)
		none := errors.Is(err, sql.ErrNoRows)
		if err != nil && !none {
			return fmt.Errorf("load match %s: %w", m.Watchlist, err)
		}
		if (none && !m.Matched) || (!none && was == m.Matched && last == expl) {
			continue
		}
		if _, err := a.exec(`INSERT INTO matches (bill_id, watchlist, matched, explanation, seen_at, run_id) VALUES (?,?,?,?,?,?)`,
			a.id, m.Watchlist, m.Matched, expl, ts(a.obs.SeenAt), nullID(a.obs.RunID)); err != nil {
			return fmt.Errorf("insert match %s: %w", m.Watchlist, err)
		}
		if !none && was == m.Matched {
			continue // same verdict, new explanation: kept, but not news
		}
		kind, verb := KindMatch, "now matches"
		if !m.Matched {
			kind, verb = KindUnmatch, "no longer matches"
		}
		summary := fmt.Sprintf("%s %s watchlist %s", a.obs.Bill.Identifier, verb, m.Watchlist)
		if m.Matched && m.Reason != "" {
			summary += ": " + m.Reason
		}
		if err := a.change(kind, summary, MatchDetails{Watchlist: m.Watchlist, Reason: m.Reason, Hits: m.Hits}); err != nil {
			return err
		}
	}
	return nil
}

func (a *applier) cache() error {
	for _, c := range a.obs.Cache {
		if err := upsertCache(a.ctx, a.tx, c); err != nil {
			return err
		}
		a.res.Rows++
	}
	return nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func sortStrings(s []string) { slices.Sort(s) }
