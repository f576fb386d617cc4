package textnorm

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPDFToTextErrors(t *testing.T) {
	broken := filepath.Join("..", "scraper", "vt", "testdata", "pdf", "broken.pdf")
	tests := []struct {
		name    string
		ex      PDFExtractor
		pdf     []byte
		needs   bool // needs pdftotext installed
		wantErr error
	}{
		{"not a PDF", PDFExtractor{}, []byte("<html><body>Bill not found</body></html>"), false, ErrNotPDF},
		{"empty input", PDFExtractor{}, nil, false, ErrNotPDF},
		{"tool missing", PDFExtractor{Tool: "pdftotext-not-installed-here"}, []byte("%PDF-1.4\n"), false, ErrNoPDFTool},
		{"truncated PDF", PDFExtractor{}, readFile(t, broken), true, ErrPDFUnreadable},
		{"output over the cap", PDFExtractor{MaxText: 100}, readFile(t, filepath.Join("testdata", "pdf", "NY_S2622-Progressive-Income-Tax.pdf")), true, ErrTextTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.needs {
				needPDFTool(t)
			}
			_, err := tt.ex.Text(context.Background(), tt.pdf)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr == ErrNoPDFTool && !strings.Contains(err.Error(), "apt-get install poppler-utils") {
				t.Errorf("message should say how to install: %v", err)
			}
		})
	}
}

// TestPDFToTextTimeout stands in a tool that never finishes and checks that
// the extractor stops it and reports the deadline.
func TestPDFToTextTimeout(t *testing.T) {
	slow := filepath.Join(t.TempDir(), "slow-pdftotext")
	if err := os.WriteFile(slow, []byte("#!/bin/sh\nexec sleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	pdf := []byte("%PDF-1.4\n")

	start := time.Now()
	_, err := PDFExtractor{Tool: slow, Timeout: 200 * time.Millisecond}.Text(context.Background(), pdf)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded", err)
	}
	if time.Since(start) > 20*time.Second {
		t.Errorf("the stalled tool was not stopped") // generous: only catches a hang
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (PDFExtractor{Tool: slow}).Text(ctx, pdf); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled ctx: err = %v, want context.Canceled", err)
	}
}

func TestPDFToText(t *testing.T) {
	needPDFTool(t)
	text, err := PDFToText(context.Background(), readFile(t, filepath.Join("testdata", "pdf", "NY_S2622-Progressive-Income-Tax.pdf")))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text, "\f"); n != 21 {
		t.Errorf("got %d page breaks, want 21 (one per page)", n)
	}
	// Layout mode keeps the margin number on its line, which StripLineNumbers needs.
	if !strings.Contains(text, " 1     Section 1. Clauses (iv), (v), (vi), (vii) and (viii) of subparagraph") {
		t.Errorf("layout text lacks the numbered first line:\n%.800s", text)
	}
}

func TestPDFToolVersion(t *testing.T) {
	needPDFTool(t)
	v, err := PDFToolVersion()
	if err != nil {
		t.Fatal(err)
	}
	if v == "" || v[0] < '0' || v[0] > '9' {
		t.Errorf("version = %q, want a version number", v)
	}
	if _, err := (PDFExtractor{Tool: "pdftotext-not-installed-here"}).ToolVersion(); !errors.Is(err, ErrNoPDFTool) {
		t.Errorf("missing tool: err = %v, want ErrNoPDFTool", err)
	}
}

// NormalizePDFText sends a Vermont bill to Vermont and strips the margin line
// numbers of any other.
func TestNormalizePDFText(t *testing.T) {
	vt := string(readFile(t, filepath.Join("testdata", "vt", "2026_H-0351_As_Introduced.layout.txt")))
	if got := NormalizePDFText(vt); got != Vermont(vt) {
		t.Errorf("Vermont bill: got %.300q", got)
	}
	numbered := "                 118TH CONGRESS\n\n 1   SECTION 1. SHORT TITLE.\n 2        This Act may be cited as the\n 3   ‘‘Example Act’’.\n"
	if got, want := NormalizePDFText(numbered), "118TH CONGRESS\n\nSECTION 1. SHORT TITLE.\nThis Act may be cited as the\n‘‘Example Act’’."; got != want {
		t.Errorf("numbered bill: got %q, want %q", got, want)
	}
}
