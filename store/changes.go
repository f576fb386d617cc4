package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ChangeFilter selects change-log rows. Zero values select everything.
type ChangeFilter struct {
	AfterID      int64     // only changes with id > AfterID (the digest's cursor)
	Since        time.Time // only changes seen at or after
	BillID       string
	Jurisdiction string
	Watchlist    string // only changes of bills currently matching it, plus its own match flips
	Kinds        []string
	Limit        int  // 0 = no limit
	Newest       bool // newest first (feeds); default oldest first (digest, history)
}

// Changes lists change-log rows.
func (s *Store) Changes(ctx context.Context, f ChangeFilter) ([]Change, error) {
	q := `SELECT c.id, coalesce(c.bill_id, ''), c.jurisdiction, c.kind, c.summary, c.details, c.seen_at, coalesce(c.run_id, 0) FROM changes c WHERE c.id > ?`
	args := []any{f.AfterID}
	if !f.Since.IsZero() {
		q += ` AND c.seen_at >= ?`
		args = append(args, ts(f.Since))
	}
	if f.BillID != "" {
		q += ` AND c.bill_id = ?`
		args = append(args, f.BillID)
	}
	if f.Jurisdiction != "" {
		q += ` AND c.jurisdiction = ?`
		args = append(args, strings.ToLower(f.Jurisdiction))
	}
	if f.Watchlist != "" {
		q += ` AND (c.bill_id IN (SELECT bill_id FROM (` + currentMatches + `) WHERE matched AND watchlist = ?)
			OR (c.kind IN (?, ?) AND json_extract(c.details, '$.watchlist') = ?))`
		args = append(args, f.Watchlist, KindMatch, KindUnmatch, f.Watchlist)
	}
	if len(f.Kinds) > 0 {
		q += ` AND c.kind IN (` + placeholders(len(f.Kinds)) + `)`
		for _, k := range f.Kinds {
			args = append(args, k)
		}
	}
	if f.Newest {
		q += ` ORDER BY c.id DESC`
	} else {
		q += ` ORDER BY c.id`
	}
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list changes: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var details, seen string
		if err := rows.Scan(&c.ID, &c.BillID, &c.Jurisdiction, &c.Kind, &c.Summary, &details, &seen, &c.RunID); err != nil {
			return nil, fmt.Errorf("scan change: %w", err)
		}
		c.Details = json.RawMessage(details)
		c.SeenAt, _ = time.Parse(time.RFC3339Nano, seen)
		out = append(out, c)
	}
	return out, rows.Err()
}

// LastChangeID is the newest change id (0 when the log is empty).
func (s *Store) LastChangeID(ctx context.Context) (int64, error) {
	var id int64
	err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM changes`).Scan(&id)
	return id, err
}

// insertChange appends one row to the change log. Every writer of the log
// (observations, removed bills, failed runs) goes through it, so the row's
// shape is bound in one place. An empty billID is stored as NULL: a change
// of a whole source. The caller wraps the error with what it was recording.
func (t *txStmts) insertChange(billID, jurisdiction, kind, summary, details, seenAt string, runID any) (int64, error) {
	var bid any = billID
	if billID == "" {
		bid = nil
	}
	r, err := t.exec(sqlInsertChange, bid, jurisdiction, kind, summary, details, seenAt, runID)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}
