package redline

// pairing is how the sections of two versions correspond.
type pairing struct {
	sa, sb  []section
	pairOf  []int  // new section -> old section, -1 for none
	used    []bool // old section has a partner
	inOrder []bool // new section's pair keeps the common order (not moved)
	// certain is true when every section is paired in order on strong evidence
	// (identical body, or same label with the same heading words or a similar
	// body); a diff aligned on such sections needs no second opinion.
	certain bool
}

// sectionMatcher holds the state of one pairing run.
type sectionMatcher struct {
	a, b   *doc
	p      *pairing
	strong []bool // per new section: paired on strong evidence
}

// pairSections matches the sections of a and b, in passes: identical body;
// same label and heading words; same label and similar body (Dice ≥ 0.5);
// similar body; same number. Pairs outside the longest common order are moved.
func pairSections(a, b doc) pairing {
	p := pairing{sa: findSections(a), sb: findSections(b)}
	p.pairOf = make([]int, len(p.sb))
	p.used = make([]bool, len(p.sa))
	p.inOrder = make([]bool, len(p.sb))
	for j := range p.pairOf {
		p.pairOf[j] = -1
	}
	m := &sectionMatcher{a: &a, b: &b, p: &p, strong: make([]bool, len(p.sb))}
	m.identical()
	labelTitle := func(s section) string { return s.label + "\x00" + s.num + "\x00" + s.titleKey }
	label := func(s section) string { return s.label + "\x00" + s.num }
	number := func(s section) string { return s.num + "\x00" + kindOf(s.label) }
	m.byKey(labelTitle, false, true)
	m.byKey(label, true, true)
	m.bySimilarity()
	m.byKey(number, false, false)

	var order []anchor
	for j, i := range p.pairOf {
		if i >= 0 {
			order = append(order, anchor{a: int32(j), b: int32(i)})
		}
	}
	for _, o := range longestIncreasing(order) {
		p.inOrder[o.a] = true
	}
	p.certain = true
	for j := range p.sb {
		p.certain = p.certain && p.inOrder[j] && m.strong[j]
	}
	for _, u := range p.used {
		p.certain = p.certain && u
	}
	return p
}

func (m *sectionMatcher) pair(i, j int, strong bool) {
	m.p.pairOf[j], m.p.used[i], m.strong[j] = i, true, strong
}

func (m *sectionMatcher) oldBody(i int) []int32 { s := m.p.sa[i]; return m.a.ids[s.body:s.end] }
func (m *sectionMatcher) newBody(j int) []int32 { s := m.p.sb[j]; return m.b.ids[s.body:s.end] }

// identical pairs sections with the same body words, in order of occurrence.
func (m *sectionMatcher) identical() {
	byHash := map[uint64][]int{}
	for i := range m.p.sa {
		h := bodyHash(m.oldBody(i))
		byHash[h] = append(byHash[h], i)
	}
	for j := range m.p.sb {
		body := m.newBody(j)
		h := bodyHash(body)
		q := byHash[h]
		if len(q) == 0 || len(body) == 0 {
			continue
		}
		k := 0 // among identical bodies, prefer the one with the same label
		for c, i := range q {
			if m.p.sa[i].label == m.p.sb[j].label {
				k = c
				break
			}
		}
		m.pair(q[k], j, true)
		byHash[h] = append(q[:k:k], q[k+1:]...)
	}
}

// byKey pairs unpaired sections with equal keys, first come first served; with
// similar set, only when their bodies are similar too.
func (m *sectionMatcher) byKey(key func(section) string, similar, strong bool) {
	free := map[string][]int{}
	for i, s := range m.p.sa {
		if !m.p.used[i] {
			free[key(s)] = append(free[key(s)], i)
		}
	}
	for j, s := range m.p.sb {
		if m.p.pairOf[j] >= 0 {
			continue
		}
		k := key(s)
		q := free[k]
		if len(q) == 0 || similar && m.dice(q[0], j) < similarityMin {
			continue
		}
		m.pair(q[0], j, strong)
		free[k] = q[1:]
	}
}

// alignedDiff diffs each pair of corresponding sections on its own, so that a
// renumbered or removed section never gets its heading matched to a neighbour's
// ("Sec. [-102.-]{+101.+}" rather than half of one section glued to another).
// A wrong pairing could force a worse redline, so unless every section was
// paired in order on strong evidence the plain whole-text diff is computed too,
// and wins when the aligned one changes noticeably (over 8%) more words.
func alignedDiff(a, b doc, p pairing, counts [2][]int32) (*differ, int) {
	regions := p.regions(len(a.ids), len(b.ids))
	d := newDiffer(a.ids, b.ids, counts)
	for _, rg := range regions {
		d.diffRange(rg[0], rg[1], rg[2], rg[3])
	}
	if len(regions) <= 1 || p.certain {
		return d, d.budget
	}
	aligned := d.changes()
	if 2*aligned > len(a.ids)+len(b.ids) {
		return d, d.budget // mostly rewritten: a second pass would not read better
	}
	g := newDiffer(a.ids, b.ids, counts)
	d.lendScratch(g)
	g.budget = d.budget // one budget for the whole redline
	g.run()
	plain := g.changes()
	if aligned > plain+8+plain/12 {
		return g, g.budget
	}
	return d, g.budget
}

// regions lists the token ranges to diff separately: each in-order section pair,
// and the stretches between them (added, removed and moved sections), so that a
// redline never aligns the end of one section with the start of another.
func (p pairing) regions(na, nb int) [][4]int {
	var rs [][4]int
	pa, pb := 0, 0
	for j, s := range p.sb {
		if !p.inOrder[j] {
			continue
		}
		o := p.sa[p.pairOf[j]]
		if pa < o.start || pb < s.start {
			rs = append(rs, [4]int{pa, o.start, pb, s.start})
		}
		rs = append(rs, [4]int{o.start, o.end, s.start, s.end})
		pa, pb = o.end, s.end
	}
	if pa < na || pb < nb {
		rs = append(rs, [4]int{pa, na, pb, nb})
	}
	return rs
}

// kindOf keeps preamble and untitled text matchable with each other and apart
// from numbered sections.
func kindOf(label string) string {
	if label == "Preamble" || label == "Text" {
		return "text"
	}
	return "numbered"
}

// bodyHash is FNV-1a over the ids (written out: the hash.Hash interface costs
// more than the hashing on a large bill).
func bodyHash(ids []int32) uint64 {
	h := uint64(14695981039346656037)
	for _, id := range ids {
		h = (h ^ uint64(uint32(id))) * 1099511628211
	}
	return h
}
