package redline

// myers marks the changes between a[a0:a1] and b[b0:b1] with Myers' O(ND)
// algorithm in linear space (divide and conquer on the middle snake). Each split
// gives up after costCap edit steps and splits at the furthest point reached
// instead (xdiff's heuristic), and all splits share d.budget: once it is spent
// the remaining regions are marked changed as a whole.
func (d *differ) myers(a0, a1, b0, b1 int) {
	for {
		for a0 < a1 && b0 < b1 && d.a[a0] == d.b[b0] {
			a0, b0 = a0+1, b0+1
		}
		for a1 > a0 && b1 > b0 && d.a[a1-1] == d.b[b1-1] {
			a1, b1 = a1-1, b1-1
		}
		if a0 == a1 || b0 == b1 || d.budget <= 0 {
			if a0 != a1 && b0 != b1 {
				d.coarse = true
			}
			mark(d.ca[a0:a1])
			mark(d.cb[b0:b1])
			return
		}
		x, y := d.split(a0, a1, b0, b1)
		if x < a0 || x > a1 || y < b0 || y > b1 || (x == a0 && y == b0) || (x == a1 && y == b1) {
			// Cannot happen for a correct split; never loop on it.
			d.coarse = true
			mark(d.ca[a0:a1])
			mark(d.cb[b0:b1])
			return
		}
		// Recurse on the smaller half, loop on the other: bounded stack depth.
		if (x-a0)+(y-b0) < (a1-x)+(b1-y) {
			d.myers(a0, x, b0, y)
			a0, b0 = x, y
		} else {
			d.myers(x, a1, y, b1)
			a1, b1 = x, y
		}
	}
}

// split finds a point (x, y) on a shortest edit path through the region, or, past
// the cost cap, the point furthest from either corner that the searches reached.
// The region's first and last tokens differ (the caller trimmed them).
// Diagonals are k = x - y in absolute coordinates. The forward search only
// reaches diagonals within its cost of fmid, the backward one within its cost of
// bmid, so vf and vb each cover that window (offF, offB): with the cost cap they
// stay a few dozen entries long however large the region.
func (d *differ) split(a0, a1, b0, b1 int) (int, int) {
	a, b := d.a, d.b
	dmin, dmax := a0-b1, a1-b0
	fmid, bmid := a0-b0, a1-b1
	reach := min(d.costCap, ((a1-a0)+(b1-b0)+1)/2) + 1
	size := 2*reach + 1
	if cap(d.vf) < size {
		d.vf = make([]int, size)
		d.vb = make([]int, size)
	}
	vf, vb := d.vf[:size], d.vb[:size]
	offF, offB := reach-fmid, reach-bmid
	odd := (fmid-bmid)&1 != 0
	fmin, fmax, bmin, bmax := fmid, fmid, bmid, bmid
	vf[fmid+offF] = a0
	vb[bmid+offB] = a1
	const below, above = -1, int(^uint(0) >> 1)

	for cost := 1; ; cost++ {
		// Forward search one step further.
		if fmin > dmin {
			fmin--
			vf[fmin-1+offF] = below
		} else {
			fmin++
		}
		if fmax < dmax {
			fmax++
			vf[fmax+1+offF] = below
		} else {
			fmax--
		}
		work := 0
		for k := fmax; k >= fmin; k -= 2 {
			var x int
			if vf[k-1+offF] >= vf[k+1+offF] {
				x = vf[k-1+offF] + 1
			} else {
				x = vf[k+1+offF]
			}
			y := x - k
			x0 := x
			for x < a1 && y < b1 && a[x] == b[y] {
				x, y = x+1, y+1
			}
			work += 1 + x - x0
			vf[k+offF] = x
			if odd && bmin <= k && k <= bmax && vb[k+offB] <= x {
				d.budget -= work
				return x, y
			}
		}
		// Backward search one step further.
		if bmin > dmin {
			bmin--
			vb[bmin-1+offB] = above
		} else {
			bmin++
		}
		if bmax < dmax {
			bmax++
			vb[bmax+1+offB] = above
		} else {
			bmax--
		}
		for k := bmax; k >= bmin; k -= 2 {
			var x int
			if vb[k-1+offB] < vb[k+1+offB] {
				x = vb[k-1+offB]
			} else {
				x = vb[k+1+offB] - 1
			}
			y := x - k
			x0 := x
			for x > a0 && y > b0 && a[x-1] == b[y-1] {
				x, y = x-1, y-1
			}
			work += 1 + x0 - x
			vb[k+offB] = x
			if !odd && fmin <= k && k <= fmax && x <= vf[k+offF] {
				d.budget -= work
				return x, y
			}
		}
		d.budget -= work
		if cost >= d.costCap || d.budget <= 0 {
			d.coarse = d.coarse || d.budget <= 0
			return d.furthest(a0, a1, b0, b1, vf, vb, offF, offB, fmin, fmax, bmin, bmax)
		}
	}
}

// furthest picks the split used when a search is cut short: the forward or
// backward frontier point that got furthest from its own corner, clamped into
// the region.
func (d *differ) furthest(a0, a1, b0, b1 int, vf, vb []int, offF, offB, fmin, fmax, bmin, bmax int) (int, int) {
	fbest, fx := -1, a0
	for k := fmax; k >= fmin; k -= 2 {
		x := min(vf[k+offF], a1)
		y := x - k
		if y > b1 {
			x, y = b1+k, b1
		}
		if x+y > fbest {
			fbest, fx = x+y, x
		}
	}
	bbest, bx := int(^uint(0)>>1), a1
	for k := bmax; k >= bmin; k -= 2 {
		x := max(vb[k+offB], a0)
		y := x - k
		if y < b0 {
			x, y = b0+k, b0
		}
		if x+y < bbest {
			bbest, bx = x+y, x
		}
	}
	if (a1+b1)-bbest < fbest-(a0+b0) {
		return fx, fbest - fx
	}
	return bx, bbest - bx
}
