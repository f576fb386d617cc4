package crawl

import (
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/store"
)

// excerptWords bounds the redline excerpt kept with a change for feeds and
// the digest; the full redline is recomputed on demand from the stored texts.
const excerptWords = 60

// RedlineDiffer summarises version-to-version redlines for the change log.
func RedlineDiffer() Differ {
	return func(fromName, from, to string) *store.DiffInfo {
		r := redline.Diff(from, to)
		if !r.Changed() {
			return &store.DiffInfo{From: fromName, Summary: "text unchanged from " + fromName}
		}
		ex := redline.Excerpt(r, excerptWords)
		return &store.DiffInfo{From: fromName, Summary: r.Summary, Inserted: r.Stats.Inserted, Deleted: r.Stats.Deleted,
			Excerpt: redline.Text(ex), ExcerptHTML: redline.HTML(ex)}
	}
}
