package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// matches records a watchlist result only when it differs from the last one
// stored; a flip of Matched is a change-log row.
func (a *applier) matches() error {
	ms := slices.Clone(a.obs.Matches)
	slices.SortFunc(ms, func(x, y Match) int { return strings.Compare(x.Watchlist, y.Watchlist) })
	for _, m := range ms {
		// The stored explanation is the change's details too: encoded once.
		expl := mustJSON(MatchDetails{Watchlist: m.Watchlist, Reason: m.Reason, Hits: m.Hits})
		was, last, none, err := a.lastMatch(m.Watchlist)
		if err != nil {
			return err
		}
		if (none && !m.Matched) || (!none && was == m.Matched && last == expl) {
			continue
		}
		if _, err := a.exec(sqlInsertMatch, a.id, m.Watchlist, m.Matched, expl, a.seenAt, a.runID); err != nil {
			return fmt.Errorf("insert match %s: %w", m.Watchlist, err)
		}
		a.wrote("match", m.Watchlist, 0)
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
		if err := a.changeJSON(kind, summary, expl); err != nil {
			return err
		}
	}
	return nil
}

// lastMatch is the newest stored result of a watchlist for the bill; none
// when there is none (a bill inserted by this observation has only what it wrote).
func (a *applier) lastMatch(watchlist string) (was bool, last string, none bool, err error) {
	if _, ok := a.written["match\x00"+watchlist]; a.res.New && !ok {
		return false, "", true, nil
	}
	err = a.queryRow(sqlLastMatch, a.id, watchlist).Scan(&was, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return false, "", true, nil
	}
	if err != nil {
		return false, "", false, fmt.Errorf("load match %s: %w", watchlist, err)
	}
	return was, last, false, nil
}
