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
	byURL := make(map[string]store.VersionText, len(stored))
	for _, t := range stored {
		byURL[t.URL] = t
	}
	var out []Text
	var prevName, prevText string
	var prevID int64
	for _, v := range b.Versions {
		old := byURL[v.URL]
		text := old.Text
		f, isFresh := fresh[v.URL]
		if isFresh && f.Err == "" {
			text = f.Text
			if prevText != "" && st.r.Diff != nil && text != old.Text {
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
		prevName, prevText, prevID = v.Name, text, old.VersionID
	}
	return out, nil
}
