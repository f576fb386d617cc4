package crawl

import (
	"context"
	"errors"
	"fmt"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

// finish decides the run's health and, only for a healthy complete run,
// records bills that vanished from the list.
func (st *state) finish(ctx context.Context, crawlErr error, complete bool) (store.Run, error) {
	stats := st.fetch.Stats()
	st.run.Requests, st.run.Bytes, st.run.NotModified = stats.Requests, stats.Bytes, stats.NotModified
	st.run.Status = store.RunOK
	switch {
	case ctx.Err() != nil:
		// Stopped (Ctrl-C, SIGTERM): not a site fault, so no source_failed
		// change; what was applied stays, the next run completes the rest.
		st.run.Status, st.run.Message = store.RunAborted, "stopped before the run finished"
	case crawlErr != nil:
		st.run.Status, st.run.Message = store.RunFailed, crawlErr.Error()
	case len(st.listedIDs) == 0:
		st.run.Status, st.run.Message = store.RunFailed, scraper.ErrNoBills.Error()
	case len(st.run.Errors) > 0 && st.run.BillsSeen == 0 && st.failedBills() >= st.wanted():
		st.run.Status, st.run.Message = store.RunFailed, fmt.Sprintf("every bill failed (%d errors)", len(st.run.Errors))
	case len(st.run.Errors) > 0:
		st.run.Status, st.run.Message = store.RunPartial, fmt.Sprintf("%d errors", len(st.run.Errors))
	}
	if (st.run.Status == store.RunOK || st.run.Status == store.RunPartial) && complete {
		// One read of the stored list serves both the size check and the removals.
		known, err := st.r.Store.SessionBills(ctx, st.info.ID, st.session)
		if msg := st.shrunk(known, err); msg != "" {
			st.run.Status, st.run.Message = store.RunFailed, msg
		}
		if st.run.Status == store.RunOK {
			if err := st.removeVanished(ctx, known); err != nil {
				st.run.Errors = append(st.run.Errors, err.Error())
			}
		}
	}
	// The run's own record must survive a cancelled context (Ctrl-C).
	fctx := context.WithoutCancel(ctx)
	if err := st.r.Store.FinishRun(fctx, st.run); err != nil {
		return st.run, errors.Join(crawlErr, err)
	}
	progress(st.r.Progress, "%s %s: %s — %d bills, %d changed, %d changes, %d requests (%d not modified), %d bytes\n",
		st.info.ID, st.session, st.run.Status, st.run.BillsSeen, st.run.BillsChanged, st.run.Changes,
		st.run.Requests, st.run.NotModified, st.run.Bytes)
	if st.run.Status == store.RunAborted {
		return st.run, ctx.Err()
	}
	if st.run.Status == store.RunFailed {
		if crawlErr != nil {
			return st.run, fmt.Errorf("%w: %s %s: %w", ErrRunFailed, st.info.ID, st.session, crawlErr)
		}
		return st.run, fmt.Errorf("%w: %s %s: %s", ErrRunFailed, st.info.ID, st.session, st.run.Message)
	}
	return st.run, nil
}

// shrunk explains a list far shorter than the bills stored for the
// session (still listed as of the last healthy run: known, or the error
// loading them), else "".
func (st *state) shrunk(known map[string]bool, err error) string {
	ratio := st.r.MinListRatio
	if ratio == 0 {
		ratio = 0.5
	}
	if err != nil { // fail safe: without the comparison, nothing may be marked removed
		return "could not compare the bill list with the stored bills: " + err.Error()
	}
	if float64(len(st.listedIDs)) < ratio*float64(len(known)) {
		return fmt.Sprintf("the bill list has %d bills, far fewer than the %d stored: treated as a site fault, nothing marked removed",
			len(st.listedIDs), len(known))
	}
	return ""
}

// removeVanished records the known bills that the list no longer has.
func (st *state) removeVanished(ctx context.Context, known map[string]bool) error {
	listed := make(map[string]bool, len(st.listedIDs))
	for _, ident := range st.listedIDs {
		listed[bill.MakeID(st.info.ID, st.session, ident)] = true
	}
	var gone []string
	for id := range known {
		if !listed[id] {
			gone = append(gone, id)
		}
	}
	n, err := st.r.Store.MarkRemoved(ctx, st.run.ID, gone)
	st.run.Changes += n
	return err
}

// failedBills counts distinct bills with an error.
func (st *state) failedBills() int { return len(st.failed) }

// wanted is how many listed bills this run was to look at.
func (st *state) wanted() int {
	if len(st.only) > 0 {
		return len(st.only)
	}
	return len(st.listedIDs)
}
