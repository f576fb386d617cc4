// Package feedtest builds a small billwatch database for the tests of the
// feeds and web packages: three Vermont bills seen on two days (new bills,
// watchlist matches, actions with milestones, a new version with its
// redline), a failed source run, and optionally a bill whose every field is
// hostile (markup, "]]>", control characters, invalid UTF-8, a javascript:
// link). Dates come from a fixed clock, so rendered output is reproducible.
package feedtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/store"
)

// The two crawl days.
var (
	Day1 = time.Date(2026, 1, 12, 14, 0, 0, 0, time.UTC)
	Day2 = time.Date(2026, 1, 19, 14, 0, 0, 0, time.UTC)
)

// HostileTitle is the title of the hostile bill.
const HostileTitle = "An act <script>alert('x')</script> & ]]> about \x01\x0bcontrol\x7f chars and \xff\xfe bad UTF-8 \u0085"

// Options choose the optional parts of the fixture.
type Options struct {
	Hostile bool // add zz/2026/H.666 with hostile text everywhere
	Day2    bool // apply day 2 (else only day 1)
}

// Populate writes the fixture into st (which should be empty).
func Populate(ctx context.Context, st *store.Store, opt Options) error {
	clock := Day1
	st.SetClock(func() time.Time { return clock })
	if err := apply(ctx, st, Day1, day1(opt)); err != nil {
		return err
	}
	if err := failedRun(ctx, st, "wa", "2025-26", "bill list: HTTP 503 from the legislature's site"); err != nil {
		return err
	}
	if !opt.Day2 {
		return nil
	}
	clock = Day2
	obs := Day2Observations(opt)
	if err := linkDiffs(ctx, st, obs); err != nil {
		return err
	}
	return apply(ctx, st, Day2, obs)
}

// linkDiffs fills in the id of the version each diff starts from, as the
// crawl pipeline does.
func linkDiffs(ctx context.Context, st *store.Store, obs []store.Observation) error {
	for _, o := range obs {
		vs, err := st.Versions(ctx, o.Bill.ID())
		if err != nil {
			return err
		}
		for _, t := range o.Texts {
			for _, v := range vs {
				if t.Diff != nil && v.Name == t.Diff.From {
					t.Diff.FromVersionID = v.ID
				}
			}
		}
	}
	return nil
}

// Recrawl applies day 2 again: nothing changed, so nothing may be written.
func Recrawl(ctx context.Context, st *store.Store, opt Options) (int, error) {
	n := 0
	obs := Day2Observations(opt)
	if err := linkDiffs(ctx, st, obs); err != nil {
		return 0, err
	}
	for _, o := range obs {
		o.SeenAt = Day2.Add(24 * time.Hour)
		res, err := st.ApplyObservation(ctx, o)
		if err != nil {
			return n, err
		}
		n += len(res.Changes)
	}
	return n, nil
}

func apply(ctx context.Context, st *store.Store, at time.Time, obs []store.Observation) error {
	for _, o := range obs {
		o.SeenAt = at
		if _, err := st.ApplyObservation(ctx, o); err != nil {
			return fmt.Errorf("fixture: %w", err)
		}
	}
	return nil
}

func failedRun(ctx context.Context, st *store.Store, source, session, msg string) error {
	id, err := st.StartRun(ctx, source, session)
	if err != nil {
		return err
	}
	return st.FinishRun(ctx, store.Run{ID: id, Source: source, Session: session, Status: store.RunFailed, Message: msg,
		Errors: []string{msg, "retry 3/3 failed"}})
}

func text(s string, at time.Time) store.Text {
	sum := sha256.Sum256([]byte(s))
	return store.Text{SHA256: hex.EncodeToString(sum[:]), Text: s, FetchedAt: at}
}

func withDiff(t store.Text, fromName, from string) store.Text {
	t.Diff = crawl.RedlineDiffer()(fromName, from, t.Text)
	return t
}

func match(reason string, hits ...store.MatchHit) []store.Match {
	return []store.Match{{Watchlist: "dmv-data", Matched: true, Reason: reason, Hits: hits}}
}
