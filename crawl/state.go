package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

// state is one run in progress.
type state struct {
	r         *Runner
	src       scraper.Source
	info      scraper.Info
	session   string
	log       *slog.Logger
	fetch     *scraper.Fetcher
	run       store.Run
	listedIDs []string
	failed    map[string]bool // bills with an error this run
	only      map[string]bool
}

func (st *state) listed(ids []string) {
	st.listedIDs = ids
	progress(st.r.Progress, "%s %s: %d bills listed\n", st.info.ID, st.session, len(ids))
}

func (st *state) fail(ident string, err error) {
	if st.failed == nil {
		st.failed = map[string]bool{}
	}
	st.failed[ident] = true
	msg := fmt.Sprintf("%s: %v", ident, err)
	st.log.Warn("bill failed", "bill", ident, "error", err)
	st.run.Errors = append(st.run.Errors, msg)
}

// emit completes one observed bill (version texts, watchlists) and applies it.
func (st *state) emit(ctx context.Context, o scraper.Observed) error {
	st.run.BillsSeen++
	if st.run.BillsSeen%25 == 0 || st.run.BillsSeen == len(st.listedIDs) {
		progress(st.r.Progress, "%s %s: %d/%d bills (%d requests, %d not modified)\n", st.info.ID, st.session,
			st.run.BillsSeen, len(st.listedIDs), st.fetch.Stats().Requests, st.fetch.Stats().NotModified)
	}
	id := o.Bill.ID()
	if o.Unchanged {
		cur, err := st.r.Store.Current(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			// validators without data (should not happen: they are committed
			// together); fetch the bill afresh next time.
			st.fail(o.Bill.Identifier, fmt.Errorf("pages unchanged but bill not stored; will refetch"))
			return nil
		}
		if err != nil {
			return err
		}
		o.Bill = cur
	}
	obs := store.Observation{Bill: o.Bill, RunID: st.run.ID, SeenAt: time.Now().UTC(), Texts: map[string]store.Text{}}
	for _, p := range o.Pages {
		if !p.NotModified {
			obs.Cache = append(obs.Cache, cacheEntry(p.Validator))
		}
	}
	newText, textFailed := false, false
	for _, v := range append(append([]bill.Version{}, o.Bill.Versions...), o.Bill.Documents...) {
		t, vr, ok := st.version(ctx, id, v)
		if !ok {
			continue
		}
		obs.Texts[v.URL] = t
		if t.Err == "" {
			obs.Cache = append(obs.Cache, cacheEntry(vr))
			newText = true
		} else {
			textFailed = true
		}
	}
	if textFailed {
		// Keep the pages' old validators: the next run must see this bill
		// as changed and retry the versions that failed.
		obs.Cache = slices.DeleteFunc(obs.Cache, func(c store.CacheEntry) bool { return isPage(o.Pages, c.URL) })
	}
	if o.Unchanged && !newText {
		return nil // nothing moved: no writes at all
	}
	texts, err := st.texts(ctx, id, o.Bill, obs.Texts)
	if err != nil {
		return err
	}
	if st.r.Evaluate != nil {
		obs.Matches = st.r.Evaluate(&obs.Bill, texts)
	}
	res, err := st.r.Store.ApplyObservation(ctx, obs)
	if err != nil {
		return err
	}
	st.run.RowsWritten += res.Rows
	if len(res.Changes) > 0 {
		st.run.BillsChanged++
		st.run.Changes += len(res.Changes)
	}
	return nil
}

func isPage(pages []*scraper.Response, url string) bool {
	for _, p := range pages {
		if p.URL == url {
			return true
		}
	}
	return false
}

// version fetches a version's document when it is new or may have changed,
// and extracts its text. ok is false when there is nothing new to record.
func (st *state) version(ctx context.Context, billID string, v bill.Version) (store.Text, scraper.Validator, bool) {
	var resp *scraper.Response
	var err error
	if st.r.Store.HasText(ctx, billID, v.URL) {
		resp, err = st.fetch.GetConditional(ctx, v.URL)
	} else {
		resp, err = st.fetch.Get(ctx, v.URL)
	}
	now := time.Now().UTC()
	if err != nil {
		st.fail(billID, fmt.Errorf("version %q: %w", v.Name, err))
		return store.Text{Err: err.Error(), FetchedAt: now}, scraper.Validator{}, true
	}
	if resp.NotModified {
		return store.Text{}, scraper.Validator{}, false
	}
	text, markup, err := st.src.ExtractText(ctx, v, resp.Body)
	if err != nil {
		st.fail(billID, fmt.Errorf("version %q: %w", v.Name, err))
		return store.Text{Err: err.Error(), FetchedAt: now}, scraper.Validator{}, true
	}
	return store.Text{SHA256: resp.Validator.SHA256, Text: text, Markup: markup, FetchedAt: now}, resp.Validator, true
}
