// Package ingest measures how fast the store takes in a national year of
// bills (synth.NationalBill) against the raw rate of SQLite's own CSV import
// of the same rows, and how fast full-text queries answer on the result.
package ingest

import (
	"context"
	"fmt"
	"syscall"
	"time"

	"github.com/billwatch/billwatch/internal/synth"
	"github.com/billwatch/billwatch/store"
)

// Rows is how many input rows n bills are: the bill, its actions and its one
// version with its text. Both sides of the comparison are counted the same way.
func Rows(n int) int { return n * (1 + synth.ActionsPerBill + 1) }

// Observation is national bill i as the pipeline would hand it to the store.
func Observation(i int, seen time.Time) store.Observation {
	b, text := synth.NationalBill(i)
	v := b.Versions[0]
	return store.Observation{Bill: b, SeenAt: seen, Texts: map[string]store.Text{
		v.URL: {SHA256: fmt.Sprintf("%064x", i), Text: text, FetchedAt: seen}}}
}

// StoreResult is the timing of one store ingest.
type StoreResult struct {
	Bills   int
	Apply   time.Duration // wall time inside ApplyObservation(s) and the final Close (WAL checkpoint)
	CPU     time.Duration // user+system CPU of this process in the same spans
	Total   time.Duration // including generating the bills
	Changes int
	Written int // rows the store wrote (ApplyResult.Rows)
}

// Store opens a new store at path and applies n bills to it, batch at a
// time (batch <= 1: one ApplyObservation per bill, as the crawl pipeline
// does), then closes it. Apply counts the applies and the close, whose WAL
// checkpoint finishes writing the database; generating the bills is excluded.
func Store(ctx context.Context, path string, n, batch int) (StoreResult, error) {
	res := StoreResult{Bills: n}
	start := time.Now()
	t, c := time.Now(), cpuTime()
	st, err := store.Open(ctx, path)
	if err != nil {
		return res, err
	}
	res.Apply += time.Since(t)
	res.CPU += cpuTime() - c
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	seen := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	var buf []store.Observation
	for i := 0; i < n; i++ {
		buf = append(buf, Observation(i, seen))
		if len(buf) < max(batch, 1) && i < n-1 {
			continue
		}
		t, c := time.Now(), cpuTime()
		rs, err := st.ApplyObservations(ctx, buf)
		res.Apply += time.Since(t)
		res.CPU += cpuTime() - c
		if err != nil {
			return res, err
		}
		for _, r := range rs {
			res.Changes += len(r.Changes)
			res.Written += r.Rows
		}
		buf = buf[:0]
	}
	t, c = time.Now(), cpuTime()
	err = st.Close()
	st = nil
	res.Apply += time.Since(t)
	res.CPU += cpuTime() - c
	res.Total = time.Since(start)
	return res, err
}

// cpuTime is the user+system CPU this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
