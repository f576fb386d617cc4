package web

import (
	"context"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
	"github.com/billwatch/billwatch/web/paths"
)

// notFoundPath is the 404 page, also published for static hosts.
const notFoundPath = "/404.html"

// recentChanges is how many changes list pages show.
const recentChanges = 50

type watchlistRow struct {
	Name, Title, Description string
	Bills                    int
	Feeds                    []feedLink
}

type jurisdictionRow struct {
	ID      string
	Bills   int
	LastRun *store.Run
}

type homeData struct {
	Watchlists    []watchlistRow
	Bills         []store.BillRow // on a watchlist
	Jurisdictions []jurisdictionRow
	Changes       []changeRow
}

func (s *Site) home(ctx context.Context) (*pageData, error) {
	d := &homeData{}
	all, err := s.st.ListBills(ctx, store.BillFilter{})
	if err != nil {
		return nil, err
	}
	onList := map[string]int{} // bills per watchlist: rows name the watchlists they are on
	for _, b := range all {
		if len(b.Watchlists) > 0 {
			d.Bills = append(d.Bills, b)
		}
		for _, w := range b.Watchlists {
			onList[w]++
		}
	}
	for _, w := range s.wl.Watchlists() {
		p := s.page("", "", nil, feeds.Scope{Kind: feeds.Watchlist, Key: w.Name})
		d.Watchlists = append(d.Watchlists, watchlistRow{Name: w.Name, Title: s.feeds.WatchlistTitle(w.Name), Description: strings.TrimSpace(w.Description),
			Bills: onList[w.Name], Feeds: p.Feeds})
	}
	if d.Jurisdictions, err = s.jurisdictions(ctx, all); err != nil {
		return nil, err
	}
	cs, err := s.st.Changes(ctx, store.ChangeFilter{Newest: true, Limit: recentChanges})
	if err != nil {
		return nil, err
	}
	d.Changes = s.changeRows(cs, false)
	p := s.page("home", s.opt.Title, d, feeds.Everything)
	p.Heading = s.opt.Title + ": bills that touch the topics you follow"
	return p, nil
}

// jurisdictions counts bills per jurisdiction and adds each source's last run.
func (s *Site) jurisdictions(ctx context.Context, bills []store.BillRow) ([]jurisdictionRow, error) {
	count := map[string]int{}
	for _, b := range bills {
		count[b.Jurisdiction]++
	}
	runs, err := s.st.LatestRuns(ctx, "") // one per session, however old
	if err != nil {
		return nil, err
	}
	last := map[string]*store.Run{}
	for i := range runs {
		src := strings.ToLower(runs[i].Source)
		if last[src] == nil || runs[i].ID > last[src].ID {
			last[src] = &runs[i]
		}
		if _, ok := count[src]; !ok {
			count[src] = 0
		}
	}
	var out []jurisdictionRow
	for j, n := range count {
		out = append(out, jurisdictionRow{ID: j, Bills: n, LastRun: last[j]})
	}
	slices.SortFunc(out, func(a, b jurisdictionRow) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

type listData struct {
	Description string
	Watchlist   *watchlist.Watchlist
	Bills       []store.BillRow
	Total       int // bills in all
	More        int // bills not listed (see maxListed)
	Changes     []changeRow
	Runs        []store.Run
}

// maxListed bounds the bills a jurisdiction page lists (a legislature has
// thousands a session), keeping pages light on a phone; bills on a
// watchlist come first, then the most recently changed.
const maxListed = 300

func (s *Site) watchlistPage(ctx context.Context, seg string) (*pageData, error) {
	name, err := paths.Unsegment(seg)
	if err != nil {
		return nil, ErrNotFound
	}
	w, ok := s.wl.Lookup(name)
	if !ok {
		return nil, ErrNotFound
	}
	d := &listData{Watchlist: w, Description: strings.TrimSpace(w.Description)}
	if d.Bills, err = s.st.ListBills(ctx, store.BillFilter{Watchlist: name}); err != nil {
		return nil, err
	}
	d.Total = len(d.Bills)
	// The changes of its feed, source failures included: a failure can hide
	// changes of the watchlist's bills.
	scope := feeds.Scope{Kind: feeds.Watchlist, Key: name}
	cs, err := s.feeds.Changes(ctx, scope)
	if err != nil {
		return nil, err
	}
	d.Changes = s.changeRows(cs[:min(len(cs), recentChanges)], false)
	return s.page("list", s.feeds.WatchlistTitle(name)+" watchlist", d, scope), nil
}

func (s *Site) jurisdictionPage(ctx context.Context, seg string) (*pageData, error) {
	j, err := paths.Unsegment(seg)
	if err != nil || j != strings.ToLower(j) {
		return nil, ErrNotFound
	}
	d := &listData{}
	if d.Bills, err = s.st.ListBills(ctx, store.BillFilter{Jurisdiction: j}); err != nil {
		return nil, err
	}
	if d.Runs, err = s.st.Runs(ctx, j, 10); err != nil {
		return nil, err
	}
	if len(d.Bills) == 0 && len(d.Runs) == 0 {
		return nil, ErrNotFound
	}
	// Bills on a watchlist first: they are why people come here.
	slices.SortStableFunc(d.Bills, func(a, b store.BillRow) int {
		return boolOrder(len(a.Watchlists) > 0, len(b.Watchlists) > 0)
	})
	d.Total = len(d.Bills)
	if len(d.Bills) > maxListed {
		d.More, d.Bills = len(d.Bills)-maxListed, d.Bills[:maxListed]
	}
	cs, err := s.st.Changes(ctx, store.ChangeFilter{Jurisdiction: j, Newest: true, Limit: recentChanges})
	if err != nil {
		return nil, err
	}
	d.Changes = s.changeRows(cs, false)
	d.Description = "Every bill billwatch has seen in " + strings.ToUpper(j) + ", and what changed."
	return s.page("list", strings.ToUpper(j), d, feeds.Scope{Kind: feeds.Jurisdiction, Key: j}), nil
}

func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
