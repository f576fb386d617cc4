package web

import (
	"context"
	"errors"
	"html/template"
	"slices"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

type billData struct {
	store.BillDetail
	Official   string
	Primary    []string
	Cosponsors []string
	Why        []whyRow
	Actions    []actionRow
	Versions   []versionRow
	Changes    []changeRow
}

type whyRow struct {
	Watchlist string
	Matched   bool
	Reason    string
	Hits      []hitRow
}

type hitRow struct {
	Term, Field string
	Snippet     template.HTML
}

type actionRow struct {
	store.ActionRow
	Milestone string
}

type versionRow struct {
	store.VersionRow
	URL      string // http(s) only
	DiffFrom *store.VersionRow
	DiffURL  string
}

func (s *Site) billPage(ctx context.Context, id string) (*pageData, error) {
	bd, err := s.st.Bill(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	d := &billData{BillDetail: bd, Official: feeds.OfficialURL(bd.Sources)}
	for _, sp := range bd.Sponsors {
		if sp.Primary {
			d.Primary = append(d.Primary, sp.Name)
		} else {
			d.Cosponsors = append(d.Cosponsors, sp.Name)
		}
	}
	for _, m := range bd.Matches {
		w := whyRow{Watchlist: m.Watchlist, Matched: m.Matched, Reason: m.Reason}
		for _, h := range m.Hits {
			w.Hits = append(w.Hits, hitRow{Term: h.Term, Field: h.Field, Snippet: feeds.Mark.Highlight(h.Snippet, h.Term)})
		}
		d.Why = append(d.Why, w)
	}
	cs, err := s.st.Changes(ctx, store.ChangeFilter{BillID: id, Newest: true})
	if err != nil {
		return nil, err
	}
	d.Changes = s.changeRows(cs, true)
	d.Actions = actionRows(bd.Actions, cs)
	d.Versions = s.versionRows(id, bd.Versions, cs)
	p := s.page("bill", feeds.BillLabel(id), d, feeds.Scope{Kind: feeds.Bill, Key: id})
	p.Heading = feeds.BillLabel(id)
	return p, nil
}

// actionRows pairs each action with the milestone its change recorded.
func actionRows(acts []store.ActionRow, cs []store.Change) []actionRow {
	milestones := map[string]string{}
	for _, c := range cs {
		if d := decodeAction(c); d != nil && d.Milestone != "" {
			milestones[d.Date+"\x00"+d.Text] = d.Milestone
		}
	}
	out := make([]actionRow, len(acts))
	for i, a := range acts {
		out[i] = actionRow{ActionRow: a, Milestone: milestones[a.Date+"\x00"+a.Text]}
	}
	slices.Reverse(out) // newest first, like the changes
	return out
}

// versionRows links each version with text to a redline from the version
// before it: the one its change-log entry was diffed against, or else the
// previous version with text.
func (s *Site) versionRows(id string, vs []store.VersionRow, cs []store.Change) []versionRow {
	from := map[int64]int64{}
	for _, c := range cs {
		if d := feeds.DecodeVersion(c); d != nil && d.Diff != nil && d.Diff.FromVersionID != 0 {
			if _, ok := from[d.VersionID]; !ok {
				from[d.VersionID] = d.Diff.FromVersionID
			}
		}
	}
	byID := map[int64]*store.VersionRow{}
	for i := range vs {
		byID[vs[i].ID] = &vs[i]
	}
	out := make([]versionRow, len(vs))
	var prev *store.VersionRow
	for i := range vs {
		v := &vs[i]
		out[i] = versionRow{VersionRow: *v, URL: feeds.SafeURL(v.URL)}
		if v.SHA256 == "" {
			continue
		}
		f := prev
		if fid, ok := from[v.ID]; ok && byID[fid] != nil && byID[fid].SHA256 != "" {
			f = byID[fid]
		}
		if f != nil {
			out[i].DiffFrom = f
			out[i].DiffURL = s.URL(paths.Diff(id, f.ID, v.ID))
		}
		prev = v
	}
	return out
}

// diffPairs are the redlines a bill's page links to (what publish writes).
func (s *Site) diffPairs(ctx context.Context, id string) ([][2]int64, error) {
	vs, err := s.st.Versions(ctx, id)
	if err != nil {
		return nil, err
	}
	var own []store.VersionRow
	for _, v := range vs {
		if v.Role != "document" {
			own = append(own, v)
		}
	}
	cs, err := s.st.Changes(ctx, store.ChangeFilter{BillID: id, Kinds: []string{store.KindVersion, store.KindVersionChanged}})
	if err != nil {
		return nil, err
	}
	var out [][2]int64
	for _, r := range s.versionRows(id, own, cs) {
		if r.DiffFrom != nil {
			out = append(out, [2]int64{r.DiffFrom.ID, r.ID})
		}
	}
	return out, nil
}
