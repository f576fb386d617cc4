package redline

// hunk is a run of tokens a[a0:a1] and b[b0:b1]: equal (same length, token by
// token) or a change (a deletion of a[a0:a1] followed by an insertion of
// b[b0:b1]; either side may be empty).
type hunk struct {
	a0, a1, b0, b1 int
	eq             bool
	// same marks a change whose two sides differ only in where whitespace
	// falls ("§ 2." / "§2.", "licen se" / "license"): shown and counted as
	// unchanged, in the new version's spelling.
	same bool
}

// markSame flags the change hunks whose sides have the same characters once
// whitespace is ignored (keys are the interned comparison keys).
func markSame(hs []hunk, a, b doc, keys []string) {
	for k := range hs {
		h := &hs[k]
		if h.eq || h.a0 == h.a1 || h.b0 == h.b1 {
			continue
		}
		h.same = sameLetters(a.ids[h.a0:h.a1], b.ids[h.b0:h.b1], keys)
	}
}

// sameLetters compares the concatenations of two key sequences without
// building them.
func sameLetters(x, y []int32, keys []string) bool {
	var p, q string
	for {
		for p == "" && len(x) > 0 {
			p, x = keys[x[0]], x[1:]
		}
		for q == "" && len(y) > 0 {
			q, y = keys[y[0]], y[1:]
		}
		if p == "" || q == "" {
			return p == "" && q == ""
		}
		n := min(len(p), len(q))
		if p[:n] != q[:n] {
			return false
		}
		p, q = p[n:], q[n:]
	}
}

// buildHunks reads hunks off the changed flags: unchanged tokens pair up in
// order on both sides.
func buildHunks(ca, cb []bool) []hunk {
	var hs []hunk
	i, j := 0, 0
	for i < len(ca) || j < len(cb) {
		if i < len(ca) && j < len(cb) && !ca[i] && !cb[j] {
			i0, j0 := i, j
			for i < len(ca) && j < len(cb) && !ca[i] && !cb[j] {
				i, j = i+1, j+1
			}
			hs = append(hs, hunk{a0: i0, a1: i, b0: j0, b1: j, eq: true})
			continue
		}
		i0, j0 := i, j
		for i < len(ca) && ca[i] {
			i++
		}
		for j < len(cb) && cb[j] {
			j++
		}
		if i == i0 && j == j0 {
			// Unpaired unchanged tokens: impossible for consistent flags, but
			// never loop; show the rest as a change.
			i, j = len(ca), len(cb)
		}
		hs = append(hs, hunk{a0: i0, a1: i, b0: j0, b1: j})
	}
	return hs
}

// coalesce folds short unchanged runs that sit between two changes into one
// deletion plus one insertion, so a rewritten clause reads as a replaced clause
// rather than confetti. A run is folded when it has at most w words, or at most
// 3w words and each neighbouring change is at least four times its size. Runs
// that carry a blank line or start a section heading are kept: they are the
// structure a reader navigates by.
func coalesce(hs []hunk, a, b doc, w int) []hunk {
	out := make([]hunk, 0, len(hs))
	for _, h := range hs {
		n := len(out)
		if !h.eq && n >= 2 && out[n-1].eq && !out[n-2].eq && foldable(out[n-1], out[n-2], h, b, w) {
			out[n-2].a1, out[n-2].b1 = h.a1, h.b1
			out = out[:n-1]
			continue
		}
		out = append(out, h)
	}
	return out
}

func foldable(eq, left, right hunk, b doc, w int) bool {
	e := eq.a1 - eq.a0
	if e > 3*w {
		return false
	}
	if e > w {
		l := max(left.a1-left.a0, left.b1-left.b0)
		r := max(right.a1-right.a0, right.b1-right.b0)
		if 4*e > l || 4*e > r {
			return false
		}
	}
	for j := eq.b0; j < eq.b1; j++ {
		t := b.toks[j]
		if t.sep == sepPara || (t.sep == sepLine && headingAt(&b, j) > 0) {
			return false
		}
	}
	return true
}
