package ny

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

// maxPages bounds a listing (a session has about 25,000 bills: 25 pages).
const maxPages = 200

// Crawl implements scraper.Source. The key goes on the fetcher, which adds
// it to each request and never to a stored URL. Then:
//
//  1. the session's bill ids (idsOnly pages, always fetched: they are the
//     list run health compares and vanished bills are judged by);
//  2. the bills updated in the last week (bills/updates/{from}/{to});
//  3. the bill JSON, conditionally, of every bill that is in that window,
//     or not stored yet, or stored with a print still without text, or asked
//     for by name. Other bills cost nothing.
//
// A rejected key or a rate limit that outlasts the fetcher's retries stops
// the crawl: every further request would fail the same way.
func (s *Source) Crawl(ctx context.Context, env *scraper.Env, session string) error {
	if err := ValidSession(session); err != nil {
		return err
	}
	if err := s.Configured(env.Config); err != nil {
		return err
	}
	env.Fetch.AddQuery(apiHost, "key", strings.TrimSpace(env.Config[KeySetting]))
	refs, err := s.list(ctx, env, func(off int) string { return listURL(session, off, s.limit()) }, parseIDList)
	if err != nil {
		return fmt.Errorf("new york bill list: %w", err)
	}
	var ids []string
	seen := map[string]bool{}
	for _, r := range refs {
		if r.session() == session && !seen[r.BasePrintNo] {
			seen[r.BasePrintNo] = true
			ids = append(ids, r.BasePrintNo)
		}
	}
	changed := map[string]bool{}
	skipped := 0
	loop := scraper.BillLoop[string]{Label: "new york session " + session,
		ID: func(id string) string { return id },
		Ready: func(ctx context.Context) error {
			if len(env.Only) > 0 {
				return nil
			}
			var err error
			if changed, err = s.updated(ctx, env, session); err != nil {
				return fmt.Errorf("new york bill updates: %w", err)
			}
			return nil
		},
		Skip: func(ctx context.Context, id string) bool {
			if len(env.Only) > 0 || changed[id] {
				return false
			}
			if _, stored := env.Previous(ctx, id); !stored || env.MissingText != nil && env.MissingText(ctx, id) {
				return false // new, or a print whose text is still to get
			}
			skipped++
			return true
		},
		Fetch: func(ctx context.Context, id string) (scraper.Observed, error) { return s.bill(ctx, env, session, id) },
		Fatal: func(err error) bool { return errors.Is(err, ErrKeyRejected) }, // every request would be refused
	}
	if err := loop.Run(ctx, env, ids); err != nil {
		return err
	}
	if skipped > 0 && env.Log != nil {
		env.Log.Info("stored bills not updated in the last week were not fetched", "bills", skipped)
	}
	return nil
}

// list fetches every page of a listing.
func (s *Source) list(ctx context.Context, env *scraper.Env, pageURL func(offset int) string, parse func([]byte) (listPage, error)) ([]billRef, error) {
	var refs []billRef
	offset := 1
	for range maxPages {
		u := pageURL(offset)
		resp, err := env.Fetch.Get(ctx, u)
		if err != nil {
			return nil, apiError(err)
		}
		if err := wantJSON(resp); err != nil {
			return nil, scraper.BadContent(u, err)
		}
		p, err := parse(resp.Body)
		if err != nil {
			return nil, scraper.BadContent(u, err)
		}
		refs = append(refs, p.Refs...)
		if p.End >= p.Total || p.Items == 0 {
			return refs, nil
		}
		if p.End < offset {
			return nil, scraper.BadContent(u, fmt.Errorf("%w: offsetEnd %d before offset %d", errPaging, p.End, offset))
		}
		offset = p.End + 1
	}
	return nil, fmt.Errorf("%w: more than %d pages", errPaging, maxPages)
}

// updated returns the session's bills updated in the last week.
func (s *Source) updated(ctx context.Context, env *scraper.Env, session string) (map[string]bool, error) {
	to := s.clock().In(nyTime).Truncate(time.Second)
	from := to.Add(-lookback)
	if last := env.LastSuccess; !last.IsZero() && last.Add(-24*time.Hour).Before(from) {
		from = last.Add(-24 * time.Hour) // reach back over downtime, with a day of overlap
	}
	refs, err := s.list(ctx, env, func(off int) string { return updatesURL(from, to, off, s.limit()) }, parseUpdates)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range refs {
		if r.session() == session {
			out[r.BasePrintNo] = true
		}
	}
	return out, nil
}

// bill fetches one bill's JSON; an unchanged response makes an unchanged
// observation (the pipeline then re-checks the versions' texts).
func (s *Source) bill(ctx context.Context, env *scraper.Env, session, id string) (scraper.Observed, error) {
	u := billURL(session, id)
	resp, err := env.Fetch.GetConditional(ctx, u)
	if err != nil {
		return scraper.Observed{}, apiError(err)
	}
	if resp.NotModified {
		b := bill.Bill{Jurisdiction: "ny", Session: session, Identifier: id}
		return scraper.Observed{Bill: b, Pages: []*scraper.Response{resp}, Unchanged: true}, nil
	}
	if err := wantJSON(resp); err != nil {
		return scraper.Observed{}, scraper.BadContent(u, err)
	}
	b, err := ParseBill(resp.Body)
	if err != nil {
		return scraper.Observed{}, scraper.BadContent(u, err)
	}
	if b.Session != session || b.Identifier != id {
		return scraper.Observed{}, scraper.BadContent(u, fmt.Errorf("asked for %s of %s, got %s of %s", id, session, b.Identifier, b.Session))
	}
	return scraper.Observed{Bill: b, Pages: []*scraper.Response{resp}}, nil
}

func (s *Source) limit() int {
	if s.pageSize > 0 {
		return s.pageSize
	}
	return maxPage
}

// wantJSON rejects a body served as something else (an HTML error page).
func wantJSON(resp *scraper.Response) error {
	if ct := resp.Header.Get("Content-Type"); ct != "" && !strings.Contains(ct, "json") {
		return fmt.Errorf("%w: served as %q", errNotJSON, ct)
	}
	return nil
}

// apiError explains a 401/403: the API refuses the key.
func apiError(err error) error {
	var se *scraper.StatusError
	if errors.As(err, &se) && (se.Code == http.StatusUnauthorized || se.Code == http.StatusForbidden) {
		return fmt.Errorf("%w (HTTP %d): check [source.ny] api_key or BILLWATCH_NY_API_KEY (keys: %s/): %w",
			ErrKeyRejected, se.Code, Site, err)
	}
	return err
}
