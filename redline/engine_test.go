package redline

import (
	"math/rand/v2"
	"testing"
)

// lcsLength is the textbook dynamic program, the reference for small inputs.
func lcsLength(a, b []int32) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func randomIDs(rng *rand.Rand, n, alphabet int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32(rng.IntN(alphabet))
	}
	return s
}

func countsOf(a, b []int32) [2][]int32 {
	var c [2][]int32
	c[0], c[1] = make([]int32, 64), make([]int32, 64)
	for _, id := range a {
		c[0][id]++
	}
	for _, id := range b {
		c[1][id]++
	}
	return c
}

// The uncapped linear-space Myers split must find a shortest edit script, and
// the capped engine a valid one: equal hunks pair equal ids and cover both
// sequences in order.
func TestMyersIsMinimalAndEngineIsValid(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := 0; trial < 3000; trial++ {
		a := randomIDs(rng, rng.IntN(40), 2+rng.IntN(6))
		b := randomIDs(rng, rng.IntN(40), 2+rng.IntN(6))
		counts := countsOf(a, b)
		want := len(a) + len(b) - 2*lcsLength(a, b)

		exact := newDiffer(a, b, counts)
		exact.budget, exact.costCap = 1<<62, 1<<30
		exact.myers(0, len(a), 0, len(b))
		if got := exact.changes(); got != want {
			t.Fatalf("trial %d: myers changes %d, shortest is %d\na=%v\nb=%v", trial, got, want, a, b)
		}

		d := newDiffer(a, b, counts)
		d.costCap = 1 + rng.IntN(4) // tiny caps exercise the furthest-point split
		d.run()
		i, j := 0, 0
		for _, h := range buildHunks(d.ca, d.cb) {
			if h.a0 != i || h.b0 != j {
				t.Fatalf("trial %d: hunks skip from %d/%d to %d/%d", trial, i, j, h.a0, h.b0)
			}
			if h.eq {
				for k := 0; k < h.a1-h.a0; k++ {
					if a[h.a0+k] != b[h.b0+k] {
						t.Fatalf("trial %d: equal hunk pairs %d with %d", trial, a[h.a0+k], b[h.b0+k])
					}
				}
			}
			i, j = h.a1, h.b1
		}
		if i != len(a) || j != len(b) {
			t.Fatalf("trial %d: hunks end at %d/%d of %d/%d", trial, i, j, len(a), len(b))
		}
		if got := d.changes(); got < want {
			t.Fatalf("trial %d: engine claims %d changes, below the minimum %d", trial, got, want)
		}
	}
}

func TestLongestIncreasing(t *testing.T) {
	cand := []anchor{{0, 5}, {1, 1}, {2, 2}, {3, 9}, {4, 3}, {5, 4}, {6, 0}}
	got := longestIncreasing(cand)
	want := []anchor{{1, 1}, {2, 2}, {4, 3}, {5, 4}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}
