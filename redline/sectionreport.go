package redline

// SectionStatus is what happened to one section between the versions.
type SectionStatus uint8

// The section statuses.
const (
	Unchanged SectionStatus = iota
	Amended
	Added
	Removed
	Moved
)

var statusNames = [...]string{Unchanged: "unchanged", Amended: "amended", Added: "added", Removed: "removed", Moved: "moved"}

func (s SectionStatus) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// SectionChange reports one section. Old and New are its labels in each version
// ("Sec. 2", "§ 5", "Preamble"); a label differing between them means the section
// was renumbered. Inserted and Deleted count the words of its body (the heading
// label excluded); for an added or removed section they are its whole length.
type SectionChange struct {
	Status   SectionStatus `json:"status"`
	Old      string        `json:"old,omitempty"`
	New      string        `json:"new,omitempty"`
	Heading  string        `json:"heading,omitempty"`
	Inserted int           `json:"inserted"`
	Deleted  int           `json:"deleted"`
}

// Renumbered reports whether the section kept its content slot but changed label.
func (s SectionChange) Renumbered() bool { return s.Old != "" && s.New != "" && s.Old != s.New }

// reportSections turns the section pairing into SectionChanges. Sections that
// stay in the common order take their word counts from the redline itself (so
// they add up with Stats); moved sections get a diff of their own, since the
// redline shows them as deleted in one place and inserted in another.
func reportSections(a, b doc, p pairing, hs []hunk, counts [2][]int32, budget int) []SectionChange {
	sa, sb, pairOf, used, inOrder := p.sa, p.sb, p.pairOf, p.used, p.inOrder
	if len(sa) == 0 && len(sb) == 0 {
		return nil
	}
	moved := &differ{counts: counts, budget: budget, costCap: costCap} // what the redline left of the budget
	del := changedPerSection(sa, hs, func(h hunk) (int, int) { return h.a0, h.a1 })
	ins := changedPerSection(sb, hs, func(h hunk) (int, int) { return h.b0, h.b1 })

	out := make([]SectionChange, 0, len(sb)+len(sa))
	nextOld := 0
	flushRemoved := func(upTo int) {
		for ; nextOld < upTo; nextOld++ {
			if !used[nextOld] {
				s := sa[nextOld]
				out = append(out, unpaired(SectionChange{Status: Removed, Old: s.label, Heading: s.title}, del[nextOld], s))
			}
		}
	}
	for j, s := range sb {
		i := pairOf[j]
		switch {
		case i < 0:
			out = append(out, unpaired(SectionChange{Status: Added, New: s.label, Heading: s.title}, ins[j], s))
		case inOrder[j]:
			flushRemoved(i)
			nextOld = i + 1
			o := sa[i]
			c := SectionChange{Status: Unchanged, Old: o.label, New: s.label, Heading: s.title,
				Inserted: ins[j], Deleted: del[i]}
			if c.Inserted+c.Deleted > 0 {
				c.Status = Amended
			}
			out = append(out, c)
		default:
			o := sa[i]
			ins, del := moved.wordChanges(a.ids[o.body:o.end], b.ids[s.body:s.end])
			out = append(out, SectionChange{Status: Moved, Old: o.label, New: s.label, Heading: s.title, Inserted: ins, Deleted: del})
		}
	}
	flushRemoved(len(sa))
	return out
}

// unpaired reports a section found in one version only. The redline decides
// what happened to its words: a section whose heading the other version's layout
// merely hides (say, reflowed onto the previous line) has its words unchanged,
// and is not "removed". Removed (added) means most of its body was deleted
// (inserted); then the counts are its whole length.
func unpaired(c SectionChange, changed int, s section) SectionChange {
	body := s.end - s.body
	switch {
	case 2*changed >= body && changed > 0 || body == 0:
		changed = s.end - s.start
	case changed == 0:
		c.Status = Unchanged
	default:
		c.Status = Amended
	}
	if c.Old != "" {
		c.Deleted = changed
	} else {
		c.Inserted = changed
	}
	return c
}

// changedPerSection counts, for each section, the changed words of its body on
// one side of the hunks (side gives a hunk's token range on that side). Hunks
// and sections are both in text order, so one merge-like pass does it.
func changedPerSection(secs []section, hs []hunk, side func(hunk) (int, int)) []int {
	counts := make([]int, len(secs))
	k := 0
	for _, h := range hs {
		if h.eq || h.same {
			continue
		}
		from, to := side(h)
		for from < to && k < len(secs) {
			s := secs[k]
			if from >= s.end {
				k++
				continue
			}
			end := min(to, s.end)
			if lo := max(from, s.body); lo < end {
				counts[k] += end - lo
			}
			from = end
		}
	}
	return counts
}

// wordChanges counts the words inserted and deleted between two id sequences,
// with d's scratch and budget. Once the budget is spent it estimates them from
// the word multisets instead (order ignored), so many moved sections in a huge
// bill cannot add up to unbounded work.
func (d *differ) wordChanges(x, y []int32) (ins, del int) {
	if d.budget <= 0 {
		shared := multisetShared(x, y)
		return len(y) - shared, len(x) - shared
	}
	d.subCA = resetFlags(d.subCA, len(x)) // reused as this diff's top-level flags
	d.subCB = resetFlags(d.subCB, len(y))
	c := d.child(x, y, d.subCA, d.subCB)
	c.subCA, c.subCB = nil, nil // the child's own ranges need flags of their own
	c.run()
	for _, f := range c.ca {
		if f {
			del++
		}
	}
	for _, f := range c.cb {
		if f {
			ins++
		}
	}
	d.absorb(c)
	return ins, del
}

// multisetShared counts the words x and y have in common, order ignored.
func multisetShared(x, y []int32) int {
	left := make(map[int32]int32, len(y))
	for _, id := range y {
		left[id]++
	}
	n := 0
	for _, id := range x {
		if left[id] > 0 {
			left[id]--
			n++
		}
	}
	return n
}
