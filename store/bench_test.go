package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/internal/synth"
)

// BenchmarkApply ingests 1,000 synthetic national bills (10 actions and a
// ~2 KB text each) into a new store per iteration, one transaction per bill
// and in batches. The full-size comparison with sqlite3's CSV import is
// internal/bench/cmd/ingestbench (docs/benchmarks.md).
func BenchmarkApply(b *testing.B) {
	const bills = 1000
	seen := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	obs := make([]Observation, bills)
	for i := range obs {
		bl, text := synth.NationalBill(i)
		obs[i] = Observation{Bill: bl, SeenAt: seen, Texts: map[string]Text{bl.Versions[0].URL: {SHA256: fmt.Sprint(i), Text: text, FetchedAt: seen}}}
	}
	for _, batch := range []int{1, 500} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := Open(ctx, filepath.Join(b.TempDir(), fmt.Sprint(i, ".db")))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for j := 0; j < bills; j += batch {
					if _, err := s.ApplyObservations(ctx, obs[j:min(j+batch, bills)]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*bills*(synth.ActionsPerBill+2))/b.Elapsed().Seconds(), "input-rows/s")
		})
	}
}

// BenchmarkRecheck is the store's share of re-checking one stored bill of
// 1,000 (10 actions, one version with text): StoredVersions is all an
// unchanged bill costs; Current is read only when a document changed.
func BenchmarkRecheck(b *testing.B) {
	const bills = 1000
	ctx := context.Background()
	seen := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	s, err := Open(ctx, filepath.Join(b.TempDir(), "recheck.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	obs := make([]Observation, bills)
	ids := make([]string, bills)
	for i := range obs {
		bl, text := synth.NationalBill(i)
		obs[i] = Observation{Bill: bl, SeenAt: seen, Texts: map[string]Text{bl.Versions[0].URL: {SHA256: fmt.Sprint(i), Text: text, FetchedAt: seen}}}
		ids[i] = bl.ID()
	}
	if _, err := s.ApplyObservations(ctx, obs); err != nil {
		b.Fatal(err)
	}
	b.Run("unchanged", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			vs, err := s.StoredVersions(ctx, ids[i%bills])
			if err != nil || len(vs) != 1 || !vs[0].HasText {
				b.Fatal(vs, err)
			}
		}
	})
	b.Run("current", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Current(ctx, ids[i%bills]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
