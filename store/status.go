package store

import (
	"context"
	"fmt"
	"time"
)

// StatusLine is a status line the site showed for a bill until ReplacedAt.
type StatusLine struct {
	Status     string    `json:"status"`
	ReplacedAt time.Time `json:"replaced_at"`
	RunID      int64     `json:"run_id,omitempty"`
}

// StatusHistory returns the status lines a bill's current one replaced, oldest
// first (the current line is in BillDetail.Status).
func (s *Store) StatusHistory(ctx context.Context, billID string) ([]StatusLine, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT status, replaced_at, coalesce(run_id, 0) FROM status_history
		WHERE bill_id = ? ORDER BY id`, billID)
	if err != nil {
		return nil, fmt.Errorf("status history of %s: %w", billID, err)
	}
	defer rows.Close()
	var out []StatusLine
	for rows.Next() {
		var l StatusLine
		var at string
		if err := rows.Scan(&l.Status, &at, &l.RunID); err != nil {
			return nil, fmt.Errorf("status history of %s: %w", billID, err)
		}
		l.ReplacedAt, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("status history of %s: %w", billID, err)
	}
	return out, nil
}
