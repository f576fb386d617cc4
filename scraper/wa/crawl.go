package wa

import (
	"context"
	"fmt"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

// Crawl implements scraper.Source. The yearly lists are the index and are
// always fetched (a year that has not begun is not asked for). Each bill
// then costs four conditional requests; an unchanged bill is four 304s.
func (s *Source) Crawl(ctx context.Context, env *scraper.Env, sess string) error {
	first, second, err := bienniumYears(sess)
	if err != nil {
		return err
	}
	var lists [][]listItem
	for _, year := range []int{first, second} {
		if year != first && year > s.clock().Year() {
			continue
		}
		u := listURL(year)
		resp, err := env.Fetch.Get(ctx, u)
		if err != nil {
			return fmt.Errorf("washington bill list %d: %w", year, err)
		}
		items, err := parseList(resp.Body, sess)
		if err != nil {
			return scraper.BadContent(u, err)
		}
		lists = append(lists, items)
	}
	loop := scraper.BillLoop[listItem]{Label: "washington session " + sess,
		ID: func(it listItem) string { return it.Identifier },
		Fetch: func(ctx context.Context, it listItem) (scraper.Observed, error) {
			return s.bill(ctx, env, sess, it)
		}}
	return loop.Run(ctx, env, mergeLists(lists...))
}

func (s *Source) clock() time.Time {
	if s.now != nil {
		return s.now()
	}
	return time.Now()
}

// billPages are the four service answers a bill is built from, most likely
// to change first: once one has changed, the rest are fetched outright
// (their bodies are needed), sparing a 304-then-refetch.
func billPages(sess string, it listItem) []string {
	return []string{historyURL(sess, it.Number), legislationURL(sess, it.Number),
		documentsURL(sess, it.Number), sponsorsURL(sess, it.Identifier)}
}

// bill fetches and builds one bill.
func (s *Source) bill(ctx context.Context, env *scraper.Env, sess string, it listItem) (scraper.Observed, error) {
	urls := billPages(sess, it)
	resps := make([]*scraper.Response, len(urls))
	changed := false
	for i, u := range urls {
		var r *scraper.Response
		var err error
		if changed {
			r, err = env.Fetch.Get(ctx, u)
		} else {
			r, err = env.Fetch.GetConditional(ctx, u)
		}
		if err != nil {
			return scraper.Observed{}, err
		}
		resps[i] = r
		changed = changed || !r.NotModified
	}
	if !changed {
		return scraper.Observed{Bill: bill.Bill{Jurisdiction: "wa", Session: sess, Identifier: it.Identifier},
			Pages: resps, Unchanged: true}, nil
	}
	for i, r := range resps {
		if r.Body == nil { // a 304 before the change was seen: the body is needed after all
			r, err := env.Fetch.Get(ctx, urls[i])
			if err != nil {
				return scraper.Observed{}, err
			}
			resps[i] = r
		}
	}
	b, err := build(sess, it, urls, resps)
	if err != nil {
		return scraper.Observed{}, err
	}
	return scraper.Observed{Bill: b, Pages: resps}, nil
}

// build parses the four answers into the bill.
func build(sess string, it listItem, urls []string, resps []*scraper.Response) (bill.Bill, error) {
	d, err := parseLegislation(resps[1].Body, it.Identifier)
	if err != nil {
		return bill.Bill{}, scraper.BadContent(urls[1], err)
	}
	acts, err := parseHistory(resps[0].Body, d.Chamber)
	if err != nil {
		return bill.Bill{}, scraper.BadContent(urls[0], err)
	}
	versions, amendments, err := parseDocuments(resps[2].Body, it.Identifier, it.Number)
	if err != nil {
		return bill.Bill{}, scraper.BadContent(urls[2], err)
	}
	sponsors, err := parseSponsors(resps[3].Body)
	if err != nil {
		return bill.Bill{}, scraper.BadContent(urls[3], err)
	}
	b := bill.Bill{Jurisdiction: "wa", Session: sess, Identifier: it.Identifier, Title: d.Title,
		Classification: []string{classification(it.Identifier)}, Chamber: d.Chamber, Abstract: d.LegalTitle,
		Sponsors: sponsors, Status: d.Status, Actions: acts, Versions: versions, Documents: amendments,
		Citations: citations(acts),
		Sources:   append([]string{billPageURL(sess, it.Number)}, urls...)}
	if d.ShortTitle != "" && d.ShortTitle != d.Title {
		b.OtherTitles = []bill.Title{{Type: "short", Title: d.ShortTitle}}
	}
	if b.Status == "" && len(acts) > 0 {
		b.Status = acts[len(acts)-1].Text
	}
	return b, nil
}
