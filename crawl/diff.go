package crawl

import "github.com/billwatch/billwatch/store"

// RedlineDiffer summarises version-to-version redlines for the change log.
func RedlineDiffer() Differ {
	return func(fromName, from, to string) *store.DiffInfo { return nil }
}
