package crawl

import (
	"context"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
)

// texts assembles the current text of every version (stored, overridden by
// what this run fetched) in page order, and attaches to each newly fetched
// version the redline summary from the version before it.
func (st *state) texts(ctx context.Context, id string, b bill.Bill, fresh map[string]store.Text) ([]Text, error) {
	stored, err := st.r.Store.Texts(ctx, id)
	if err != nil {
		return nil, err
	}
	byURL := map[string]string{}
	for _, t := range stored {
		byURL[t.URL] = t.Text
	}
	var out []Text
	var prevName, prevText string
	var prevID int64
	ids := map[string]int64{}
	for _, t := range stored {
		ids[t.URL] = t.VersionID
	}
	for _, v := range b.Versions {
		text := byURL[v.URL]
		f, isFresh := fresh[v.URL]
		if isFresh && f.Err == "" {
			text = f.Text
			if prevText != "" && st.r.Diff != nil && text != byURL[v.URL] {
				if d := st.r.Diff(prevName, prevText, text); d != nil {
					d.FromVersionID = prevID
					f.Diff = d
					fresh[v.URL] = f
				}
			}
		}
		if text == "" {
			continue
		}
		out = append(out, Text{Name: v.Name, Text: text})
		prevName, prevText, prevID = v.Name, text, ids[v.URL]
	}
	return out, nil
}
