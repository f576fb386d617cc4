package watchlist

import "sync"

// An index holds every phrase of one or more watchlists compiled to token-id
// sequences, so a text is tokenized once and scanned once whatever the number
// of watchlists and phrases. Only words that occur in some phrase get an id;
// every other word is skipped at the cost of one map lookup.

// Phrase kinds, also their order in explanations.
const (
	kindAny = iota
	kindAll
	kindNone
)

// phraseRef says which configured term an occurrence belongs to.
type phraseRef struct {
	list  int // watchlist index within the index
	kind  int // kindAny, kindAll, kindNone
	group int // group index for kindAll
	term  int // index of the term in its list (Any, All[group].Phrases, None)
}

type compiledPhrase struct {
	ids []uint32
	ref phraseRef
}

type index struct {
	vocab   map[string]uint32
	byFirst [][]int32 // token id -> phrases starting with it
	phrases []compiledPhrase
	lists   []*Watchlist
}

// newIndex compiles the phrases of lists. Phrases were checked to yield at
// least one token when the watchlists were validated.
func newIndex(lists []*Watchlist) *index {
	ix := &index{vocab: map[string]uint32{}, lists: lists}
	for li, w := range lists {
		for ti, p := range w.Any {
			ix.add(p, phraseRef{list: li, kind: kindAny, term: ti})
		}
		for gi, g := range w.All {
			for ti, p := range g.Phrases {
				ix.add(p, phraseRef{list: li, kind: kindAll, group: gi, term: ti})
			}
		}
		for ti, p := range w.None {
			ix.add(p, phraseRef{list: li, kind: kindNone, term: ti})
		}
	}
	ix.byFirst = make([][]int32, len(ix.vocab)+1)
	for pi, p := range ix.phrases {
		ix.byFirst[p.ids[0]] = append(ix.byFirst[p.ids[0]], int32(pi))
	}
	return ix
}

func (ix *index) add(phrase string, ref phraseRef) {
	for _, words := range phraseVariants(phrase) {
		ids := make([]uint32, len(words))
		for i, w := range words {
			id, ok := ix.vocab[w]
			if !ok {
				id = uint32(len(ix.vocab) + 1)
				ix.vocab[w] = id
			}
			ids[i] = id
		}
		ix.phrases = append(ix.phrases, compiledPhrase{ids: ids, ref: ref})
	}
}

// known is one text word that occurs in some phrase.
type known struct {
	pos        int32 // word position in the field, counting every word
	start, end int32 // byte span in the field text
	id         uint32
}

// occurrence is one phrase found in one field of a document.
type occurrence struct {
	ref        phraseRef
	field      int   // 0 title, 1 abstract, 2+i version i
	pos        int32 // word position of the phrase's first word
	start, end int32 // byte span of the phrase
}

// scanField finds every phrase occurrence in text and appends it to out.
// words is scratch space reused between fields.
func (ix *index) scanField(text string, field int, words []known, out []occurrence) ([]known, []occurrence) {
	words = words[:0]
	sc := wordScanner{text: text}
	for pos := int32(0); ; pos++ {
		w, start, end, ok := sc.next()
		if !ok {
			break
		}
		if id, hit := ix.vocab[string(w)]; hit {
			words = append(words, known{pos: pos, start: int32(start), end: int32(end), id: id})
		}
	}
	for i, k := range words {
		for _, pi := range ix.byFirst[k.id] {
			p := &ix.phrases[pi]
			if i+len(p.ids) > len(words) {
				continue
			}
			matched := true
			for j := 1; j < len(p.ids); j++ {
				next := words[i+j]
				if next.id != p.ids[j] || next.pos != k.pos+int32(j) {
					matched = false
					break
				}
			}
			if matched {
				last := words[i+len(p.ids)-1]
				out = append(out, occurrence{ref: p.ref, field: field, pos: k.pos, start: k.start, end: last.end})
			}
		}
	}
	return words, out
}

// scratchPool recycles the per-scan word buffer, which for a long bill
// holds tens of thousands of entries.
var scratchPool = sync.Pool{New: func() any { return new([]known) }}

// scan finds every phrase occurrence in every field of d, grouped by
// watchlist, in field then position order.
func (ix *index) scan(d *Doc) [][]occurrence {
	scratch := scratchPool.Get().(*[]known)
	defer scratchPool.Put(scratch)
	words := (*scratch)[:0]
	defer func() { *scratch = words[:0] }()
	var all []occurrence
	words, all = ix.scanField(d.Title, 0, words, all)
	words, all = ix.scanField(d.Abstract, 1, words, all)
	for i, t := range d.Texts {
		words, all = ix.scanField(t.Text, 2+i, words, all)
	}
	byList := make([][]occurrence, len(ix.lists))
	for _, o := range all {
		byList[o.ref.list] = append(byList[o.ref.list], o)
	}
	return byList
}
