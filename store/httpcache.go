package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

type execer interface {
	exec(query string, args ...any) (sql.Result, error)
}

// txExecer runs statements directly on a transaction.
type txExecer struct {
	ctx context.Context
	tx  *sql.Tx
}

func (t txExecer) exec(query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(t.ctx, query, args...)
}

func upsertCache(db execer, c CacheEntry) error {
	if c.FetchedAt.IsZero() {
		c.FetchedAt = time.Now()
	}
	_, err := db.exec(sqlUpsertCache, c.URL, c.ETag, c.LastModified, c.SHA256, ts(c.FetchedAt))
	if err != nil {
		return fmt.Errorf("store validators for %s: %w", c.URL, err)
	}
	return nil
}

// CacheEntry returns the stored validators of url, or ErrNotFound.
func (s *Store) CacheEntry(ctx context.Context, url string) (CacheEntry, error) {
	c := CacheEntry{URL: url}
	var at string
	err := s.r.QueryRowContext(ctx, `SELECT etag, last_modified, sha256, fetched_at FROM http_cache WHERE url = ?`, url).
		Scan(&c.ETag, &c.LastModified, &c.SHA256, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("load validators for %s: %w", url, err)
	}
	c.FetchedAt, _ = time.Parse(time.RFC3339Nano, at)
	return c, nil
}

// PutCacheEntry stores validators outside an observation (list pages, whose
// data is not stored as such).
func (s *Store) PutCacheEntry(ctx context.Context, c CacheEntry) error {
	return s.withTx(ctx, func(tx *sql.Tx) error { return upsertCache(txExecer{ctx, tx}, c) })
}
