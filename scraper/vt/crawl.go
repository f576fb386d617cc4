package vt

import (
	"context"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

// Crawl implements scraper.Source: the three bill lists (always fetched: they
// are the index), then per bill the status page and the detailed-status JSON,
// both conditionally, so an unchanged bill costs two 304s.
func (s *Source) Crawl(ctx context.Context, env *scraper.Env, slug string) error {
	if err := ValidSession(slug); err != nil {
		return err
	}
	var lists [][]listRow
	for _, u := range listURLs(slug) {
		resp, err := env.Fetch.Get(ctx, u)
		if err != nil {
			return fmt.Errorf("vermont bill list: %w", err)
		}
		rows, err := parseList(resp.Body)
		if err != nil {
			return scraper.BadContent(u, err)
		}
		lists = append(lists, rows)
	}
	rows := mergeLists(lists...)
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.BillNumber
	}
	env.Listed(ids)
	if len(rows) == 0 {
		return fmt.Errorf("vermont session %s: %w", slug, scraper.ErrNoBills)
	}
	for _, r := range rows {
		if !env.Wants(r.BillNumber) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		obs, err := s.bill(ctx, env, slug, r)
		if err != nil {
			env.Fail(r.BillNumber, err)
			continue
		}
		if err := env.Emit(ctx, obs); err != nil {
			return err
		}
	}
	return nil
}

// bill fetches one bill's status page and actions.
func (s *Source) bill(ctx context.Context, env *scraper.Env, slug string, r listRow) (scraper.Observed, error) {
	su := statusURL(slug, r.BillNumber)
	st, err := env.Fetch.GetConditional(ctx, su)
	if err != nil {
		return scraper.Observed{}, err
	}
	var page statusPage
	if st.Body != nil {
		if page, err = parseStatus(st.Body, su); err != nil {
			return scraper.Observed{}, scraper.BadContent(su, err)
		}
	}
	if st.NotModified {
		au := page.actionsURL(slug)
		if st.Body == nil {
			au = env.PreviousSource(ctx, r.BillNumber, "loadBillDetailedStatus")
			// Stored without a detailed status: the bill had no activity,
			// and its only page is unchanged, so the bill is too. (Re-fetching
			// the page here cost every such bill a full download per run.)
			if au == "" && storedBefore(ctx, env, r.BillNumber) {
				return unchanged(slug, r, st), nil
			}
		}
		if au == "" && st.Body != nil {
			return unchanged(slug, r, st), nil // a bill with no activity yet
		}
		if au != "" {
			ac, err := env.Fetch.GetConditional(ctx, au)
			if err != nil {
				return scraper.Observed{}, err
			}
			if ac.NotModified {
				return unchanged(slug, r, st, ac), nil
			}
		}
		if st.Body == nil { // something moved: the status page body is needed after all
			if st, err = env.Fetch.Get(ctx, su); err != nil {
				return scraper.Observed{}, err
			}
			if page, err = parseStatus(st.Body, su); err != nil {
				return scraper.Observed{}, scraper.BadContent(su, err)
			}
		}
	}
	b := s.build(slug, r, page, su)
	pages := []*scraper.Response{st}
	if page.InternalID != "" {
		au := page.actionsURL(slug)
		ac, err := env.Fetch.Get(ctx, au)
		if err != nil {
			return scraper.Observed{}, err
		}
		if ct := ac.Header.Get("Content-Type"); ct != "" && !strings.Contains(ct, "json") {
			return scraper.Observed{}, scraper.BadContent(au, fmt.Errorf("content type %q, want JSON", ct))
		}
		if b.Actions, err = parseActions(ac.Body); err != nil {
			return scraper.Observed{}, scraper.BadContent(au, err)
		}
		b.Sources = append(b.Sources, au)
		pages = append(pages, ac)
	}
	return scraper.Observed{Bill: b, Pages: pages}, nil
}

func (p statusPage) actionsURL(slug string) string {
	if p.InternalID == "" {
		return ""
	}
	return actionsURL(slug, p.InternalID)
}

func unchanged(slug string, r listRow, pages ...*scraper.Response) scraper.Observed {
	return scraper.Observed{Bill: bill.Bill{Jurisdiction: "vt", Session: slug, Identifier: r.BillNumber}, Pages: pages, Unchanged: true}
}

// build merges the list row and the status page into a bill.
func (s *Source) build(slug string, r listRow, p statusPage, pageURL string) bill.Bill {
	class, chamber := classify(r.BillNumber, r.Body)
	title := p.Title
	if title == "" {
		title = r.Title
	}
	b := bill.Bill{Jurisdiction: "vt", Session: slug, Identifier: r.BillNumber, Title: title,
		Classification: []string{class}, Chamber: chamber, Sponsors: p.Sponsors, Status: p.LastAction,
		Versions: p.Versions, Sources: []string{pageURL}}
	act := p.Act
	if act == "" && r.ActNo != "" && !strings.EqualFold(r.ActNo, "act") {
		act = "Act " + strings.TrimPrefix(r.ActNo, "Act ")
	}
	if act != "" {
		b.Citations = []string{act}
	}
	return b
}

// storedBefore reports whether the pipeline has the bill stored.
func storedBefore(ctx context.Context, env *scraper.Env, number string) bool {
	return env.PreviousSources != nil && len(env.PreviousSources(ctx, number)) > 0
}
