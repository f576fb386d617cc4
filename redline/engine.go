package redline

// The word diff. Like git's xdiff it only marks which tokens are not part of the
// common subsequence (ca, cb); hunks are read off those flags afterwards. Steps:
//
//  1. trim the common prefix and suffix;
//  2. discard tokens that never occur on the other side (they cannot match, and
//     on heavy rewrites they are most of the text), unless they are too few to
//     be worth compacting the sequences for;
//  3. patience anchoring: tokens unique in both remaining sequences, reduced to
//     their longest increasing run, split the problem into small gaps; gaps
//     recurse a few levels (a token common in the whole text is often unique in
//     a gap);
//  4. a gap without anchors goes to linear-space Myers with a per-split cost cap
//     (xdiff's heuristic) and a global work budget. When the budget is spent the
//     rest is marked changed wholesale and the result is flagged Coarse.
//
// Every step keeps the flags consistent, so the output is always a valid edit
// script; the budget only trades minimality for bounded time.

const (
	maxPatienceDepth = 6
	minPatienceSize  = 48      // smaller regions go straight to Myers
	baseBudget       = 4 << 20 // work units every diff may spend regardless of size
	budgetPerToken   = 24      // plus this many per token of both inputs (the benchmark pairs use 1 to 5)

	// costCap is the edit cost after which one Myers split gives up and cuts at
	// its furthest point; work on a region without anchors grows as its length
	// times the cap. Patience anchoring leaves Myers only small gaps, so the cap
	// rarely bites: measured on the benchmark pairs, 32 instead of xdiff's
	// max(256, √n) changed 4 more of 6219 changed words on H.R. 2157 and none on
	// the others, and ran shuffled text in about half the time.
	costCap = 32
)

type differ struct {
	a, b    []int32 // token ids of the sequences being compared
	ca, cb  []bool  // changed flags, same length as a and b
	counts  [2][]int32
	budget  int
	costCap int
	coarse  bool

	vf, vb []int // Myers scratch, indexed by diagonal
	// patience scratch, indexed by token id; reset after each use
	cntA, cntB []int32
	posB       []int32
	cand       []anchor // anchor candidates, and patience sorting's piles
	lis        []int32
	// diffRange scratch: compacted ids and their indexes, and their flags
	scratch      [4][]int32
	subCA, subCB []bool
}

// resetFlags returns flags of length n, all false, reusing buf when it can.
func resetFlags(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// newDiffer prepares a diff of a against b; counts are the interner's per-side
// occurrence counts (an id that never occurs on the other side cannot match).
// The work budget covers every range diffed with this differ.
func newDiffer(a, b []int32, counts [2][]int32) *differ {
	d := &differ{a: a, b: b, ca: make([]bool, len(a)), cb: make([]bool, len(b)), counts: counts}
	d.budget = baseBudget + budgetPerToken*(len(a)+len(b))
	d.costCap = costCap
	return d
}

// run diffs the whole sequences.
func (d *differ) run() { d.diffRange(0, len(d.a), 0, len(d.b)) }

// diffRange fills ca[a0:a1] and cb[b0:b1].
func (d *differ) diffRange(a0, a1, b0, b1 int) {
	for a0 < a1 && b0 < b1 && d.a[a0] == d.b[b0] {
		a0, b0 = a0+1, b0+1
	}
	for a1 > a0 && b1 > b0 && d.a[a1-1] == d.b[b1-1] {
		a1, b1 = a1-1, b1-1
	}
	if a0 == a1 || b0 == b1 {
		mark(d.cb[b0:b1])
		mark(d.ca[a0:a1])
		return
	}
	if d.cntA == nil {
		nIDs := len(d.counts[0])
		d.cntA, d.cntB, d.posB = make([]int32, nIDs), make([]int32, nIDs), make([]int32, nIDs)
	}
	if 8*(d.partnerless(d.a[a0:a1], d.counts[1])+d.partnerless(d.b[b0:b1], d.counts[0])) < (a1-a0)+(b1-b0) {
		// Few tokens lack a partner (a light amendment): compacting would cost
		// more than it saves.
		d.patience(a0, a1, b0, b1, 0)
		return
	}
	// Discard tokens with no partner; keep a map back to the original index.
	// The compacted arrays are scratch reused by every range.
	for k, n := range [4]int{a1 - a0, a1 - a0, b1 - b0, b1 - b0} {
		if cap(d.scratch[k]) < n {
			d.scratch[k] = make([]int32, 0, n)
		}
	}
	var ra, ia, rb, ib []int32
	ra, ia = d.keep(d.a[a0:a1], d.ca[a0:a1], a0, d.counts[1], d.scratch[0][:0], d.scratch[1][:0])
	rb, ib = d.keep(d.b[b0:b1], d.cb[b0:b1], b0, d.counts[0], d.scratch[2][:0], d.scratch[3][:0])
	d.scratch = [4][]int32{ra, ia, rb, ib}
	d.subCA = resetFlags(d.subCA, len(ra))
	d.subCB = resetFlags(d.subCB, len(rb))
	sub := d.child(ra, rb, d.subCA, d.subCB)
	sub.patience(0, len(ra), 0, len(rb), 0)
	for i, c := range sub.ca {
		if c {
			d.ca[ia[i]] = true
		}
	}
	for j, c := range sub.cb {
		if c {
			d.cb[ib[j]] = true
		}
	}
	d.absorb(sub)
}

// child returns a differ over a and b with the given flags that shares d's
// scratch, budget and cost cap; absorb takes them back afterwards.
func (d *differ) child(a, b []int32, ca, cb []bool) *differ {
	return &differ{a: a, b: b, ca: ca, cb: cb, counts: d.counts, budget: d.budget, costCap: d.costCap,
		vf: d.vf, vb: d.vb, cntA: d.cntA, cntB: d.cntB, posB: d.posB, cand: d.cand, lis: d.lis,
		scratch: d.scratch, subCA: d.subCA, subCB: d.subCB}
}

func (d *differ) absorb(c *differ) {
	d.budget, d.vf, d.vb = c.budget, c.vf, c.vb
	d.cntA, d.cntB, d.posB = c.cntA, c.cntB, c.posB
	d.cand, d.lis, d.scratch = c.cand, c.lis, c.scratch
	d.coarse = d.coarse || c.coarse
}

// lendScratch hands d's scratch buffers to another differ, which runs after d
// is done: a second pass over a 10 MB bill need not allocate its own.
func (d *differ) lendScratch(to *differ) {
	to.vf, to.vb, to.cntA, to.cntB, to.posB = d.vf, d.vb, d.cntA, d.cntB, d.posB
	to.cand, to.lis, to.scratch, to.subCA, to.subCB = d.cand, d.lis, d.scratch, d.subCA, d.subCB
}

// changes counts the tokens flagged changed on both sides.
func (d *differ) changes() int {
	n := 0
	for _, c := range d.ca {
		if c {
			n++
		}
	}
	for _, c := range d.cb {
		if c {
			n++
		}
	}
	return n
}

// partnerless counts the tokens of seq whose id never occurs on the other side.
func (d *differ) partnerless(seq []int32, other []int32) int {
	n := 0
	for _, id := range seq {
		if other[id] == 0 {
			n++
		}
	}
	return n
}

// keep returns the ids of seq that occur on the other side, with their
// indexes in the full sequence; the others are flagged changed.
func (d *differ) keep(seq []int32, changed []bool, base int, other []int32, ids, idx []int32) ([]int32, []int32) {
	for i, id := range seq {
		if other[id] == 0 {
			changed[i] = true
			continue
		}
		ids = append(ids, id)
		idx = append(idx, int32(base+i))
	}
	return ids, idx
}

func mark(flags []bool) {
	for i := range flags {
		flags[i] = true
	}
}
