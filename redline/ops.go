package redline

import "strings"

// renderOps turns hunks into Ops and counts words. All op texts are slices of
// one string, so a large redline costs one text allocation.
func renderOps(hs []hunk, a, b doc) ([]Op, Stats) {
	var st Stats
	var sb strings.Builder
	type pending struct {
		kind     Kind
		mark     Mark
		from, to int
	}
	var ps []pending
	size := 0
	for _, h := range hs {
		for i := h.a0; i < h.a1 && !h.eq && !h.same; i++ {
			size += len(a.word(i)) + 2
		}
		for j := h.b0; j < h.b1; j++ {
			size += len(b.word(j)) + 2
		}
	}
	sb.Grow(size)
	// emit appends a token and returns 1 if it starts a word, 0 if it continues
	// the previous one (a token glued to it by a markup boundary, in the same op).
	emit := func(k Kind, m Mark, sep uint8, text string) int {
		start := sb.Len()
		sb.WriteString(sepText[sep])
		sb.WriteString(text)
		// A paragraph break inside a change starts a new op, so the break sits
		// between two <ins> (or <del>) rather than inside one.
		if n := len(ps); n > 0 && ps[n-1].kind == k && ps[n-1].mark == m && (k == Equal || sep != sepPara) {
			ps[n-1].to = sb.Len()
			if sep == sepNone {
				return 0
			}
			return 1
		}
		ps = append(ps, pending{k, m, start, sb.Len()})
		return 1
	}
	for _, h := range hs {
		if h.same {
			for j := h.b0; j < h.b1; j++ {
				t := b.toks[j]
				sep := t.sep
				if j == h.b0 {
					sep = max(sep, a.toks[h.a0].sep)
				}
				st.Unchanged += emit(Equal, t.mark, sep, b.word(j))
			}
			continue
		}
		if h.eq {
			for i, j := h.a0, h.b0; i < h.a1; i, j = i+1, j+1 {
				t := b.toks[j]
				sep := t.sep
				if j == 0 {
					sep = a.toks[i].sep // keep the old side's word boundary
				}
				if a.toks[i].mark != t.mark {
					st.MarkChanged++
				}
				st.Unchanged += emit(Equal, t.mark, sep, b.word(j))
			}
			continue
		}
		for i := h.a0; i < h.a1; i++ {
			t := a.toks[i]
			st.Deleted += emit(Delete, t.mark, t.sep, a.word(i))
		}
		for j := h.b0; j < h.b1; j++ {
			t := b.toks[j]
			st.Inserted += emit(Insert, t.mark, t.sep, b.word(j))
		}
	}
	all := sb.String()
	ops := make([]Op, len(ps))
	for i, p := range ps {
		ops[i] = Op{Kind: p.kind, Mark: p.mark, Text: all[p.from:p.to]}
	}
	return ops, st
}
