package redline

import (
	"encoding/json"
	"testing"
)

// FuzzWords checks that applying the ops to the old text reproduces the new
// text's words (and the old text's, from the other side), whatever the input:
// see checkOps. It also runs every renderer, which must not panic.
func FuzzWords(f *testing.F) {
	seeds := [][2]string{
		{"", ""},
		{"a b c", "a c b"},
		{"Sec. 1. The commissioner shall issue a license.", "Sec. 1. The department shall not issue a driver's license.\n\nSec. 2. New."},
		{"the ⟦-commissioner-⟧ ⟦+department+⟧ shall", "the commissioner shall ⟦+not+⟧"},
		{"commis⟦-s-⟧ioner x⟦++⟧y", "commissioner xy"},
		{"§ 2. a\r\n\r\nb  c", "§2. a b\u00a0c"},
		{"* * * Heading * * *\nSec. 1. x", "* * *\nSec. 2. x"},
		{"Secretary’s “rule” 115–72", "Secretary's \"rule\" 115-72 \xff"},
		{"a a a a b a a a", "a a b a a a a a"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, old, new string) {
		r := Diff(old, new)
		checkOps(t, old, new, r)
		if r.Summary == "" {
			t.Fatal("empty summary")
		}
		_ = HTML(r.Ops)
		_ = SideBySide(r.Ops)
		_ = Text(Excerpt(r, 12))
		if _, err := json.Marshal(r); err != nil {
			t.Fatal(err)
		}
	})
}
