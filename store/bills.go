package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// BillRow is a bill as listed: its current metadata and latest action.
type BillRow struct {
	ID           string    `json:"id"`
	Jurisdiction string    `json:"jurisdiction"`
	Session      string    `json:"session"`
	Identifier   string    `json:"identifier"`
	Title        string    `json:"title"`
	Status       string    `json:"status,omitempty"`
	LatestAction string    `json:"latest_action,omitempty"`
	LatestDate   string    `json:"latest_action_date,omitempty"`
	Watchlists   []string  `json:"watchlists,omitempty"` // currently matching
	FirstSeen    time.Time `json:"first_seen"`
	LastChanged  time.Time `json:"last_changed"`
	Removed      bool      `json:"removed,omitempty"`
}

// BillFilter selects bills for ListBills. Zero values select everything.
type BillFilter struct {
	ID           string // one bill
	Jurisdiction string
	Session      string
	Watchlist    string    // only bills currently matching this watchlist
	ChangedSince time.Time // only bills with a change seen at or after this time
	Limit        int
}

// currentMatches selects, per bill and watchlist, the newest match row.
const currentMatches = `SELECT m.bill_id, m.watchlist, m.matched, m.explanation FROM matches m
	WHERE m.id = (SELECT max(id) FROM matches WHERE bill_id = m.bill_id AND watchlist = m.watchlist)`

// ListBills lists bills, most recently changed first.
func (s *Store) ListBills(ctx context.Context, f BillFilter) ([]BillRow, error) {
	// The latest action is found once per bill and joined for both its text and date.
	q := `SELECT b.id, b.jurisdiction, b.session, b.identifier, b.title, b.status, b.first_seen, b.last_changed, b.removed_at IS NOT NULL,
		coalesce(la.text, ''), coalesce(la.date, ''),
		coalesce((SELECT group_concat(watchlist) FROM (` + currentMatches + `) cm WHERE cm.bill_id = b.id AND cm.matched), '')
		FROM bills b LEFT JOIN actions la ON la.id = (SELECT id FROM actions WHERE bill_id = b.id AND removed_at IS NULL
			ORDER BY date DESC, ord DESC, id DESC LIMIT 1)
		WHERE 1=1`
	var args []any
	if f.ID != "" {
		q += ` AND b.id = ?`
		args = append(args, f.ID)
	}
	if f.Jurisdiction != "" {
		q += ` AND b.jurisdiction = ?`
		args = append(args, strings.ToLower(f.Jurisdiction))
	}
	if f.Session != "" {
		q += ` AND b.session = ?`
		args = append(args, f.Session)
	}
	if f.Watchlist != "" {
		q += ` AND b.id IN (SELECT bill_id FROM (` + currentMatches + `) WHERE matched AND watchlist = ?)`
		args = append(args, f.Watchlist)
	}
	if !f.ChangedSince.IsZero() {
		q += ` AND b.last_changed >= ?`
		args = append(args, ts(f.ChangedSince))
	}
	q += ` ORDER BY b.last_changed DESC, b.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list bills: %w", err)
	}
	defer rows.Close()
	var out []BillRow
	for rows.Next() {
		var b BillRow
		var first, last, wl string
		if err := rows.Scan(&b.ID, &b.Jurisdiction, &b.Session, &b.Identifier, &b.Title, &b.Status, &first, &last, &b.Removed,
			&b.LatestAction, &b.LatestDate, &wl); err != nil {
			return nil, fmt.Errorf("scan bill: %w", err)
		}
		b.FirstSeen, _ = time.Parse(time.RFC3339Nano, first)
		b.LastChanged, _ = time.Parse(time.RFC3339Nano, last)
		if wl != "" {
			b.Watchlists = strings.Split(wl, ",")
			slices.Sort(b.Watchlists)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// SessionBills returns the ids of the bills of a session that are still listed.
func (s *Store) SessionBills(ctx context.Context, jurisdiction, session string) (map[string]bool, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id FROM bills WHERE jurisdiction = ? AND session = ? AND removed_at IS NULL`, jurisdiction, session)
	if err != nil {
		return nil, fmt.Errorf("list session bills: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// MarkRemoved records that bills vanished from a healthy, complete list.
func (s *Store) MarkRemoved(ctx context.Context, runID int64, ids []string) (int, error) {
	n := 0
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		st := s.bind(ctx, tx)
		now := ts(s.now())
		for _, id := range ids {
			var ident, juris string
			if err := tx.QueryRowContext(ctx, `SELECT identifier, jurisdiction FROM bills WHERE id = ? AND removed_at IS NULL`, id).Scan(&ident, &juris); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					continue
				}
				return fmt.Errorf("load %s: %w", id, err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE bills SET removed_at = ?, last_changed = ? WHERE id = ?`, now, now, id); err != nil {
				return fmt.Errorf("mark %s removed: %w", id, err)
			}
			if _, err := st.insertChange(id, juris, KindBillRemoved, ident+" is no longer listed by the legislature", "{}", now, nullID(runID)); err != nil {
				return fmt.Errorf("record removal of %s: %w", id, err)
			}
			n++
		}
		return nil
	})
	return n, err
}

// revisionMeta returns the bill as stored in its current metadata revision.
func (s *Store) revisionMeta(ctx context.Context, id string) (meta, error) {
	var data string
	err := s.r.QueryRowContext(ctx, `SELECT r.data FROM bills b JOIN bill_revisions r ON r.bill_id = b.id AND r.rev = b.revision WHERE b.id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return meta{}, ErrNotFound
	}
	if err != nil {
		return meta{}, fmt.Errorf("load %s: %w", id, err)
	}
	return decodeMeta(id, data)
}

// decodeMeta decodes the stored revision data of bill id.
func decodeMeta(id, data string) (meta, error) {
	var m meta
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		return meta{}, fmt.Errorf("decode %s: %w", id, err)
	}
	return m, nil
}

// Jurisdictions lists, sorted, every jurisdiction that has a stored bill or a
// crawl run (a source's id is its jurisdiction), so that a jurisdiction is
// known from its first crawl, before it has a bill, and stays known.
func (s *Store) Jurisdictions(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT jurisdiction FROM bills UNION SELECT lower(source) FROM runs ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list jurisdictions: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var j string
		if err := rows.Scan(&j); err != nil {
			return nil, fmt.Errorf("scan jurisdiction: %w", err)
		}
		out = append(out, j)
	}
	return out, rows.Err()
}
