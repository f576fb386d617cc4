package redline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func randomBytes(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return string(b)
}

// Bad input never panics and gives a clear, correct result.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		summary  string // "" = do not check
	}{
		{"both empty", "", "", "No changes"},
		{"whitespace only", " \n\t\r\n ", "\n\n", "No changes"},
		{"old empty", "", "Sec. 1. New text.", "Sec. 1 added"},
		{"new empty", "Sec. 1. Old text.", "", "Sec. 1 removed"},
		{"unsectioned text", "one two three", "one two four", "Text amended (+1 −1 words)"},
		{"identical", "Sec. 1. Same.\nSec. 2. Same too.", "Sec. 1. Same.\nSec. 2. Same too.", "No changes"},
		{"crlf versus lf", "Sec. 1. A\r\nB\r\n\r\nC", "Sec. 1. A\nB\n\nC", "No changes"},
		{"typographic quotes and dashes only", "the Secretary’s “rule” 115–72", "the Secretary's \"rule\" 115-72", "No changes"},
		{"nbsp and zero-width spaces", "a\u00a0b\u200bc", "a b c", "No changes"},
		{"invalid utf-8", "a \xff\xfe b", "a \xff b", ""},
		{"binary garbage", randomBytes(64<<10, 1), randomBytes(64<<10, 2), ""},
		{"one huge word", strings.Repeat("x", 1<<20), strings.Repeat("x", 1<<20) + "y", "Text amended (+1 −1 words)"},
		{"markers only", "⟦+⟦-+⟧-⟧", "⟦-⟧", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Diff(tt.old, tt.new)
			if tt.summary != "" && r.Summary != tt.summary {
				t.Errorf("summary = %q, want %q", r.Summary, tt.summary)
			}
			if r.Summary == "" {
				t.Errorf("empty summary")
			}
			checkOps(t, tt.old, tt.new, r)
			for _, s := range []string{HTML(r.Ops), SideBySide(r.Ops)} {
				if !utf8.ValidString(s) && utf8.ValidString(tt.old) && utf8.ValidString(tt.new) {
					t.Errorf("renderer produced invalid UTF-8")
				}
			}
			if _, err := JSON(r); err != nil {
				t.Errorf("JSON: %v", err)
			}
		})
	}
}

// Large and hostile inputs stay bounded: a 10 MB bill against an edited copy,
// and against a fully shuffled copy, complete (the time is reported by the
// benchmarks; tests assert no timings) and fall back to Coarse only if the
// work budget runs out.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB inputs")
	}
	base := loadBenchCases(t)[2].old
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		sb.WriteString(base)
		sb.WriteString("\n\n")
	}
	big := sb.String()
	for name, other := range map[string]string{
		"edited":   editWords(big, 0.02, 7),
		"shuffled": shuffleWords(big, 9),
		"garbage":  randomBytes(10<<20, 3),
	} {
		t.Run(name, func(t *testing.T) {
			r := Diff(big, other)
			if !r.Changed() || r.Summary == "" {
				t.Fatalf("no changes found: %q", r.Summary)
			}
			checkOps(t, big, other, r)
		})
	}
	t.Run("identical", func(t *testing.T) {
		r := Diff(big, big)
		if r.Changed() || len(r.Ops) != 1 || r.Summary != "No changes" {
			t.Errorf("identical 10 MB texts: %d ops, summary %q", len(r.Ops), r.Summary)
		}
	})
}

// The budget bound: with a tiny budget the engine still returns a correct
// edit script, flagged Coarse.
func TestBudgetExhaustionStaysCorrect(t *testing.T) {
	c := loadBenchCases(t)[3] // shuffled
	in := newInterner(0)
	a, b := tokenize(c.old, in, 0), tokenize(c.new, in, 1)
	d := newDiffer(a.ids, b.ids, in.counts)
	d.budget = 10000
	d.run()
	if !d.coarse {
		t.Errorf("a spent budget should flag the result coarse")
	}
	hs := buildHunks(d.ca, d.cb)
	for _, h := range hs {
		if h.eq {
			for i, j := h.a0, h.b0; i < h.a1; i, j = i+1, j+1 {
				if a.ids[i] != b.ids[j] {
					t.Fatalf("equal hunk pairs different words %q and %q", a.word(i), b.word(j))
				}
			}
		}
	}
	if last := hs[len(hs)-1]; last.a1 != len(a.ids) || last.b1 != len(b.ids) {
		t.Fatalf("hunks stop at %d/%d of %d/%d tokens", last.a1, last.b1, len(a.ids), len(b.ids))
	}
}
