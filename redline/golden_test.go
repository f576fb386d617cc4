package redline

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden diffs each hand-made case in testdata/golden/<case>/{old,new}.txt
// and compares the text, HTML, JSON and excerpt renderings with the files kept
// beside them. Run `go test ./redline -run Golden -update` after a deliberate
// change and review the diff of the golden files.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			old := readFile(t, filepath.Join(dir, "old.txt"))
			new := readFile(t, filepath.Join(dir, "new.txt"))
			r := Diff(old, new)
			js, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			outputs := map[string]string{
				"redline.txt":     Text(r.Ops) + "\n\nSummary: " + r.Summary + "\n",
				"redline.html":    HTML(r.Ops) + "\n",
				"sidebyside.html": SideBySide(r.Ops) + "\n",
				"redline.json":    string(js) + "\n",
				"excerpt.txt":     Text(Excerpt(r, 20)) + "\n",
			}
			for name, got := range outputs {
				path := filepath.Join(dir, name)
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if want := readFile(t, path); got != want {
					t.Errorf("%s differs from the golden file (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
				}
			}
			checkOps(t, old, new, r)
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkOps asserts the invariants every result must keep: the Equal+Insert
// texts spell the new version and the Equal+Delete texts the old one (word for
// word), no op is empty or whitespace-only, and Stats count the ops' words.
func checkOps(t *testing.T, old, new string, r Result) {
	t.Helper()
	var a, b strings.Builder
	var st Stats
	for i, op := range r.Ops {
		if strings.TrimSpace(op.Text) == "" {
			t.Fatalf("op %d (%v) is empty or whitespace-only: %q", i, op.Kind, op.Text)
		}
		n := len(strings.Fields(op.Text))
		switch op.Kind {
		case Equal:
			a.WriteString(op.Text)
			b.WriteString(op.Text)
			st.Unchanged += n
		case Delete:
			a.WriteString(op.Text)
			st.Deleted += n
		case Insert:
			b.WriteString(op.Text)
			st.Inserted += n
		}
	}
	if got, want := strings.Join(words(b.String()), " "), strings.Join(words(StripMarkup(new)), " "); got != want {
		t.Fatalf("equal+insert ops do not spell the new version:\n got %.300q\nwant %.300q", got, want)
	}
	if got, want := letters(a.String()), letters(StripMarkup(old)); got != want {
		t.Fatalf("equal+delete ops do not spell the old version:\n got %.300q\nwant %.300q", got, want)
	}
	st.MarkChanged = r.Stats.MarkChanged
	if st != r.Stats {
		t.Errorf("stats %+v, but the ops hold %+v", r.Stats, st)
	}
	// A replacement (the deletions and insertions between two unchanged runs)
	// never differs from what it replaces by whitespace alone.
	for i := 0; i < len(r.Ops); {
		if r.Ops[i].Kind == Equal {
			i++
			continue
		}
		var del, ins strings.Builder
		for ; i < len(r.Ops) && r.Ops[i].Kind != Equal; i++ {
			if r.Ops[i].Kind == Delete {
				del.WriteString(r.Ops[i].Text)
			} else {
				ins.WriteString(r.Ops[i].Text)
			}
		}
		if letters(del.String()) == letters(ins.String()) {
			t.Errorf("a whitespace-only change: %q -> %q", del.String(), ins.String())
		}
	}
}

// letters is the text's comparison keys with all whitespace dropped: word
// boundaries of the old side may differ where markup glued a word, the words
// themselves may not.
func letters(s string) string {
	var buf bytes.Buffer
	for _, w := range words(s) {
		buf.WriteString(fold(w))
	}
	return buf.String()
}

// words splits on whitespace as the tokenizer does (zero-width space and BOM
// included, and a "word" of soft hyphens alone is none).
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, isSpaceRune) {
		if fold(w) != "" {
			out = append(out, w)
		}
	}
	return out
}
