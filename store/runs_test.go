package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// The newest run of every session is found however many runs came after it.
func TestLatestRunsPerSession(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := func(source, session string) int64 {
		id, err := s.StartRun(ctx, source, session)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	old := start("vt", "2020")
	var last int64
	for range 250 {
		last = start("vt", "2026")
	}
	other := start("us", "116")
	got, err := s.LatestRuns(ctx, "vt")
	if err != nil || len(got) != 2 || got[0].ID != old || got[1].ID != last {
		t.Fatalf("LatestRuns(vt) = %+v, %v; want runs %d (2020) and %d (2026)", got, err, old, last)
	}
	if all, err := s.LatestRuns(ctx, ""); err != nil || len(all) != 3 || all[0].ID != other {
		t.Fatalf("LatestRuns(\"\") = %+v, %v", all, err)
	}
}

// A jurisdiction is listed from its first run, before it has a bill.
func TestJurisdictionsIncludeCrawledSources(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, src := range []string{"wa", "NY", "wa"} {
		if _, err := s.StartRun(ctx, src, "2026"); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := s.Jurisdictions(ctx); err != nil || strings.Join(got, ",") != "ny,wa" {
		t.Fatalf("Jurisdictions = %v, %v; want ny,wa", got, err)
	}
}
