package crawl

import (
	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// WatchlistEvaluator matches every watchlist of set against a bill's title,
// abstract and the text of every version.
func WatchlistEvaluator(set *watchlist.Set) Evaluator {
	return func(b *bill.Bill, texts []Text) []store.Match {
		return StoreMatches(set.Match(watchlist.DocFromBill(b, texts)))
	}
}

// StoreMatches converts watchlist results to their stored form.
func StoreMatches(rs []watchlist.Result) []store.Match {
	out := make([]store.Match, 0, len(rs))
	for _, r := range rs {
		m := store.Match{Watchlist: r.Watchlist, Matched: r.Matched, Reason: r.Reason}
		if r.Matched {
			for _, h := range r.Hits {
				m.Hits = append(m.Hits, store.MatchHit{Term: h.Term, Group: h.Group, Field: h.Field, Snippet: h.Snippet})
			}
		}
		out = append(out, m)
	}
	return out
}
