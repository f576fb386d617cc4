package ingest

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/billwatch/billwatch/store"
)

// The harness runs end to end on a few bills: both imports hold the same
// input rows, and every query answers.
func TestHarness(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const bills = 30
	res, err := Store(ctx, filepath.Join(dir, "store.db"), bills, 7)
	if err != nil {
		t.Fatal(err)
	}
	if res.Changes != bills || res.Written < Rows(bills) {
		t.Fatalf("store ingest: %+v", res)
	}
	st, err := store.Open(ctx, filepath.Join(dir, "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	lat, err := QueryLatency(ctx, st, 1)
	st.Close()
	if err != nil || len(lat) != len(Queries) {
		t.Fatalf("queries: %v %v", lat, err)
	}
	sqlite3, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("no sqlite3 shell")
	}
	if err := WriteCSV(dir, bills); err != nil {
		t.Fatal(err)
	}
	raw := filepath.Join(dir, "raw.db")
	if _, _, err := ImportCSV(ctx, sqlite3, dir, raw); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(sqlite3, raw, `SELECT (SELECT count(*) FROM bills) + (SELECT count(*) FROM actions) + (SELECT count(*) FROM versions)`).Output()
	if err != nil || string(out) != fmt.Sprintln(Rows(bills)) {
		t.Fatalf("raw rows: %q %v, want %d", out, err, Rows(bills))
	}
}
