package ny

import (
	"encoding/json"
	"errors"
	"fmt"
)

// listPage is one page of a bill listing or of an updates listing.
type listPage struct {
	Refs                    []billRef
	Items                   int // items on the page, bills or not
	Total, OffsetStart, End int
}

// parseIDList reads a page of `bills/{session}?idsOnly=true`: items are
// base bill ids {"basePrintNo", "session", "basePrintNoStr"}.
func parseIDList(body []byte) (listPage, error) {
	e, err := decodeEnvelope(body)
	if err != nil {
		return listPage{}, err
	}
	var res items[billRef]
	if err := json.Unmarshal(e.Result, &res); err != nil {
		return listPage{}, fmt.Errorf("bill list items: %w", err)
	}
	p := listPage{Items: len(res.Items), Total: e.Total, OffsetStart: e.OffsetStart, End: e.OffsetEnd}
	for i, r := range res.Items {
		if err := r.check(); err != nil {
			return listPage{}, fmt.Errorf("bill list item %d: %w", i, err)
		}
		p.Refs = append(p.Refs, r)
	}
	return p, p.checkPaging()
}

// updateToken is one item of `bills/updates/{from}/{to}`: which bill changed,
// from which source file, and when OpenLegislation processed it.
type updateToken struct {
	ID                billRef `json:"id"`
	ContentType       string  `json:"contentType"`
	ProcessedDateTime string  `json:"processedDateTime"`
}

// parseUpdates reads a page of the bill updates listing. Items of another
// content type (none are documented, but the wrapper is shared) are skipped.
func parseUpdates(body []byte) (listPage, error) {
	e, err := decodeEnvelope(body)
	if err != nil {
		return listPage{}, err
	}
	var res items[updateToken]
	if err := json.Unmarshal(e.Result, &res); err != nil {
		return listPage{}, fmt.Errorf("update items: %w", err)
	}
	p := listPage{Items: len(res.Items), Total: e.Total, OffsetStart: e.OffsetStart, End: e.OffsetEnd}
	for i, t := range res.Items {
		if t.ContentType != "" && t.ContentType != "BILL" {
			continue
		}
		if err := t.ID.check(); err != nil {
			return listPage{}, fmt.Errorf("update item %d: %w", i, err)
		}
		p.Refs = append(p.Refs, t.ID)
	}
	return p, p.checkPaging()
}

// checkPaging rejects offsets that would make paging loop or skip.
func (p listPage) checkPaging() error {
	switch {
	case p.Total < 0 || p.End < 0 || p.OffsetStart < 0:
		return fmt.Errorf("negative paging fields (total %d, offsetStart %d, offsetEnd %d)", p.Total, p.OffsetStart, p.End)
	case p.End < p.Total && p.Items == 0:
		return fmt.Errorf("empty page at offset %d of %d", p.OffsetStart, p.Total)
	}
	return nil
}

// errPaging marks a listing whose offsets do not advance.
var errPaging = errors.New("listing paging does not advance")
