package store

import (
	"context"
	"testing"
)

// A batch raises the writer's page cache only while it runs: afterwards the
// writer is back at the default the crawl's one-bill applies run with.
func TestBatchRestoresPageCache(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, "bw.db")
	if _, err := s.ApplyObservations(ctx, history()[:4]); err != nil {
		t.Fatal(err)
	}
	var kib int
	if err := s.w.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&kib); err != nil || kib != -defaultCacheKiB {
		t.Fatalf("writer page cache after a batch: %d %v, want %d", kib, err, -defaultCacheKiB)
	}
}
