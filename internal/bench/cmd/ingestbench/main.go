// Command ingestbench measures the store's ingest rate on a synthetic
// national year against the sqlite3 shell's CSV import of the same rows, and
// full-text query latency on the resulting database (docs/benchmarks.md).
//
//	go run -tags sqlite_fts5 ./internal/bench/cmd/ingestbench -bills 150000 -batch 2000
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"time"

	"github.com/billwatch/billwatch/internal/bench/ingest"
	"github.com/billwatch/billwatch/store"
)

func main() {
	bills := flag.Int("bills", 150000, "bills to ingest (each has 10 actions and one ~2 KB version text)")
	batch := flag.Int("batch", 2000, "observations per ApplyObservations call (1 = one ApplyObservation per bill)")
	dir := flag.String("dir", "", "work directory (default: a new temporary one, removed afterwards)")
	sqlite3 := flag.String("sqlite3", "sqlite3", "the sqlite3 shell for the raw baseline (\"\" skips it)")
	reps := flag.Int("reps", 21, "runs of each full-text query")
	queryOnly := flag.String("query-only", "", "only run the queries on this existing store database")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run (cgo time is charged to the Go caller) to this file")
	flag.Parse()
	if *cpuProfile != "" {
		stop, err := profile(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ingestbench:", err)
			os.Exit(1)
		}
		defer stop()
	}
	var err error
	if *queryOnly != "" {
		err = queries(context.Background(), *queryOnly, *reps)
	} else {
		err = run(context.Background(), *bills, *batch, *dir, *sqlite3, *reps)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ingestbench:", err)
		os.Exit(1) // skips the deferred stop: a profile of a failed run is not kept
	}
}

// profile starts a CPU profile; the returned func stops it and closes the file.
func profile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start CPU profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func run(ctx context.Context, bills, batch int, dir, sqlite3 string, reps int) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "ingestbench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	rows := ingest.Rows(bills)
	fmt.Printf("input: %d bills, %d actions, %d versions with text = %d rows\n", bills, bills*10, bills, rows)

	var raw, rawCPU time.Duration
	if sqlite3 != "" {
		t := time.Now()
		if err := ingest.WriteCSV(dir, bills); err != nil {
			return err
		}
		fmt.Printf("csv: written in %s (%s)\n", time.Since(t).Round(time.Millisecond), sizes(dir, "bills.csv", "actions.csv", "versions.csv"))
		rawDB := filepath.Join(dir, "raw.db")
		if err := os.Remove(rawDB); err != nil && !os.IsNotExist(err) {
			return err
		}
		var err error
		if raw, rawCPU, err = ingest.ImportCSV(ctx, sqlite3, dir, rawDB); err != nil {
			return err
		}
		fmt.Printf("raw: sqlite3 .import wall %s → %.0f rows/s; cpu %s → %.0f rows/cpu-s (%s)\n", raw.Round(time.Millisecond),
			float64(rows)/raw.Seconds(), rawCPU.Round(time.Millisecond), float64(rows)/rawCPU.Seconds(), sizes(dir, "raw.db"))
	}

	db := filepath.Join(dir, "store.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db + suffix); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	res, err := ingest.Store(ctx, db, bills, batch)
	if err != nil {
		return err
	}
	rate := float64(rows) / res.Apply.Seconds()
	cpuRate := float64(rows) / res.CPU.Seconds()
	fmt.Printf("store: batch %d: apply wall %s → %.0f rows/s; cpu %s → %.0f rows/cpu-s (with generation %s); wrote %d rows, %d changes (%s)\n", batch,
		res.Apply.Round(time.Millisecond), rate, res.CPU.Round(time.Millisecond), cpuRate, res.Total.Round(time.Millisecond),
		res.Written, res.Changes, sizes(dir, "store.db", "store.db-wal"))
	if raw > 0 {
		fmt.Printf("ratio: store/raw = %.2f× by wall time, %.2f× by CPU time (target ≥ 0.5×)\n",
			rate/(float64(rows)/raw.Seconds()), cpuRate/(float64(rows)/rawCPU.Seconds()))
	}

	return queries(ctx, db, reps)
}

func queries(ctx context.Context, db string, reps int) error {
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	return report(ctx, st, reps)
}

func report(ctx context.Context, st *store.Store, reps int) error {
	lat, err := ingest.QueryLatency(ctx, st, reps)
	if err != nil {
		return err
	}
	var all []time.Duration
	worst := time.Duration(0)
	for _, l := range lat {
		fmt.Printf("query %-58s %2d hits  p50 %8s  max %8s\n", l.Query, l.Hits, l.P50.Round(10*time.Microsecond), l.Max.Round(10*time.Microsecond))
		all = append(all, l.Runs...)
		worst = max(worst, l.P50)
	}
	slices.Sort(all)
	fmt.Printf("queries: p50 of all %d runs %s, p90 %s; worst per-query p50 %s (target p50 ≤ 10ms)\n", len(all),
		all[len(all)/2].Round(10*time.Microsecond), all[len(all)*9/10].Round(10*time.Microsecond), worst.Round(10*time.Microsecond))
	return nil
}

func sizes(dir string, names ...string) string {
	var out string
	for _, n := range names {
		fi, err := os.Stat(filepath.Join(dir, n))
		if err != nil {
			continue
		}
		if out != "" {
			out += ", "
		}
		out += fmt.Sprintf("%s %.1f MB", n, float64(fi.Size())/1e6)
	}
	return out
}
