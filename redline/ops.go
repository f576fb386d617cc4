package redline

import "strings"

// opBuilder collects the Ops of a redline. An op's text is, whenever it can
// be, a slice of the version it comes from: cleaned text already spells every
// separator the way an op does, so most ops need no copy at all. Only ops that
// cannot be one slice (a separator spelled differently, text joined across a
// markup boundary) are copied into one shared buffer.
type opBuilder struct {
	ops []pendingOp
	buf strings.Builder
}

// pendingOp is an op's text: src[from:to], or buf[from:to] when src is nil.
type pendingOp struct {
	kind     Kind
	mark     Mark
	src      *string
	from, to int
}

// emit appends the tokens d.toks[i:end] (one run, see runEnd) with sep before
// them, to the last op if it has the same kind and mark, or as a new op. It
// returns the number of words the run adds: a run glued to the previous op's
// last token (sepNone) continues that word.
func (o *opBuilder) emit(k Kind, m Mark, sep uint8, d *doc, i, end int) int {
	words := end - i
	s, e := int(d.toks[i].start), int(d.toks[end-1].end)
	sepStr := sepText[sep]
	inSource := s >= len(sepStr) && d.text[s-len(sepStr):s] == sepStr
	// A paragraph break inside a change starts a new op, so the break sits
	// between two <ins> (or <del>) rather than inside one.
	if n := len(o.ops); n > 0 && o.ops[n-1].kind == k && o.ops[n-1].mark == m && (k == Equal || sep != sepPara) {
		p := &o.ops[n-1]
		if sep == sepNone {
			words--
		}
		if p.src == &d.text && inSource && p.to == s-len(sepStr) {
			p.to = e // still one slice of the source
			return words
		}
		if p.src != nil { // from here on this op is built in the buffer
			text := (*p.src)[p.from:p.to]
			p.src, p.from = nil, o.buf.Len()
			o.buf.WriteString(text)
		}
		o.buf.WriteString(sepStr)
		o.buf.WriteString(d.text[s:e])
		p.to = o.buf.Len()
		return words
	}
	if inSource {
		o.ops = append(o.ops, pendingOp{k, m, &d.text, s - len(sepStr), e})
		return words
	}
	from := o.buf.Len()
	o.buf.WriteString(sepStr)
	o.buf.WriteString(d.text[s:e])
	o.ops = append(o.ops, pendingOp{k, m, nil, from, o.buf.Len()})
	return words
}

func (o *opBuilder) result() []Op {
	all := o.buf.String()
	ops := make([]Op, len(o.ops))
	for i, p := range o.ops {
		text := all
		if p.src != nil {
			text = *p.src
		}
		ops[i] = Op{Kind: p.kind, Mark: p.mark, Text: text[p.from:p.to]}
	}
	return ops
}

// renderOps turns hunks into Ops and counts words.
func renderOps(hs []hunk, a, b doc) ([]Op, Stats) {
	var st Stats
	var o opBuilder
	for _, h := range hs {
		if h.same {
			for j := h.b0; j < h.b1; j++ {
				sep := b.toks[j].sep
				if j == h.b0 {
					sep = max(sep, a.toks[h.a0].sep)
				}
				st.Unchanged += o.emit(Equal, b.toks[j].mark, sep, &b, j, j+1)
			}
			continue
		}
		if h.eq {
			for i, j := h.a0, h.b0; i < h.a1; i, j = i+1, j+1 {
				if a.toks[i].mark != b.toks[j].mark {
					st.MarkChanged++
				}
			}
			for j := h.b0; j < h.b1; {
				end := b.runEnd(j, h.b1, true)
				sep := b.toks[j].sep
				if j == 0 {
					sep = a.toks[h.a0].sep // keep the old side's word boundary
				}
				st.Unchanged += o.emit(Equal, b.toks[j].mark, sep, &b, j, end)
				j = end
			}
			continue
		}
		for i := h.a0; i < h.a1; {
			end := a.runEnd(i, h.a1, false)
			st.Deleted += o.emit(Delete, a.toks[i].mark, a.toks[i].sep, &a, i, end)
			i = end
		}
		for j := h.b0; j < h.b1; {
			end := b.runEnd(j, h.b1, false)
			st.Inserted += o.emit(Insert, b.toks[j].mark, b.toks[j].sep, &b, j, end)
			j = end
		}
	}
	return o.result(), st
}

// runEnd returns the end of the run of tokens from i (before end) that can be
// emitted as one slice of the text: one mark throughout, and every separator
// spelled exactly as its class is (always so in cleaned text; a markup boundary
// or a doubled space ends the run). A change's run also ends at a paragraph
// break, which must start a new op. Emitting runs, not words, halves the cost
// of rendering a long redline.
func (d *doc) runEnd(i, end int, equal bool) int {
	m := d.toks[i].mark
	k := i + 1
	for ; k < end; k++ {
		t := d.toks[k]
		if t.mark != m || t.sep == sepNone || !equal && t.sep == sepPara ||
			d.text[d.toks[k-1].end:t.start] != sepText[t.sep] {
			break
		}
	}
	return k
}
