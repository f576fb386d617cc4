// Package schedule runs billwatch's periodic work in one process: crawls of
// each source (watched bills often, whole sessions daily), re-publishing, and
// the weekly digest. Jobs run one at a time — there is one database writer and
// every crawl shares the legislatures' politeness budget — in order of when
// they are due. A failing job is logged and retried at its next turn; it never
// stops the others.
package schedule

import (
	"context"
	"log/slog"
	"time"
)

// Job is one kind of periodic work.
type Job struct {
	Name  string
	Every time.Duration
	// Delay puts off the job's first run: a job whose work another job's
	// first run already covers (watched bills, within a full crawl) waits
	// its turn instead of doing it twice in a row.
	Delay time.Duration
	// Run does the work; its error is logged, never fatal.
	Run  func(ctx context.Context) error
	next time.Time
}

// Scheduler runs jobs until its context ends.
type Scheduler struct {
	Jobs []*Job
	Log  *slog.Logger
	// After is called after every job (e.g. to re-publish when it changed something).
	After func(ctx context.Context)
}

// Run starts every job once, in order (after its Delay, if any), then each
// whenever it is due. It returns nil when ctx is cancelled between jobs (a job in progress is
// cancelled through ctx).
func (s *Scheduler) Run(ctx context.Context) error {
	now := time.Now()
	for _, j := range s.Jobs {
		j.next = now.Add(j.Delay)
	}
	for {
		j := s.due()
		if j == nil {
			return nil
		}
		if wait := time.Until(j.next); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil
			case <-t.C:
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		start := time.Now()
		s.log().Info("job started", "job", j.Name)
		err := j.Run(ctx)
		if ctx.Err() != nil {
			s.log().Info("stopping", "job", j.Name)
			return nil
		}
		if err != nil {
			s.log().Error("job failed", "job", j.Name, "error", err, "took", time.Since(start).Round(time.Millisecond))
		} else {
			s.log().Info("job done", "job", j.Name, "took", time.Since(start).Round(time.Millisecond))
		}
		j.next = start.Add(j.Every)
		if now := time.Now(); !j.next.After(now) {
			j.next = now // overran its period: run again after the others due now
		}
		if s.After != nil {
			s.After(ctx)
		}
	}
}

// due returns the job with the earliest next time.
func (s *Scheduler) due() *Job {
	var best *Job
	for _, j := range s.Jobs {
		if best == nil || j.next.Before(best.next) {
			best = j
		}
	}
	return best
}

func (s *Scheduler) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}
