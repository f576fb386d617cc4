package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// cache stores the observation's validators with its data. An entry without
// a fetch time takes the observation's: that is when its page was read, and
// the store's clock (SetClock) already decided it.
func (a *applier) cache() error {
	for _, c := range a.obs.Cache {
		at := a.seenAt
		if !c.FetchedAt.IsZero() {
			at = ts(c.FetchedAt)
		}
		if _, err := a.exec(sqlUpsertCache, c.URL, c.ETag, c.LastModified, c.SHA256, at); err != nil {
			return fmt.Errorf("store validators for %s: %w", c.URL, err)
		}
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

// RefreshValidators replaces the ETag and Last-Modified of URLs whose content
// did not change: a server that starts sending validators, or changes them
// for the same bytes, would otherwise be asked for full pages on every run.
// It is for pages of a bill that is otherwise unchanged, so it writes no
// observation and no change. An entry is applied only while its SHA256 is
// still the stored fingerprint: validators never move away from the content
// they describe, so they can never make a run skip data that is not stored.
// It returns how many entries were updated.
func (s *Store) RefreshValidators(ctx context.Context, entries []CacheEntry) (int, error) {
	n := 0
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		for _, c := range entries {
			at := c.FetchedAt
			if at.IsZero() {
				at = s.now()
			}
			r, err := tx.ExecContext(ctx, `UPDATE http_cache SET etag = ?, last_modified = ?, fetched_at = ? WHERE url = ? AND sha256 = ?`,
				c.ETag, c.LastModified, ts(at), c.URL, c.SHA256)
			if err != nil {
				return fmt.Errorf("refresh validators for %s: %w", c.URL, err)
			}
			k, err := r.RowsAffected()
			if err != nil {
				return fmt.Errorf("refresh validators for %s: %w", c.URL, err)
			}
			n += int(k)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}
