package redline

import "fmt"

// parallelBytes is the combined input size from which the two versions are
// tokenized on two goroutines. Tokenizing is the largest single stage of a
// redline (about 5 ms of 11 on 625 KiB pairs); below this size a goroutine
// and the vocabulary merge cost more than they save.
const parallelBytes = 64 << 10

// tokenizePair tokenizes both versions and interns their words into one
// vocabulary. Ids and counts are exactly what tokenizing the old version and
// then the new one with a single interner gives: the new version's own
// vocabulary is merged in its order of first occurrence.
func tokenizePair(oldText, newText string) (a, b doc, in *interner) {
	if len(oldText)+len(newText) < parallelBytes {
		in = newInterner(len(oldText) + len(newText))
		return tokenize(oldText, in, 0), tokenize(newText, in, 1), in
	}
	type result struct {
		d     doc
		in    *interner
		panic any
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			// DiffWith recovers from panics on its own goroutine only.
			r.panic = recover()
			done <- r
		}()
		r.in = newInterner(len(newText))
		r.d = tokenize(newText, r.in, 1)
	}()
	in = newInterner(len(oldText) + len(newText))
	a = tokenize(oldText, in, 0)
	r := <-done
	if r.panic != nil {
		panic(fmt.Sprintf("tokenizing the new version: %v", r.panic))
	}
	b = r.d
	remap := make([]int32, len(r.in.keys))
	for id, key := range r.in.keys {
		remap[id] = in.internN(key, r.in.hashes[id], 1, r.in.counts[1][id])
	}
	for i, id := range b.ids {
		b.ids[i] = remap[id]
	}
	return a, b, in
}
