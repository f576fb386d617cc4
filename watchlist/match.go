package watchlist

import (
	"slices"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// Fields 0 and 1 of a document are its summary; versions follow.
const (
	fieldTitle    = 0
	fieldAbstract = 1
)

func (ix *index) matchDoc(d *Doc, li int) Result {
	return ix.evaluate(d, li, ix.scan(d)[li])
}

// evaluate decides one watchlist's result from its phrase occurrences in d
// (in field, then position order).
func (ix *index) evaluate(d *Doc, li int, occs []occurrence) Result {
	w := ix.lists[li]
	res := Result{ID: d.ID, Watchlist: w.Name}
	ev := evidence{w: w, d: d}

	explicit := w.listsBill(d.ID)
	if explicit {
		ev.addBill(d.ID)
	} else if j := docJurisdiction(d); !w.Watches(j) {
		res.Reason = "jurisdiction " + quote(j) + " is not watched (" + strings.Join(w.Jurisdictions, ", ") + ")"
		return res
	}

	var anyOcc, allOcc, noneOcc []occurrence
	for _, o := range occs {
		switch o.ref.kind {
		case kindAny:
			anyOcc = append(anyOcc, o)
		case kindAll:
			allOcc = append(allOcc, o)
		case kindNone:
			if o.field <= fieldAbstract {
				noneOcc = append(noneOcc, o)
			}
		}
	}
	anyFirst := firstPerTermField(anyOcc)
	for _, o := range anyFirst {
		ev.add(o)
	}
	units := w.satisfiedUnits(allOcc)
	for _, u := range units {
		for _, o := range u.hits {
			ev.add(o)
		}
	}

	var reasons []string
	if explicit {
		reasons = append(reasons, "listed in bills")
	}
	if len(anyFirst) > 0 {
		reasons = append(reasons, ev.describeTerms(anyFirst))
	}
	if len(units) > 0 {
		allReason := ev.describeAll(units)
		vetoes := firstPerTermField(noneOcc)
		if !explicit && len(anyFirst) == 0 && len(vetoes) > 0 {
			for _, o := range vetoes {
				ev.add(o)
			}
			res.Hits = ev.hits()
			res.Reason = "vetoed by " + ev.describeTerms(vetoes) + ": " + allReason
			return res
		}
		reasons = append(reasons, allReason)
	}
	if len(reasons) == 0 {
		res.Reason = w.whyNot(allOcc)
		return res
	}
	res.Matched = true
	res.Hits = ev.hits()
	res.Reason = strings.Join(reasons, "; ")
	return res
}

func (w *Watchlist) listsBill(id string) bool {
	if len(w.Bills) == 0 {
		return false
	}
	if canon, err := bill.NormalizeID(id); err == nil {
		id = canon
	}
	return slices.Contains(w.Bills, id)
}

// Watches reports whether the watchlist follows a jurisdiction (a lower-case
// id such as "vt", as NewSet normalizes the list): every one when it lists
// none. Matching, feeds and digests share it, so that a watchlist's readers
// hear of exactly the source failures that can hide its bills.
func (w *Watchlist) Watches(jurisdiction string) bool {
	return len(w.Jurisdictions) == 0 || slices.Contains(w.Jurisdictions, jurisdiction)
}

func docJurisdiction(d *Doc) string {
	if d.Jurisdiction != "" {
		return strings.ToLower(strings.TrimSpace(d.Jurisdiction))
	}
	j, _, _ := strings.Cut(d.ID, "/")
	return strings.ToLower(j)
}

// firstPerTermField keeps the first occurrence of each term in each field:
// enough evidence, and bounded however long the text.
func firstPerTermField(occs []occurrence) []occurrence {
	type key struct{ kind, group, term, field int }
	seen := map[key]bool{}
	var out []occurrence
	for _, o := range occs {
		k := key{o.ref.kind, o.ref.group, o.ref.term, o.field}
		if !seen[k] {
			seen[k] = true
			out = append(out, o)
		}
	}
	return out
}

// whyNot explains a non-match in terms of the All groups.
func (w *Watchlist) whyNot(allOcc []occurrence) string {
	if len(w.All) == 0 {
		return "no phrase found"
	}
	found := make([]bool, len(w.All))
	for _, o := range allOcc {
		found[o.ref.group] = true
	}
	var have, lack []string
	for i, f := range found {
		if f {
			have = append(have, quote(w.groupName(i)))
		} else {
			lack = append(lack, quote(w.groupName(i)))
		}
	}
	switch {
	case len(have) == 0:
		return "no phrase found"
	case len(lack) > 0:
		return "no " + strings.Join(lack, " or ") + " phrase found (only " + strings.Join(have, " and ") + ")"
	default:
		return strings.Join(have, " and ") + " phrases found but never within " + strconv.Itoa(w.Near) + " words of each other"
	}
}
