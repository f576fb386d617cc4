package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
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
	// What is stored of the bill's versions, in one cheap read: which ones
	// already have a text (those are asked for conditionally), and for an
	// unchanged bill the versions to re-check. The whole stored bill is
	// loaded only if a document turns out to have changed.
	known, err := st.r.Store.StoredVersions(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound) && o.Unchanged:
		// validators without data (should not happen: they are committed
		// together); fetch the bill afresh next time.
		st.fail(o.Bill.Identifier, fmt.Errorf("pages unchanged but bill not stored; will refetch"))
		return nil
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return err
	}
	hasText := make(map[string]bool, len(known))
	for _, v := range known {
		hasText[v.URL] = v.HasText
	}
	var versions []bill.Version
	if o.Unchanged {
		for _, v := range known {
			versions = append(versions, v.Version)
		}
	} else {
		versions = append(append(versions, o.Bill.Versions...), o.Bill.Documents...)
	}
	obs := store.Observation{Bill: o.Bill, RunID: st.run.ID, SeenAt: time.Now().UTC(), Texts: map[string]store.Text{}}
	// refresh holds new validators of pages and documents whose bytes are the
	// stored ones. Saving them is safe whatever else happens to the bill (the
	// data derived from those bytes is stored) and is what lets the next run
	// get a 304 instead of the whole body again.
	var refresh []store.CacheEntry
	for _, p := range o.Pages {
		if !p.NotModified {
			obs.Cache = append(obs.Cache, cacheEntry(p.Validator))
		} else if c, ok := st.refreshed(ctx, p); ok {
			refresh = append(refresh, c)
		}
	}
	newText, textFailed := false, false
	for _, v := range versions {
		t, resp, ok := st.version(ctx, id, v, hasText[v.URL])
		if !ok {
			if c, ok := st.refreshed(ctx, resp); ok {
				refresh = append(refresh, c)
			}
			continue
		}
		obs.Texts[v.URL] = t
		if t.Err == "" {
			obs.Cache = append(obs.Cache, cacheEntry(resp.Validator))
			newText = true
		} else {
			textFailed = true
		}
	}
	if textFailed {
		// Keep the pages' old validators: the next run must see this bill
		// as changed and retry the versions that failed. (Refreshed ones
		// stay: their pages were unchanged, so with the old validators the
		// next run would see them unchanged all the same.)
		obs.Cache = slices.DeleteFunc(obs.Cache, func(c store.CacheEntry) bool { return isPage(o.Pages, c.URL) })
	}
	if o.Unchanged && !newText {
		return st.refreshValidators(ctx, refresh) // no data moved: at most validators are written
	}
	obs.Cache = append(obs.Cache, refresh...)
	if o.Unchanged {
		cur, err := st.r.Store.Current(ctx, id)
		if err != nil {
			return err
		}
		o.Bill, obs.Bill = cur, cur
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

// refreshed returns the validators of a response to store although its
// content did not change: a full download (not a 304) whose bytes hash to
// the stored fingerprint, which the fetcher reports as NotModified, but whose
// ETag or Last-Modified differ from the stored ones. A host that starts
// sending validators, or changes them for the same bytes, would otherwise be
// asked for the whole body on every run; and a source that compares an
// index's modification time with the stored Last-Modified (Congress's
// sitemap) would never skip the file.
func (st *state) refreshed(ctx context.Context, r *scraper.Response) (store.CacheEntry, bool) {
	if r == nil || !r.NotModified || r.Status == http.StatusNotModified {
		return store.CacheEntry{}, false
	}
	// Without the stored entry (a lookup error) nothing is refreshed: the
	// cost is one more full download next run, never a wrong 304.
	old, err := st.r.Store.CacheEntry(ctx, r.URL)
	if err != nil || old.SHA256 != r.Validator.SHA256 {
		return store.CacheEntry{}, false
	}
	if old.ETag == r.Validator.ETag && old.LastModified == r.Validator.LastModified {
		return store.CacheEntry{}, false
	}
	return cacheEntry(r.Validator), true
}

// refreshValidators stores the refreshed validators of an unchanged bill.
// They are cache rows only: counted as rows written, never as a change.
func (st *state) refreshValidators(ctx context.Context, refresh []store.CacheEntry) error {
	if len(refresh) == 0 {
		return nil
	}
	n, err := st.r.Store.RefreshValidators(ctx, refresh)
	if err != nil {
		return err
	}
	st.run.RowsWritten += n
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

// version fetches a version's document when it is new or may have changed
// (hasText: a text is stored, so the request is conditional), and extracts
// its text. ok is false when there is nothing new to record; resp is the
// response (nil when the fetch failed).
func (st *state) version(ctx context.Context, billID string, v bill.Version, hasText bool) (store.Text, *scraper.Response, bool) {
	var resp *scraper.Response
	var err error
	if hasText {
		resp, err = st.fetch.GetConditional(ctx, v.URL)
	} else {
		resp, err = st.fetch.Get(ctx, v.URL)
	}
	now := time.Now().UTC()
	if err != nil {
		st.fail(billID, fmt.Errorf("version %q: %w", v.Name, err))
		return store.Text{Err: err.Error(), FetchedAt: now}, nil, true
	}
	if resp.NotModified {
		return store.Text{}, resp, false
	}
	text, markup, err := st.src.ExtractText(ctx, v, resp.Body)
	if err != nil {
		st.fail(billID, fmt.Errorf("version %q: %w", v.Name, err))
		return store.Text{Err: err.Error(), FetchedAt: now}, nil, true
	}
	return store.Text{SHA256: resp.Validator.SHA256, Text: text, Markup: markup, FetchedAt: now}, resp, true
}
