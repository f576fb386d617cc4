package crawltest

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// OpenStore opens a fresh database in t's temporary directory.
func OpenStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// NewRunner is the pipeline as the CLI builds it (built-in watchlists,
// redlines), pointed at local servers, with test-speed retries and no log.
func NewRunner(st *store.Store, rewrite map[string]string) *crawl.Runner {
	return &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.DiscardHandler), RequestsPerMinute: 0, Retries: 2, Backoff: 10 * time.Millisecond,
		Timeout: 2 * time.Second, Rewrite: rewrite}
}

// HistoryTables are the tables whose row counts prove a run wrote nothing.
var HistoryTables = []string{"bills", "bill_revisions", "actions", "versions", "version_texts", "matches", "changes", "http_cache", "search"}

// Counts returns the row count of every history table.
func Counts(t testing.TB, st *store.Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tbl := range HistoryTables {
		var n int
		if err := st.DB().QueryRow("SELECT count(*) FROM " + tbl).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tbl] = n
	}
	return out
}

// SameCounts reports whether two Counts are equal.
func SameCounts(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}

// ChangesSince returns the change-log rows after id mark, oldest first.
func ChangesSince(t testing.TB, st *store.Store, mark int64) []store.Change {
	t.Helper()
	chs, err := st.Changes(context.Background(), store.ChangeFilter{AfterID: mark})
	if err != nil {
		t.Fatal(err)
	}
	return chs
}

// LastChange is the newest change id, a mark for ChangesSince.
func LastChange(t testing.TB, st *store.Store) int64 {
	t.Helper()
	id, err := st.LastChangeID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return id
}
