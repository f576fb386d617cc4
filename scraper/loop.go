package scraper

import (
	"context"
	"errors"
	"fmt"
)

// BillLoop is the per-bill part of a crawl, the same for every source, so
// that what ends a crawl is decided in one place: the list is reported, an
// empty one fails the crawl, and each bill in scope is fetched and handed to
// env.Emit, or its error to env.Fail so that the crawl goes on. An error that
// every further request would share ends the crawl instead: ErrRateLimited
// (the server asked to be left alone), or one Fatal reports.
type BillLoop[T any] struct {
	// Label names the session in errors: "vermont session 2026".
	Label string
	// ID is a listed bill's identifier.
	ID func(item T) string
	// Ready, when set, runs once the list is known not to be empty, before
	// the first bill; its error ends the crawl (ny reads the week's updates).
	Ready func(ctx context.Context) error
	// Skip, when set, passes over a bill in scope without a request or an
	// observation: the source knows it has not changed.
	Skip func(ctx context.Context, item T) bool
	// Fetch fetches and builds one bill.
	Fetch func(ctx context.Context, item T) (Observed, error)
	// Fatal, when set, reports source-specific errors that end the crawl
	// (ny: a rejected API key).
	Fatal func(err error) bool
}

// Run runs the loop over the session's list, in list order.
func (l BillLoop[T]) Run(ctx context.Context, env *Env, items []T) error {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = l.ID(it)
	}
	env.Listed(ids)
	if len(items) == 0 {
		return fmt.Errorf("%s: %w", l.Label, ErrNoBills)
	}
	if l.Ready != nil {
		if err := l.Ready(ctx); err != nil {
			return err
		}
	}
	for i, it := range items {
		if !env.Wants(ids[i]) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if l.Skip != nil && l.Skip(ctx, it) {
			continue
		}
		obs, err := l.Fetch(ctx, it)
		if err != nil && (errors.Is(err, ErrRateLimited) || l.Fatal != nil && l.Fatal(err)) {
			return fmt.Errorf("%s: stopped at %s: %w", l.Label, ids[i], err)
		}
		if err != nil {
			env.Fail(ids[i], err)
			continue
		}
		if err := env.Emit(ctx, obs); err != nil {
			return err
		}
	}
	return nil
}
