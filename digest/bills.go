package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// loadBill reads what the digest shows of a bill. A bill missing from the
// store (which the change log's foreign key rules out) still gets a line
// built from its id rather than failing the whole digest.
func loadBill(ctx context.Context, st *store.Store, id string, opt Options) (BillRef, error) {
	r := BillRef{ID: id}
	if j, s, ident, err := bill.ParseID(id); err == nil {
		r.Jurisdiction, r.Session, r.Identifier = j, s, ident
	}
	if opt.BaseURL != "" {
		r.PageURL = BillPageURL(opt.BaseURL, id)
	}
	d, err := st.Bill(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return r, nil
	}
	if err != nil {
		return r, fmt.Errorf("load bill %s: %w", id, err)
	}
	r.Jurisdiction, r.Session, r.Identifier, r.Title = d.Jurisdiction, d.Session, d.Identifier, d.Title
	r.Sponsor = sponsorLabel(d.Sponsors)
	if d.LatestAction != "" {
		r.Status = d.LatestAction
		if d.LatestDate != "" {
			r.Status += " (" + d.LatestDate + ")"
		}
	}
	r.OfficialURL = feeds.OfficialURL(d.Sources)
	return r, nil
}

// sponsorLabel names the primary sponsors (two at most) and counts the rest.
func sponsorLabel(sponsors []bill.Sponsor) string {
	var primary []string
	first, co := "", 0
	for _, s := range sponsors {
		switch {
		case s.Withdrawn != "" || strings.TrimSpace(s.Name) == "":
			continue
		case s.Primary:
			primary = append(primary, s.Name)
		default:
			co++
		}
		if first == "" {
			first = s.Name
		}
	}
	if len(primary) == 0 && co > 0 {
		primary, co = []string{first}, co-1
	}
	var b strings.Builder
	switch len(primary) {
	case 0:
		return ""
	case 1:
		b.WriteString(primary[0])
	case 2:
		b.WriteString(primary[0] + " and " + primary[1])
	default:
		b.WriteString(primary[0] + ", " + primary[1])
		co += len(primary) - 2
	}
	if co > 0 {
		fmt.Fprintf(&b, " and %d %s", co, plural(co, "other", "others"))
	}
	return b.String()
}

// BillPageURL is billwatch's page of a bill under baseURL, in the site's
// URL scheme (package web/paths): {base}/bills/vt/2020/S.124/.
func BillPageURL(baseURL, id string) string { return paths.Base(baseURL).URL(paths.Bill(id)) }

// WatchlistPageURL is billwatch's page of a watchlist: {base}/watchlists/dmv-data/.
func WatchlistPageURL(baseURL, name string) string {
	return paths.Base(baseURL).URL(paths.Watchlist(name))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
