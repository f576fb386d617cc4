package watchlist

// unit is one place where all groups were found together: the summary
// (title and abstract) or one version text.
type unit struct {
	hits []occurrence // first occurrence of each term in the winning window
}

// satisfiedUnits returns, in field order, each unit where every All group
// has a phrase within Near words of the others. In the summary, a group
// found in the title counts as near everything in the abstract: a title is
// a short heading for the whole bill.
func (w *Watchlist) satisfiedUnits(occs []occurrence) []unit {
	if len(w.All) == 0 || len(occs) == 0 {
		return nil
	}
	var units []unit
	for lo := 0; lo < len(occs); {
		field := occs[lo].field
		hi := lo
		for hi < len(occs) && (occs[hi].field == field || field <= fieldAbstract && occs[hi].field <= fieldAbstract) {
			hi++
		}
		if u, ok := w.findWindow(occs[lo:hi]); ok {
			units = append(units, u)
		}
		lo = hi
	}
	return units
}

// findWindow looks for the earliest window of Near words holding every
// group, given one unit's occurrences in field and position order.
func (w *Watchlist) findWindow(occs []occurrence) (unit, bool) {
	covered := make([]bool, len(w.All))
	var title []occurrence
	for _, o := range occs {
		if o.field == fieldTitle {
			covered[o.ref.group] = true
			title = append(title, o)
		}
	}
	body := occs[len(title):]
	missing := 0
	for _, c := range covered {
		if !c {
			missing++
		}
	}
	var u unit
	if missing == 0 {
		u.hits = firstPerTermField(title)
		return u, true
	}
	count := make([]int, len(w.All))
	left := 0
	for right, o := range body {
		if g := o.ref.group; !covered[g] {
			if count[g] == 0 {
				missing--
			}
			count[g]++
		}
		for o.pos-body[left].pos > int32(w.Near) {
			if g := body[left].ref.group; !covered[g] {
				count[g]--
				if count[g] == 0 {
					missing++
				}
			}
			left++
		}
		if missing == 0 {
			window := append(append([]occurrence(nil), title...), body[left:right+1]...)
			u.hits = firstPerTermField(window)
			return u, true
		}
	}
	return unit{}, false
}
