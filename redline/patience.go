package redline

import "sort"

// patience splits [a0,a1)×[b0,b1) at tokens that occur exactly once on each
// side, keeping the longest run of them that is in the same order on both
// sides, and recurses into the gaps. Unique words (amounts, citations, names)
// are what a reader aligns two versions by, so this gives readable redlines and
// runs in O(n log n) per level.
func (d *differ) patience(a0, a1, b0, b1, depth int) {
	for a0 < a1 && b0 < b1 && d.a[a0] == d.b[b0] {
		a0, b0 = a0+1, b0+1
	}
	for a1 > a0 && b1 > b0 && d.a[a1-1] == d.b[b1-1] {
		a1, b1 = a1-1, b1-1
	}
	if a0 == a1 || b0 == b1 {
		mark(d.ca[a0:a1])
		mark(d.cb[b0:b1])
		return
	}
	if depth >= maxPatienceDepth || (a1-a0)+(b1-b0) < minPatienceSize {
		d.myers(a0, a1, b0, b1)
		return
	}
	anchors := d.anchors(a0, a1, b0, b1)
	if len(anchors) == 0 {
		d.myers(a0, a1, b0, b1)
		return
	}
	pa, pb := a0, b0
	for _, an := range anchors {
		d.patience(pa, int(an.a), pb, int(an.b), depth+1)
		pa, pb = int(an.a)+1, int(an.b)+1
	}
	d.patience(pa, a1, pb, b1, depth+1)
}

type anchor struct{ a, b int32 }

// anchors returns the unique-in-both tokens of the region that form the longest
// subsequence increasing on both sides, in order.
func (d *differ) anchors(a0, a1, b0, b1 int) []anchor {
	d.budget -= (a1 - a0) + (b1 - b0)
	for _, id := range d.a[a0:a1] {
		d.cntA[id]++
	}
	for j := b0; j < b1; j++ {
		id := d.b[j]
		d.cntB[id]++
		d.posB[id] = int32(j)
	}
	cand := d.cand[:0] // scratch: only the returned anchors outlive this call
	for i := a0; i < a1; i++ {
		id := d.a[i]
		if d.cntA[id] == 1 && d.cntB[id] == 1 {
			cand = append(cand, anchor{int32(i), d.posB[id]})
		}
	}
	d.cand = cand
	for _, id := range d.a[a0:a1] {
		d.cntA[id] = 0
	}
	for _, id := range d.b[b0:b1] {
		d.cntB[id] = 0
	}
	var out []anchor
	out, d.lis = longestIncreasingWith(cand, d.lis)
	return out
}

// longestIncreasing returns the longest subsequence of cand (ordered by a)
// whose b values increase: patience sorting with back links.
func longestIncreasing(cand []anchor) []anchor {
	out, _ := longestIncreasingWith(cand, nil)
	return out
}

// longestIncreasingWith is longestIncreasing with a reusable scratch buffer,
// which it returns (grown as needed).
func longestIncreasingWith(cand []anchor, scratch []int32) ([]anchor, []int32) {
	if len(cand) == 0 {
		return nil, scratch
	}
	if cap(scratch) < 2*len(cand) {
		scratch = make([]int32, 2*len(cand))
	}
	prev := scratch[:len(cand)]
	tops := scratch[len(cand) : len(cand) : 2*len(cand)] // index into cand of each pile's top
	for i, c := range cand {
		k := sort.Search(len(tops), func(p int) bool { return cand[tops[p]].b >= c.b })
		if k > 0 {
			prev[i] = tops[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tops) {
			tops = append(tops, int32(i))
		} else {
			tops[k] = int32(i)
		}
	}
	out := make([]anchor, len(tops))
	for i, k := len(tops)-1, tops[len(tops)-1]; i >= 0; i, k = i-1, prev[k] {
		out[i] = cand[k]
	}
	return out, scratch
}
