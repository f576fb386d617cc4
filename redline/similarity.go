package redline

import "slices"

// similarityPairsCap bounds the pairwise content comparison of sections left
// unmatched by heading and exact content; beyond it they stay added/removed.
const (
	similarityPairsCap = 40000
	similarityWorkCap  = 16 // times the words of both versions
	similarityMin      = 0.5
)

// dice is the Dice coefficient of two section bodies as multisets of word
// pairs (bigrams): single words would make any two paragraphs of the same bill
// look alike ("the", "of", "Secretary"); runs of two rarely repeat by chance.
// Bodies of one word compare as words.
func (m *sectionMatcher) dice(i, j int) float64 {
	y := m.newBody(j)
	return diceWith(m.oldBody(i), y, bigramCounts(y))
}

func bigram(p, q int32) uint64 { return uint64(uint32(p))<<32 | uint64(uint32(q)) }

func bigramCounts(y []int32) map[uint64]int32 {
	counts := make(map[uint64]int32, len(y))
	for k := 1; k < len(y); k++ {
		counts[bigram(y[k-1], y[k])]++
	}
	return counts
}

// lengthsAllow reports whether bodies of n and m words could reach
// similarityMin at all.
func lengthsAllow(n, m int) bool {
	if n <= 1 || m <= 1 {
		return n == m
	}
	return float64(2*min(n-1, m-1))/float64(n+m-2) >= similarityMin
}

// diceWith compares x with y, whose bigram counts are given (and left as they
// were).
func diceWith(x, y []int32, counts map[uint64]int32) float64 {
	if len(x) <= 1 || len(y) <= 1 {
		if len(x) == len(y) && (len(x) == 0 || x[0] == y[0]) {
			return 1
		}
		return 0
	}
	if !lengthsAllow(len(x), len(y)) {
		return 0
	}
	var taken []uint64
	for k := 1; k < len(x); k++ {
		if b := bigram(x[k-1], x[k]); counts[b] > 0 {
			counts[b]--
			taken = append(taken, b)
		}
	}
	for _, b := range taken {
		counts[b]++
	}
	shared := len(taken)
	return float64(2*shared) / float64(len(x)+len(y)-2)
}

// bySimilarity pairs leftover sections whose bodies are similar, best pairs
// first. It is skipped when the comparisons would cost more than a few passes
// over the text.
func (m *sectionMatcher) bySimilarity() {
	var oldFree, newFree []int
	for i := range m.p.sa {
		if !m.p.used[i] {
			oldFree = append(oldFree, i)
		}
	}
	for j := range m.p.sb {
		if m.p.pairOf[j] < 0 {
			newFree = append(newFree, j)
		}
	}
	if len(oldFree) == 0 || len(newFree) == 0 || len(oldFree)*len(newFree) > similarityPairsCap {
		return
	}
	work := 0
	for _, j := range newFree {
		for _, i := range oldFree {
			if n, k := len(m.oldBody(i)), len(m.newBody(j)); lengthsAllow(n, k) {
				work += n + k
			}
		}
	}
	if work > similarityWorkCap*(len(m.a.ids)+len(m.b.ids)+1) {
		return
	}
	type cand struct {
		score float64
		i, j  int
	}
	var cands []cand
	for _, j := range newFree {
		y := m.newBody(j)
		counts := bigramCounts(y)
		for _, i := range oldFree {
			if s := diceWith(m.oldBody(i), y, counts); s >= similarityMin {
				cands = append(cands, cand{s, i, j})
			}
		}
	}
	slices.SortStableFunc(cands, func(p, q cand) int {
		switch {
		case p.score > q.score:
			return -1
		case p.score < q.score:
			return 1
		}
		return 0
	})
	for _, c := range cands {
		if !m.p.used[c.i] && m.p.pairOf[c.j] < 0 {
			m.pair(c.i, c.j, false)
		}
	}
}
