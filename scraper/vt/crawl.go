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
	loop := scraper.BillLoop[listRow]{Label: "vermont session " + slug,
		ID: func(r listRow) string { return r.BillNumber },
		Fetch: func(ctx context.Context, r listRow) (scraper.Observed, error) {
			return s.bill(ctx, env, slug, r)
		}}
	return loop.Run(ctx, env, mergeLists(lists...))
}

// bill fetches one bill's status page and detailed-status JSON, both
// conditionally: when neither changed the bill is unchanged; otherwise only
// the answers that came without a body are fetched again.
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
	if !st.NotModified { // the page changed: the JSON's body is needed whatever it says
		return s.observe(ctx, env, slug, r, st, page, nil)
	}
	au, stored := page.actionsURL(slug), true
	if st.Body == nil { // a 304: the JSON's address (its internal id) is known from the stored sources
		var prev []string
		prev, stored = env.Previous(ctx, r.BillNumber)
		au = scraper.SourceContaining(prev, "loadBillDetailedStatus")
	}
	var ac *scraper.Response
	switch {
	case au == "" && stored:
		// No detailed status: the bill had no activity, and its only page
		// is unchanged, so the bill is too. (Re-fetching the page here cost
		// every such bill a full download per run.)
		return unchanged(slug, r, st), nil
	case au != "":
		if ac, err = env.Fetch.GetConditional(ctx, au); err != nil {
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
	return s.observe(ctx, env, slug, r, st, page, ac)
}

// observe builds the bill from its status page (with its body) and its
// detailed status, reusing ac when it holds the JSON the page names.
func (s *Source) observe(ctx context.Context, env *scraper.Env, slug string, r listRow, st *scraper.Response, page statusPage, ac *scraper.Response) (scraper.Observed, error) {
	b := s.build(slug, r, page, st.URL)
	au := page.actionsURL(slug)
	if au == "" {
		return scraper.Observed{Bill: b, Pages: []*scraper.Response{st}}, nil
	}
	var err error
	if ac == nil || ac.URL != au || ac.Body == nil {
		if ac, err = env.Fetch.Get(ctx, au); err != nil {
			return scraper.Observed{}, err
		}
	}
	if ct := ac.Header.Get("Content-Type"); ct != "" && !strings.Contains(ct, "json") {
		return scraper.Observed{}, scraper.BadContent(au, fmt.Errorf("content type %q, want JSON", ct))
	}
	if b.Actions, err = parseActions(ac.Body); err != nil {
		return scraper.Observed{}, scraper.BadContent(au, err)
	}
	b.Sources = append(b.Sources, au)
	return scraper.Observed{Bill: b, Pages: []*scraper.Response{st, ac}}, nil
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
