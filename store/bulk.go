package store

import (
	"context"
	"fmt"
)

// The writer's page cache, in KiB. SQLite's default (2 MB) is what the crawl
// runs with: it applies one bill per transaction, touches a few dozen pages
// each time, and its peak RSS must stay low. A batch of thousands of bills is
// another matter: its inserts land all over the B-trees of actions and their
// indexes and the full-text segments being merged, and with 2 MB most of
// those pages are evicted (spilled to the WAL mid-transaction) and read back
// from the OS again and again. Measured on 40,000 synthetic bills in batches
// of 2,000: 6.8 s of CPU with 2 MB, 6.1 s with 16 MB, 5.8 s with 32 MB and no
// better with 64 or 128 MB; the ingest's peak RSS went from 47 to 120 MB.
const (
	defaultCacheKiB = 2000
	bulkCacheKiB    = 32 << 10
)

// withBulkCache runs fn with the writer's page cache raised to bulkCacheKiB
// when the batch holds more than one observation. The cache goes back to the
// default afterwards and its memory is released, so a process that imported
// a backlog and then crawls does not keep it. Keeping it from one batch to
// the next saved nothing measurable.
func (s *Store) withBulkCache(ctx context.Context, n int, fn func() error) error {
	if n <= 1 {
		return fn()
	}
	if _, err := s.w.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, bulkCacheKiB)); err != nil {
		return fmt.Errorf("raise page cache: %w", err)
	}
	err := fn()
	// Restored even when ctx is done: the writer's one connection lives on.
	if _, rerr := s.w.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA cache_size = -%d; PRAGMA shrink_memory`, defaultCacheKiB)); rerr != nil && err == nil {
		err = fmt.Errorf("restore page cache: %w", rerr)
	}
	return err
}
