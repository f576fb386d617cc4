package redline

import (
	"slices"
	"strings"
	"testing"
)

// The parallel tokenizer must give the same ids, vocabulary and counts as the
// sequential one, or redlines would depend on input size.
func TestTokenizePairEqualsSequential(t *testing.T) {
	cases := loadBenchCases(t)
	cases = append(cases, benchCase{"markup and non-ASCII",
		strings.Repeat("Sec. 1. The ⟦-Secretary’s-⟧ ⟦+commissioner’s+⟧ ﬁle—copy of a license ", 2000),
		strings.Repeat("Sec. 1. The commissioner's file-copy of a licence, or photo ", 2100)})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.old)+len(c.new) < parallelBytes {
				t.Fatalf("case too small (%d bytes) to take the parallel path", len(c.old)+len(c.new))
			}
			seq := newInterner(len(c.old) + len(c.new))
			wantA, wantB := tokenize(c.old, seq, 0), tokenize(c.new, seq, 1)
			a, b, in := tokenizePair(c.old, c.new)
			switch {
			case !slices.Equal(a.ids, wantA.ids) || !slices.Equal(b.ids, wantB.ids):
				t.Error("token ids differ")
			case !slices.Equal(a.toks, wantA.toks) || !slices.Equal(b.toks, wantB.toks):
				t.Error("tokens differ")
			case !slices.Equal(in.keys, seq.keys):
				t.Error("vocabularies differ")
			case !slices.Equal(in.counts[0], seq.counts[0]) || !slices.Equal(in.counts[1], seq.counts[1]):
				t.Error("counts differ")
			}
		})
	}
}
