package digest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// SourceReport is the digest's honest line about the scrapers: silence in
// the other sections must never hide a broken one.
type SourceReport struct {
	StaleAfter time.Duration
	Checked    []string        // sources whose health was looked at
	Failures   []SourceFailure // sources with failed runs in the window
	Stale      []StaleSource   // sources without a recent successful run (and no failure above)
}

// SourceFailure collapses a source's failed runs in the window into one line.
type SourceFailure struct {
	Source    string
	Session   string // of the last failure
	Count     int
	First     time.Time
	Last      time.Time
	Message   string    // of the last failure
	Recovered time.Time // start of a successful run after the last failure (zero: not yet)
	LastOK    time.Time // end of the newest successful run (zero: never)
}

// StaleSource is a source whose newest successful run is older than StaleAfter.
type StaleSource struct {
	Source     string
	LastOK     time.Time // zero: never succeeded
	LastStatus string    // status of its newest run of any kind
}

// Problems counts sources that are failing or stale now.
func (r SourceReport) Problems() int {
	n := len(r.Stale)
	for _, f := range r.Failures {
		if f.Recovered.IsZero() {
			n++
		}
	}
	return n
}

// AllOK reports whether every checked source ran successfully recently and
// none failed in the window.
func (r SourceReport) AllOK() bool {
	return len(r.Failures) == 0 && len(r.Stale) == 0 && len(r.Checked) > 0
}

func sourceReport(ctx context.Context, st *store.Store, w *watchlist.Watchlist, failures []store.Change, upper int64, opt Options) (SourceReport, error) {
	rep := SourceReport{StaleAfter: opt.StaleAfter}
	sources := opt.Sources
	if sources == nil {
		var err error
		if sources, err = st.RunSources(ctx); err != nil {
			return rep, err
		}
	}
	byName := map[string]int{}
	for _, c := range failures {
		if c.ID > upper || !w.Watches(c.Jurisdiction) {
			continue
		}
		var det struct{ Session, Message string }
		_ = json.Unmarshal(c.Details, &det) // older rows may lack details: the summary still says it
		if det.Message == "" {
			det.Message = c.Summary
		}
		i, ok := byName[c.Jurisdiction]
		if !ok {
			i = len(rep.Failures)
			byName[c.Jurisdiction] = i
			rep.Failures = append(rep.Failures, SourceFailure{Source: c.Jurisdiction, First: c.SeenAt})
		}
		f := &rep.Failures[i]
		f.Count++
		f.Last, f.Message, f.Session = c.SeenAt, det.Message, det.Session
	}
	for i := range rep.Failures {
		f := &rep.Failures[i]
		ok, found, err := lastOK(ctx, st, f.Source)
		if err != nil {
			return rep, err
		}
		if found {
			f.LastOK = finished(ok)
			if ok.StartedAt.After(f.Last) {
				f.Recovered = ok.StartedAt
			}
		}
	}
	for _, src := range sources {
		if !w.Watches(src) {
			continue
		}
		rep.Checked = append(rep.Checked, src)
		if _, failing := byName[src]; failing {
			continue
		}
		ok, found, err := lastOK(ctx, st, src)
		if err != nil {
			return rep, err
		}
		if found && !finished(ok).Before(opt.Now.Add(-opt.StaleAfter)) {
			continue
		}
		s := StaleSource{Source: src}
		if found {
			s.LastOK = finished(ok)
		}
		if last, err := st.LastRun(ctx, src, ""); err == nil {
			if !found || last.ID != ok.ID { // only worth saying when it is not the successful run itself
				s.LastStatus = last.Status
			}
		} else if !errors.Is(err, store.ErrNotFound) {
			return rep, fmt.Errorf("source %s: %w", src, err)
		}
		rep.Stale = append(rep.Stale, s)
	}
	return rep, nil
}

// lastOK is the newest run of src that finished well (ok or partial);
// found is false when there is none.
func lastOK(ctx context.Context, st *store.Store, src string) (r store.Run, found bool, err error) {
	r, err = st.LastRun(ctx, src, "", store.RunOK, store.RunPartial)
	if errors.Is(err, store.ErrNotFound) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("source %s: %w", src, err)
	}
	return r, true, nil
}

func finished(r store.Run) time.Time {
	if r.FinishedAt != nil {
		return *r.FinishedAt
	}
	return r.StartedAt
}
