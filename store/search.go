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
//
// It ranks in two steps: bm25 over every matching row reads only the index,
// while snippet() re-reads and re-tokenizes a row's text, so snippets are
// built for the best row of each returned bill alone. Computing them for
// every match made queries with thousands of hits slow.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 50
	}
	hits, rowids, err := s.bestRows(ctx, query, limit)
	if err != nil || len(hits) == 0 {
		return hits, err
	}
	args := []any{query}
	at := map[int64]int{}
	for i, id := range rowids {
		args = append(args, id)
		at[id] = i
	}
	rows, err := s.r.QueryContext(ctx, `SELECT search.rowid, b.title, search.field, snippet(search, 2, '[', ']', '…', 16)
		FROM search JOIN bills b ON b.id = search.bill_id
		WHERE search MATCH ? AND search.rowid IN (`+placeholders(len(hits))+`)`, args...)
	if err != nil {
		return nil, searchErr(query, err)
	}
	defer rows.Close()
	filled := make([]bool, len(hits))
	for rows.Next() {
		var rowid int64
		var title, field, snippet string
		if err := rows.Scan(&rowid, &title, &field, &snippet); err != nil {
			return nil, fmt.Errorf("scan hit: %w", err)
		}
		if i, ok := at[rowid]; ok {
			hits[i].Title, hits[i].Field, hits[i].Snippet = title, field, snippet
			filled[i] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, searchErr(query, err)
	}
	// Rows are never deleted, so every ranked row is found again; a hit
	// left unfilled would be a broken result and is dropped.
	out := hits[:0]
	for i, h := range hits {
		if filled[i] {
			out = append(out, h)
		}
	}
	return out, nil
}

// bestRows ranks matching rows by bm25 and keeps each bill's best row, best
// bill first, up to limit bills (looking at no more than limit*8 rows).
func (s *Store) bestRows(ctx context.Context, query string, limit int) ([]Hit, []int64, error) {
	// bill_id is read after the sort, for the kept rows only, and from
	// search_docs rather than through the index's content view, which would
	// also load each row's text.
	rows, err := s.r.QueryContext(ctx, `SELECT top.rid, d.bill_id, top.score FROM (
			SELECT rowid AS rid, bm25(search) AS score FROM search WHERE search MATCH ? ORDER BY score, rowid LIMIT ?) top
		CROSS JOIN search_docs d ON d.id = top.rid ORDER BY top.score, top.rid`, query, limit*8)
	if err != nil {
		return nil, nil, searchErr(query, err)
	}
	defer rows.Close()
	var out []Hit
	var rowids []int64
	seen := map[string]bool{}
	for rows.Next() {
		var h Hit
		var rowid int64
		if err := rows.Scan(&rowid, &h.BillID, &h.Rank); err != nil {
			return nil, nil, fmt.Errorf("scan hit: %w", err)
		}
		if seen[h.BillID] || len(out) == limit {
			continue
		}
		seen[h.BillID] = true
		out = append(out, h)
		rowids = append(rowids, rowid)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, searchErr(query, err)
	}
	return out, rowids, nil
}

func searchErr(query string, err error) error {
	if IsFTSSyntax(err) {
		return fmt.Errorf("%w %q: %v (quote phrases with \"...\"; use AND, OR, NOT, prefix*)", ErrBadQuery, query, err)
	}
	return fmt.Errorf("search %q: %w", query, err)
}
