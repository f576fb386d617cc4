package ingest

import (
	"context"
	"slices"
	"time"

	"github.com/billwatch/billwatch/store"
)

// Queries are searches an advocate would type: phrases, AND, OR and prefixes.
var Queries = []string{
	`"driver privilege card"`,
	`"facial recognition"`,
	`immigration AND "motor vehicle records"`,
	`privileg*`,
	`"license photographs" OR "nondriver identification card"`,
	`eviction AND tenant*`,
	`"motor vehicle"`,
}

// Latency is one query's timing over repeated runs.
type Latency struct {
	Query    string
	Hits     int
	P50, Max time.Duration
	Runs     []time.Duration // every run, sorted
}

// QueryLatency runs each query reps times through store.Search (limit 20,
// the CLI's default) and reports the median and the slowest run.
func QueryLatency(ctx context.Context, st *store.Store, reps int) ([]Latency, error) {
	var out []Latency
	for _, q := range Queries {
		var ds []time.Duration
		var hits int
		for range reps {
			t := time.Now()
			hs, err := st.Search(ctx, q, 20)
			ds = append(ds, time.Since(t))
			if err != nil {
				return nil, err
			}
			hits = len(hs)
		}
		slices.Sort(ds)
		out = append(out, Latency{Query: q, Hits: hits, P50: ds[len(ds)/2], Max: ds[len(ds)-1], Runs: ds})
	}
	return out, nil
}
