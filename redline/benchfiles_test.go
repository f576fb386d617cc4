//go:build redlinebench

package redline

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteBenchFiles writes the benchmark pairs as text files into
// $REDLINE_BENCH_DIR (testdata/bench.sh sets it), so the whole-process
// `billwatch diff` can be timed against git on exactly the same inputs.
func TestWriteBenchFiles(t *testing.T) {
	dir := os.Getenv("REDLINE_BENCH_DIR")
	if dir == "" {
		t.Skip("REDLINE_BENCH_DIR not set")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range loadBenchCases(t) {
		for suffix, text := range map[string]string{"old": c.old, "new": c.new} {
			path := filepath.Join(dir, c.name+"."+suffix+".txt")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
