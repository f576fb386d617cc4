package web

import (
	"encoding/json"

	"github.com/billwatch/billwatch/store"
)

// kindLabel names a change's kind for people, and says whether it is one an
// advocate acts on.
func kindLabel(c store.Change) (string, bool) {
	switch c.Kind {
	case store.KindNewBill:
		return "new bill", true
	case store.KindAction:
		var d store.ActionDetails
		if json.Unmarshal(c.Details, &d) == nil && d.Milestone != "" {
			return d.Milestone, true
		}
		return "action", false
	case store.KindActionRemoved:
		return "action removed", false
	case store.KindActionRestored:
		return "action restored", false
	case store.KindVersion:
		return "new version", true
	case store.KindVersionChanged:
		return "version replaced", true
	case store.KindDocument:
		return "new document", false
	case store.KindMatch:
		return "now on watchlist", true
	case store.KindUnmatch:
		return "off watchlist", true
	case store.KindTitle:
		return "title changed", false
	case store.KindAbstract:
		return "summary changed", false
	case store.KindSponsors:
		return "sponsors changed", false
	case store.KindMetadata:
		return "details changed", false
	case store.KindBillRemoved:
		return "no longer listed", true
	case store.KindSourceFailed:
		return "source failed", true
	}
	return c.Kind, false
}

func decodeAction(c store.Change) *store.ActionDetails {
	switch c.Kind {
	case store.KindAction, store.KindActionRestored:
		var d store.ActionDetails
		if json.Unmarshal(c.Details, &d) == nil {
			return &d
		}
	}
	return nil
}
