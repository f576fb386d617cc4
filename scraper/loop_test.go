package scraper

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// loopRecord is what a BillLoop told its Env.
type loopRecord struct {
	listed          []string
	fetched, failed []string
	emitted         []string
}

func (r *loopRecord) env(only ...string) *Env {
	e := &Env{Listed: func(ids []string) { r.listed = ids },
		Fail: func(id string, _ error) { r.failed = append(r.failed, id) },
		Emit: func(_ context.Context, o Observed) error {
			r.emitted = append(r.emitted, o.Bill.Identifier)
			return nil
		}}
	if len(only) > 0 {
		e.Only = map[string]bool{}
		for _, id := range only {
			e.Only[id] = true
		}
	}
	return e
}

var errKey = errors.New("key rejected")

// fetch answers each bill with the error named in its identifier, if any.
func (r *loopRecord) fetch(_ context.Context, id string) (Observed, error) {
	r.fetched = append(r.fetched, id)
	switch {
	case strings.HasPrefix(id, "BROKEN"):
		return Observed{}, fmt.Errorf("%w: bad page", ErrBadContent)
	case strings.HasPrefix(id, "WAIT"):
		return Observed{}, fmt.Errorf("GET x: %w", ErrRateLimited)
	case strings.HasPrefix(id, "KEY"):
		return Observed{}, errKey
	}
	o := Observed{}
	o.Bill.Identifier = id
	return o, nil
}

func TestBillLoop(t *testing.T) {
	ids := func(ids ...string) []string { return ids }
	tests := []struct {
		name                   string
		items, only            []string
		wantErr                error
		fetched, failed, emits []string
	}{
		{"empty list", nil, nil, ErrNoBills, nil, nil, nil},
		{"a bill fails, the rest go on", ids("H1", "BROKEN2", "H3"), nil, nil, ids("H1", "BROKEN2", "H3"), ids("BROKEN2"), ids("H1", "H3")},
		{"rate limited: the crawl stops", ids("H1", "WAIT2", "H3"), nil, ErrRateLimited, ids("H1", "WAIT2"), nil, ids("H1")},
		{"fatal: the crawl stops", ids("H1", "KEY2", "H3"), nil, errKey, ids("H1", "KEY2"), nil, ids("H1")},
		{"skipped and out of scope", ids("SKIP1", "H2", "H3"), ids("SKIP1", "H3"), nil, ids("H3"), nil, ids("H3")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r loopRecord
			loop := BillLoop[string]{Label: "test session", ID: func(id string) string { return id },
				Skip:  func(_ context.Context, id string) bool { return strings.HasPrefix(id, "SKIP") },
				Fetch: r.fetch, Fatal: func(err error) bool { return errors.Is(err, errKey) }}
			err := loop.Run(context.Background(), r.env(tt.only...), tt.items)
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(r.fetched, tt.fetched) || !reflect.DeepEqual(r.failed, tt.failed) ||
				!reflect.DeepEqual(r.emitted, tt.emits) || len(r.listed) != len(tt.items) {
				t.Fatalf("listed %v, fetched %v, failed %v, emitted %v", r.listed, r.fetched, r.failed, r.emitted)
			}
		})
	}
	var r loopRecord
	ready := errors.New("updates unavailable")
	loop := BillLoop[string]{Label: "test session", ID: func(id string) string { return id },
		Ready: func(context.Context) error { return ready }, Fetch: r.fetch}
	if err := loop.Run(context.Background(), r.env(), []string{"H1"}); !errors.Is(err, ready) || len(r.fetched) != 0 || len(r.listed) != 1 {
		t.Fatalf("Ready's error: %v; fetched %v", err, r.fetched)
	}
}
