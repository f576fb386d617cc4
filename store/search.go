package store

import (
	"context"
	"errors"
	"fmt"
)

// ErrBadQuery wraps a full-text query the FTS5 parser rejected.
var ErrBadQuery = errors.New("bad search query")

// Hit is one bill found by Search, with its best-matching field.
type Hit struct {
	BillID  string  `json:"bill_id"`
	Title   string  `json:"title"`
	Field   string  `json:"field"`
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
}

// Search runs an FTS5 query (phrases in quotes, AND/OR/NOT, prefix*) over
// titles, abstracts and the text of every version, best bill first.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	// snippet() cannot run under a window function, so rank all matching
	// rows and keep each bill's best one here.
	rows, err := s.r.QueryContext(ctx, `SELECT search.bill_id, b.title, search.field, snippet(search, 2, '[', ']', '…', 16), bm25(search)
		FROM search JOIN bills b ON b.id = search.bill_id WHERE search MATCH ? ORDER BY bm25(search) LIMIT ?`, query, limit*8)
	if err != nil {
		if IsFTSSyntax(err) {
			return nil, fmt.Errorf("%w %q: %v (quote phrases with \"...\"; use AND, OR, NOT, prefix*)", ErrBadQuery, query, err)
		}
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var out []Hit
	seen := map[string]bool{}
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.BillID, &h.Title, &h.Field, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("scan hit: %w", err)
		}
		if seen[h.BillID] || len(out) == limit {
			continue
		}
		seen[h.BillID] = true
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		if IsFTSSyntax(err) {
			return nil, fmt.Errorf("%w %q: %v", ErrBadQuery, query, err)
		}
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return out, nil
}
