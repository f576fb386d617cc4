package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestDigestSendsAndCursor(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.DigestCursor(ctx, "dmv-data", "ana@example.org"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no sends yet: %v", err)
	}
	at := time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	for _, d := range []DigestSend{
		{Watchlist: "dmv-data", Recipient: "Ana@Example.org", FromChangeID: 0, ToChangeID: 10, SentAt: at, MessageID: "a@x", Advances: true},
		{Watchlist: "dmv-data", Recipient: "ana@example.org", FromChangeID: 0, ToChangeID: 25, SentAt: at.Add(time.Hour), MessageID: "once@x"}, // one-off
		{Watchlist: "dmv-data", Recipient: "bo@example.org", FromChangeID: 10, ToChangeID: 20, SentAt: at, MessageID: "b@x", Advances: true},
		{Watchlist: "face", Recipient: "ana@example.org", FromChangeID: 0, ToChangeID: 30, SentAt: at, MessageID: "c@x", Advances: true},
	} {
		if _, err := s.RecordDigestSend(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	c, err := s.DigestCursor(ctx, "dmv-data", "ANA@example.org")
	if err != nil || c.ToChangeID != 10 || c.MessageID != "a@x" || !c.SentAt.Equal(at) || c.Recipient != "ana@example.org" {
		t.Errorf("cursor = %+v, %v (the one-off must not move it)", c, err)
	}
	all, err := s.DigestSends(ctx, "dmv-data", 0)
	if err != nil || len(all) != 3 || all[0].MessageID != "b@x" {
		t.Errorf("sends = %+v, %v", all, err)
	}
	if _, err := s.RecordDigestSend(ctx, DigestSend{Watchlist: "w", Recipient: "r", FromChangeID: 5, ToChangeID: 4}); err == nil {
		t.Error("a reversed range must be refused")
	}
}

func TestChangeIDBeforeAndRunSources(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	b := sampleBill()
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	if _, err := s.ApplyObservation(ctx, Observation{Bill: b, SeenAt: t0}); err != nil {
		t.Fatal(err)
	}
	b.Title += " (amended)"
	if _, err := s.ApplyObservation(ctx, Observation{Bill: b, SeenAt: t0.Add(48 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		at   time.Time
		want int64
	}{{t0, 0}, {t0.Add(time.Second), 1}, {t0.Add(72 * time.Hour), 2}} {
		if got, err := s.ChangeIDBefore(ctx, c.at); err != nil || got != c.want {
			t.Errorf("ChangeIDBefore(%s) = %d, %v; want %d", c.at, got, err, c.want)
		}
	}
	for _, src := range []string{"wa", "vt", "wa"} {
		if _, err := s.StartRun(ctx, src, "2026"); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := s.RunSources(ctx); err != nil || len(got) != 2 || got[0] != "vt" || got[1] != "wa" {
		t.Errorf("RunSources = %v, %v", got, err)
	}
}

// The store keys cursors itself: any spelling of one address finds the same one.
func TestDigestRecipientKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ana@example.org", "ana@example.org"},
		{"Ana <Ana@Example.org>", "ana@example.org"},
		{`"Ana, DMV desk" <ANA@example.org>`, "ana@example.org"},
		{"  Ana@Example.org ", "ana@example.org"},
		{"not an address", "not an address"}, // kept, lower-cased
	} {
		if got := digestRecipient(c.in); got != c.want {
			t.Errorf("digestRecipient(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.RecordDigestSend(ctx, DigestSend{Watchlist: "w", Recipient: "Ana <Ana@Example.org>", ToChangeID: 7, MessageID: "m@x", Advances: true}); err != nil {
		t.Fatal(err)
	}
	c, err := s.DigestCursor(ctx, "w", "ana@example.org")
	if err != nil || c.ToChangeID != 7 || c.Recipient != "ana@example.org" {
		t.Fatalf("cursor of a named address: %+v %v", c, err)
	}
	if c, err := s.DigestCursor(ctx, "w", "ANA <ana@EXAMPLE.org>"); err != nil || c.ToChangeID != 7 {
		t.Fatalf("cursor asked with a display name: %+v %v", c, err)
	}
}
