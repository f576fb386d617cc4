package textnorm

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Run `go test ./textnorm -update` to rewrite golden files (and the captured
// pdftotext output, when pdftotext is installed) after a deliberate change.
var update = flag.Bool("update", false, "rewrite golden files in testdata")

// checkGolden compares got with the golden file, or rewrites it under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update if the change is intended)\n--- got ---\n%s", path, got)
	}
}

// needPDFTool skips a test that runs pdftotext when it is not installed.
func needPDFTool(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath(DefaultPDFTool); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils); skipping PDF extraction test")
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// vtPDFs lists the reconstructed Vermont bill PDFs shared with the scraper's
// tests and the offline demo (written by internal/pdfgen/cmd/vtbillpdf).
func vtPDFs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "scraper", "vt", "testdata", "pdf", "*", "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no reconstructed Vermont PDFs found (run go generate ./internal/pdfgen): %v", err)
	}
	return files
}
