package web

import (
	"context"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

type sourcesData struct {
	Latest []store.Run // newest run of each source and session
	Runs   []store.Run
}

func (s *Site) sources(ctx context.Context) (*pageData, error) {
	runs, err := s.st.Runs(ctx, "", 50)
	if err != nil {
		return nil, err
	}
	latest, err := s.st.LatestRuns(ctx, "")
	if err != nil {
		return nil, err
	}
	return s.page("sources", "Source health", &sourcesData{Latest: latest, Runs: runs}), nil
}

type feedsData struct {
	Groups []feedGroup
	OPML   string
	All    string
}

type feedGroup struct {
	Title string
	Feeds []FeedURL
}

func (s *Site) feedsPage(ctx context.Context, ps *pass) (*pageData, error) {
	cat, err := ps.catalog(ctx, s)
	if err != nil {
		return nil, err
	}
	list := s.feedURLs(cat)
	titles := map[string]string{"all": "Everything", "watchlist": "Watchlists", "jurisdiction": "Jurisdictions", "bill": "Bills"}
	d := &feedsData{OPML: s.URL(paths.OPML), All: s.URL(paths.OPMLAll)}
	for _, f := range list {
		if n := len(d.Groups); n == 0 || d.Groups[n-1].Title != titles[f.Kind] {
			d.Groups = append(d.Groups, feedGroup{Title: titles[f.Kind]})
		}
		g := &d.Groups[len(d.Groups)-1]
		g.Feeds = append(g.Feeds, f)
	}
	return s.page("feeds", "Feeds", d, feeds.Everything), nil
}

func (s *Site) notFound() (*pageData, error) {
	return s.page("notfound", "Page not found", nil), nil
}
