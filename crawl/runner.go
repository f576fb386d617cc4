// Package crawl is the pipeline: it runs a source, fetches and extracts each
// new version's text, evaluates the watchlists, and applies every bill to the
// store in its own transaction. No transaction is ever held across a network
// call: everything a bill needs is fetched first, then written at once.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// Text is one version's current text, as the watchlists and the differ see
// it: the watchlist's own type, so the evaluator hands the pipeline's texts
// to the watchlists as they are.
type Text = watchlist.Text

// Evaluator returns the watchlist results for a bill and the texts of all its versions.
type Evaluator func(b *bill.Bill, texts []Text) []store.Match

// Differ summarises the redline between two versions' texts; nil disables diffs.
type Differ func(fromName, from, to string) *store.DiffInfo

// Runner runs sources into a store.
type Runner struct {
	Store    *store.Store
	Evaluate Evaluator
	Diff     Differ
	Log      *slog.Logger
	Progress io.Writer // human progress lines; nil = quiet
	// Fetch settings shared by every source; RequestsPerMinute < 0 keeps each
	// source's own politeness, 0 disables limits (local demo server only).
	UserAgent         string
	RequestsPerMinute float64
	Rewrite           map[string]string
	Retries           int
	Backoff           time.Duration
	Timeout           time.Duration
	MaxBody           int
	// MinListRatio: a list shorter than this fraction of the last good run's
	// fails the run (default 0.5).
	MinListRatio float64
}

// Options select what one run covers.
type Options struct {
	Session string            // "" = the source's current session
	Only    []string          // bill identifiers; empty = the whole session
	Config  map[string]string // the source's settings
}

// ErrRunFailed is returned (wrapped) when a run ends with status failed.
var ErrRunFailed = errors.New("crawl failed")

// Run crawls one source and session and returns its health record.
func (r *Runner) Run(ctx context.Context, src scraper.Source, opt Options) (store.Run, error) {
	info := src.Info()
	session := opt.Session
	if session == "" {
		session = info.DefaultSession(time.Now())
	}
	log := r.Log
	if log == nil {
		log = slog.Default()
	}
	log = log.With("source", info.ID, "session", session)
	if c, ok := src.(scraper.Configurable); ok {
		if err := c.Configured(opt.Config); err != nil {
			return store.Run{}, fmt.Errorf("%s: %w", info.ID, err)
		}
	}
	runID, err := r.Store.StartRun(ctx, info.ID, session)
	if err != nil {
		return store.Run{}, err
	}
	st := &state{r: r, src: src, info: info, session: session, log: log, run: store.Run{ID: runID, Source: info.ID, Session: session}}
	fo := r.fetchOptions(info, st)
	fo.InsecureTLS = opt.Config["insecure_tls"] == "true"
	st.fetch = scraper.NewFetcher(fo)
	env := &scraper.Env{Fetch: st.fetch, Log: log, Config: opt.Config, Emit: st.emit, Listed: st.listed, Fail: st.fail,
		PreviousSources: func(ctx context.Context, ident string) []string {
			return r.Store.Sources(ctx, bill.MakeID(info.ID, session, ident))
		},
		Stored: func(ctx context.Context, url string) (scraper.Validator, bool) {
			v, err := validators{r.Store}.Validator(ctx, url)
			return v, err == nil
		},
		MissingText: func(ctx context.Context, ident string) bool {
			vs, err := r.Store.StoredVersions(ctx, bill.MakeID(info.ID, session, ident))
			for _, v := range vs {
				if !v.Document && !v.HasText {
					return true
				}
			}
			return err != nil && !errors.Is(err, store.ErrNotFound) // unsure: ask
		}}
	if last, err := r.Store.LastRun(ctx, info.ID, session, store.RunOK, store.RunPartial); err == nil && last.ID != runID {
		env.LastSuccess = last.StartedAt
	}
	if len(opt.Only) > 0 {
		env.Only = map[string]bool{}
		for _, id := range opt.Only {
			env.Only[bill.CompactIdentifier(id)] = true
		}
		st.only = env.Only
	}
	crawlErr := src.Crawl(ctx, env, session)
	return st.finish(ctx, crawlErr, len(opt.Only) == 0)
}

func (r *Runner) fetchOptions(info scraper.Info, st *state) scraper.Options {
	rpm := info.RequestsPerMinute
	if r.RequestsPerMinute >= 0 {
		rpm = r.RequestsPerMinute
	}
	return scraper.Options{UserAgent: r.UserAgent, RequestsPerMinute: rpm, Timeout: r.Timeout, MaxBody: r.MaxBody,
		Retries: r.Retries, Backoff: r.Backoff, AllowedHosts: info.Hosts, Rewrite: r.Rewrite,
		Validators: validators{r.Store}, Log: st.log}
}

// validators adapts the store's HTTP cache to the fetcher.
type validators struct{ s *store.Store }

func (v validators) Validator(ctx context.Context, url string) (scraper.Validator, error) {
	c, err := v.s.CacheEntry(ctx, url)
	if err != nil {
		return scraper.Validator{}, err
	}
	return scraper.Validator{URL: c.URL, ETag: c.ETag, LastModified: c.LastModified, SHA256: c.SHA256, FetchedAt: c.FetchedAt}, nil
}

func cacheEntry(v scraper.Validator) store.CacheEntry {
	return store.CacheEntry{URL: v.URL, ETag: v.ETag, LastModified: v.LastModified, SHA256: v.SHA256, FetchedAt: v.FetchedAt}
}

func progress(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}
