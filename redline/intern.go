package redline

import (
	"math"
	"math/bits"
	"unicode/utf8"
)

// interner gives every distinct comparison key a dense id and counts, per side,
// how often each id occurs (the diff uses the counts to discard and anchor).
// It is an open-addressing table keyed by the hash the tokenizer computes while
// scanning, so each word's bytes are read once.
type interner struct {
	slots  []uint64 // high 32 bits of the hash | id+1; 0 = empty; len is a power of two
	keys   []string
	hashes []uint64
	counts [2][]int32
	folded map[string]string // non-ASCII word -> comparison key
}

// newInterner sizes the table for about textBytes of text. A vocabulary grows
// roughly with the square root of a text's length (Heaps' law): H.R. 264's two
// versions, 418 KB, have 4,800 distinct words. The table doubles if it must.
func newInterner(textBytes int) *interner {
	n := 1024
	for limit := 16 * int(math.Sqrt(float64(textBytes))); n < limit; {
		n *= 2
	}
	vocab := n / 2
	return &interner{slots: writtenZeros(n), keys: make([]string, 0, vocab), hashes: make([]uint64, 0, vocab),
		counts: [2][]int32{make([]int32, 0, vocab), make([]int32, 0, vocab)}}
}

func (in *interner) intern(key string, h uint64, side int) int32 {
	return in.internN(key, h, side, 1)
}

// internN is intern for a key seen n times.
func (in *interner) internN(key string, h uint64, side int, n int32) int32 {
	mask := uint64(len(in.slots) - 1)
	tag := h &^ 0xFFFFFFFF
	for i := h & mask; ; i = (i + 1) & mask {
		slot := in.slots[i]
		if slot == 0 {
			id := int32(len(in.keys))
			in.slots[i] = tag | uint64(id+1)
			in.keys = append(in.keys, key)
			in.hashes = append(in.hashes, h)
			in.counts[0] = append(in.counts[0], 0)
			in.counts[1] = append(in.counts[1], 0)
			in.counts[side][id] += n
			if 2*len(in.keys) > len(in.slots) {
				in.grow()
			}
			return id
		}
		if slot&^0xFFFFFFFF == tag {
			if id := int32(slot&0xFFFFFFFF) - 1; in.keys[id] == key {
				in.counts[side][id] += n
				return id
			}
		}
	}
}

func (in *interner) grow() {
	in.slots = writtenZeros(2 * len(in.slots))
	mask := uint64(len(in.slots) - 1)
	for id, h := range in.hashes {
		i := h & mask
		for in.slots[i] != 0 {
			i = (i + 1) & mask
		}
		in.slots[i] = h&^0xFFFFFFFF | uint64(id+1)
	}
}

// writtenZeros returns n zeroed slots whose memory has been written. A large
// slice comes from fresh pages the kernel maps, on a first read, to its shared
// zero page; the interner's first access to a slot is a read, so each page
// then faults twice, and the second (copy-on-write) fault must flush the TLB
// of every CPU running the process: with the two versions tokenized at once
// that was a fifth of a whole-process diff of H.R. 264. Writing first makes
// one plain fault per page.
func writtenZeros(n int) []uint64 {
	s := make([]uint64, n)
	for i := 0; i < len(s); i += 512 { // one word per 4 KiB page
		s[i] = 0
	}
	return s
}

// fold returns the comparison key of a non-ASCII word, remembering it: the same
// few words ("Secretary’s", "115–72") recur throughout a bill.
func (in *interner) fold(w string) string {
	if !utf8.ValidString(w) {
		return w // binary garbage: nothing to fold, and not worth remembering
	}
	if k, ok := in.folded[w]; ok {
		return k
	}
	if in.folded == nil {
		in.folded = make(map[string]string)
	}
	k := fold(w)
	in.folded[w] = k
	return k
}

// Word scanning and hashing go eight bytes at a time: tokenizing is most of a
// redline's cost on a long, lightly amended bill.
const (
	lo21  = 0x2121212121212121
	hi80  = 0x8080808080808080
	prime = 0x9E3779B97F4A7C15
)

func load8(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

func step(h, x uint64) uint64 {
	h = (h ^ x) * prime
	return h ^ h>>29
}

// scanWord returns the end of the word starting at s[i], whether it is all
// ASCII and, if it is, its hash (equal to hashWord of the word). Each 8-byte
// chunk is tested at once for a byte ≤ 0x20 or ≥ 0x80 (the lowest such byte is
// found exactly even though the subtraction's borrows may flag bytes above it).
func scanWord(s string, i int) (int, bool, uint64) {
	start := i
	h := uint64(0)
	for i+8 <= len(s) {
		x := load8(s, i)
		m := ((x-lo21)&^x | x) & hi80
		if m == 0 {
			h = step(h, x)
			i += 8
			continue
		}
		n := bits.TrailingZeros64(m) >> 3
		if c := s[i+n]; c < utf8.RuneSelf && byteClass[c] != 0 {
			h = step(h, x&(1<<(8*n)-1))
			return i + n, true, mix(h ^ uint64(i+n-start))
		}
		break // a non-ASCII byte or a control character: take the slow path
	}
	j, ascii := slowWordEnd(s, start)
	if ascii {
		return j, true, hashWord(s[start:j])
	}
	return j, false, 0
}

func slowWordEnd(s string, i int) (int, bool) {
	ascii := true
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if byteClass[c] != 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) {
			break
		}
		ascii = false
		i += size
	}
	return i, ascii
}

// hashWord hashes a key as scanWord does: full 8-byte chunks, then the rest
// (possibly nothing) as one zero-padded chunk, then the length.
func hashWord(s string) uint64 {
	h, n := uint64(0), uint64(len(s))
	for len(s) >= 8 {
		h = step(h, load8(s, 0))
		s = s[8:]
	}
	var x uint64
	for k := 0; k < len(s); k++ {
		x |= uint64(s[k]) << (8 * k)
	}
	return mix(step(h, x) ^ n)
}

// mix is the 64-bit finalizer of MurmurHash3: it spreads the hash over all
// bits before the table masks it.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
