package vtbill

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLayoutExercisesTheNormalizer(t *testing.T) {
	for _, b := range Bills() {
		t.Run(b.ID+" "+b.Version, func(t *testing.T) {
			_, st, err := Layout(b)
			if err != nil {
				t.Fatal(err)
			}
			if st.Pages < 2 {
				t.Errorf("%d pages; the head and numbering restart need 2+", st.Pages)
			}
			if st.HintSplits < 1 {
				t.Error("no word hyphenated across a line end")
			}
		})
	}
}

// TestCommittedPDFsAreCurrent fails when the generator changed but the PDFs
// in scraper/vt/testdata/pdf were not regenerated (go generate ./internal/pdfgen).
func TestCommittedPDFsAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "scraper", "vt", "testdata", "pdf")
	for _, b := range Bills() {
		doc, _, err := Layout(b)
		if err != nil {
			t.Fatal(err)
		}
		want, err := doc.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, b.Slug, b.File))
		if err != nil {
			t.Fatalf("%v (run go generate ./internal/pdfgen)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s/%s is stale: run go generate ./internal/pdfgen", b.Slug, b.File)
		}
		if b.File == Bills()[0].File {
			broken, err := os.ReadFile(filepath.Join(dir, "broken.pdf"))
			if err != nil || !bytes.Equal(broken, Truncate(want)) {
				t.Errorf("broken.pdf is missing or stale: %v", err)
			}
		}
	}
}

func TestFileName(t *testing.T) {
	tests := []struct{ id, version, want string }{
		{"S.124", "As Introduced", "S-0124 As Introduced.pdf"},
		{"H.351", "As Passed by Both House and Senate Unofficial", "H-0351 As Passed by Both House and Senate Unofficial.pdf"},
		{"PR.4", "As adopted by the Senate Official", "PR0004 As adopted by the Senate Official.pdf"},
	}
	for _, tt := range tests {
		if got := FileName(tt.id, tt.version); got != tt.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tt.id, tt.version, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	lines, hints, hyphens := wrap("aaaa bbbb motor vehi|cles non-federal", 16, 0)
	want := []string{"aaaa bbbb motor", "vehicles non-", "federal"}
	if strings.Join(lines, "|") != strings.Join(want, "|") || hints != 0 || hyphens != 1 {
		t.Errorf("wrap = %q (%d hint, %d hyphen splits), want %q", lines, hints, hyphens, want)
	}
	lines, hints, _ = wrap("aaaa bbbb vehi|cles", 15, 0)
	if strings.Join(lines, "|") != "aaaa bbbb vehi-|cles" || hints != 1 {
		t.Errorf("wrap = %q (%d hint splits)", lines, hints)
	}
	if lines, _, _ := wrap("(b) text here", 12, 5); lines[0] != "(b)" {
		t.Errorf("first-line indent ignored: %q", lines)
	}
}
