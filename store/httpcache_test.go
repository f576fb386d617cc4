package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

// Validators stored with an observation take its time when they carry none;
// a refresh moves validators only while the stored fingerprint matches.
func TestCacheEntriesAndRefresh(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	seen := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return seen.Add(time.Hour) })
	b := sampleBill()
	const page = "https://legislature.vermont.gov/bill/status/2020/S.124"
	if _, err := s.ApplyObservation(ctx, Observation{Bill: b, SeenAt: seen, Cache: []CacheEntry{{URL: page, SHA256: "aa"}}}); err != nil {
		t.Fatal(err)
	}
	c, err := s.CacheEntry(ctx, page)
	if err != nil || !c.FetchedAt.Equal(seen) || c.ETag != "" {
		t.Fatalf("stored entry %+v %v, want fetched at the observation's %s", c, err, seen)
	}
	mark, _ := s.LastChangeID(ctx)

	n, err := s.RefreshValidators(ctx, []CacheEntry{
		{URL: page, ETag: `"v2"`, LastModified: "Mon, 02 Mar 2026 10:00:00 GMT", SHA256: "aa"}, // same bytes, new validators
		{URL: page, ETag: `"v3"`, SHA256: "bb"},                                                // other bytes: refused
		{URL: "https://example.test/never-stored", ETag: `"x"`, SHA256: "aa"},                  // unknown: not created
	})
	if err != nil || n != 1 {
		t.Fatalf("refresh: %d rows, %v", n, err)
	}
	c, _ = s.CacheEntry(ctx, page)
	if c.ETag != `"v2"` || c.LastModified != "Mon, 02 Mar 2026 10:00:00 GMT" || c.SHA256 != "aa" || !c.FetchedAt.Equal(seen.Add(time.Hour)) {
		t.Fatalf("refreshed entry %+v", c)
	}
	if _, err := s.CacheEntry(ctx, "https://example.test/never-stored"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a refresh created an entry: %v", err)
	}
	if last, _ := s.LastChangeID(ctx); last != mark {
		t.Fatalf("a refresh wrote changes (%d → %d)", mark, last)
	}
}
