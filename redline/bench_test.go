package redline

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/billwatch/billwatch/textnorm"
)

// benchSize is the size of the generated cases: 625 KiB.
const benchSize = 625 << 10

// benchCase is an old/new pair of texts.
type benchCase struct {
	name     string
	old, new string
}

var (
	benchOnce  sync.Once
	benchCases []benchCase
)

// loadBenchCases returns the benchmark pairs: the two real USLM version pairs,
// and 625 KiB of real Washington session-law text with 2% of its words edited
// and with all its words shuffled (fixed seeds, so every run sees the same input).
func loadBenchCases(tb testing.TB) []benchCase {
	benchOnce.Do(func() {
		_, amended, _, _ := lawVersions(readWA(tb))
		base := truncateAtSpace(amended, benchSize)
		benchCases = []benchCase{
			{"hr264", readUSLM(tb, "h264_eh.XML"), readUSLM(tb, "H264_PCS.XML")},
			{"hr2157", readUSLM(tb, "H2157_IH.XML"), readUSLM(tb, "h2157_enr.XML")},
			{"edit2pct", base, editWords(base, 0.02, 1)},
			{"shuffled", base, shuffleWords(base, 2)},
		}
		// Every text billwatch stores or diffs has been through Clean, so
		// the benchmarks (and the files the whole-process comparison writes)
		// use cleaned text too.
		for i, c := range benchCases {
			benchCases[i].old, benchCases[i].new = textnorm.Clean(c.old), textnorm.Clean(c.new)
		}
	})
	return benchCases
}

func truncateAtSpace(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexAny(s[:n], " \n"); i > 0 {
		return s[:i]
	}
	return s[:n]
}

// editWords edits about rate of the words of text, keeping its lines: a third
// replaced by another word of the text, a third deleted, a third followed by an
// inserted word.
func editWords(text string, rate float64, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	vocab := strings.Fields(text)
	lines := strings.Split(text, "\n")
	for li, line := range lines {
		words := strings.Fields(line)
		out := words[:0:0]
		for _, w := range words {
			if rng.Float64() >= rate {
				out = append(out, w)
				continue
			}
			switch rng.IntN(3) {
			case 0:
				out = append(out, vocab[rng.IntN(len(vocab))])
			case 1:
			default:
				out = append(out, w, vocab[rng.IntN(len(vocab))])
			}
		}
		lines[li] = strings.Join(out, " ")
	}
	return strings.Join(lines, "\n")
}

// shuffleWords permutes all the words of text, keeping the number of words on
// each line, so a line diff sees every line changed too.
func shuffleWords(text string, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	words := strings.Fields(text)
	rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	lines := strings.Split(text, "\n")
	k := 0
	for li, line := range lines {
		n := len(strings.Fields(line))
		lines[li] = strings.Join(words[k:k+n], " ")
		k += n
	}
	return strings.Join(lines, "\n")
}

// BenchmarkDiff is the whole redline: tokenize, diff, sections, ops, summary.
func BenchmarkDiff(b *testing.B) {
	for _, c := range loadBenchCases(b) {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.old) + len(c.new)))
			b.ReportAllocs()
			var r Result
			for b.Loop() {
				r = Diff(c.old, c.new)
			}
			b.ReportMetric(float64(r.Stats.Inserted+r.Stats.Deleted), "changed-words")
		})
	}
}

// BenchmarkEngine is the word alignment alone on pre-interned tokens, to
// compare with BenchmarkGoDiff on the same tokens.
func BenchmarkEngine(b *testing.B) {
	for _, c := range loadBenchCases(b) {
		in := newInterner(0)
		x, y := tokenize(c.old, in, 0), tokenize(c.new, in, 1)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			changed := 0
			for b.Loop() {
				d := newDiffer(x.ids, y.ids, in.counts)
				d.run()
				changed = d.changes()
			}
			b.ReportMetric(float64(changed), "changed-words")
		})
	}
}

// BenchmarkGoDiff runs sergi/go-diff (diff-match-patch) on the same word tokens,
// each token mapped to one rune, with its default 1 s timeout.
func BenchmarkGoDiff(b *testing.B) {
	for _, c := range loadBenchCases(b) {
		in := newInterner(0)
		x, y := tokenize(c.old, in, 0), tokenize(c.new, in, 1)
		rx, ry := idRunes(x.ids), idRunes(y.ids)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			dmp := diffmatchpatch.New()
			changed := 0
			for b.Loop() {
				changed = 0
				for _, d := range dmp.DiffMainRunes(rx, ry, false) {
					if d.Type != diffmatchpatch.DiffEqual {
						changed += len([]rune(d.Text))
					}
				}
			}
			b.ReportMetric(float64(changed), "changed-words")
		})
	}
}

// idRunes maps token ids to runes, skipping the surrogate range that a Go string
// cannot hold (go-diff converts runes to strings internally).
func idRunes(ids []int32) []rune {
	out := make([]rune, len(ids))
	for i, id := range ids {
		r := rune(id) + 0x100
		if r >= 0xD800 {
			r += 0x800
		}
		out[i] = r
	}
	return out
}

// BenchmarkStages splits each redline into its stages, to show where the time
// goes.
func BenchmarkStages(b *testing.B) {
	for _, c := range loadBenchCases(b) {
		b.Run(c.name, func(b *testing.B) { benchStages(b, c) })
	}
}

func benchStages(b *testing.B, c benchCase) {
	b.Run("tokenize", func(b *testing.B) {
		for b.Loop() {
			in := newInterner(len(c.old) + len(c.new))
			tokenize(c.old, in, 0)
			tokenize(c.new, in, 1)
		}
	})
	in := newInterner(len(c.old) + len(c.new))
	x, y := tokenize(c.old, in, 0), tokenize(c.new, in, 1)
	b.Run("pair", func(b *testing.B) {
		for b.Loop() {
			pairSections(x, y)
		}
	})
	p := pairSections(x, y)
	b.Run("align", func(b *testing.B) {
		for b.Loop() {
			_, _ = alignedDiff(x, y, p, in.counts)
		}
	})
	d, budget := alignedDiff(x, y, p, in.counts)
	hs := buildHunks(d.ca, d.cb)
	b.Run("render", func(b *testing.B) {
		for b.Loop() {
			renderOps(coalesce(hs, x, y, 2), x, y)
		}
	})
	r := Diff(c.old, c.new)
	b.Run("text", func(b *testing.B) {
		for b.Loop() {
			Text(r.Ops)
		}
	})
	b.Run("report", func(b *testing.B) {
		for b.Loop() {
			reportSections(x, y, p, hs, in.counts, budget)
		}
	})
}
