package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func upsertCache(ctx context.Context, db execer, c CacheEntry) error {
	if c.FetchedAt.IsZero() {
		c.FetchedAt = time.Now()
	}
	_, err := db.ExecContext(ctx, `INSERT INTO http_cache (url, etag, last_modified, sha256, fetched_at) VALUES (?,?,?,?,?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
		sha256 = excluded.sha256, fetched_at = excluded.fetched_at`,
		c.URL, c.ETag, c.LastModified, c.SHA256, ts(c.FetchedAt))
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
	return s.withTx(ctx, func(tx *sql.Tx) error { return upsertCache(ctx, tx, c) })
}
