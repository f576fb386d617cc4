package pdfgen

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func sample() *Document {
	d := &Document{Title: "S.124 (sample)"}
	p := d.NewPage()
	p.Add(Helvetica, 9, 72, 750, "BILL AS INTRODUCED")
	p.Add(Courier, 10, 108, 680, "Sec. 1. 20 V.S.A. § 4623 is added; operator’s “card” — (a)\\b")
	d.NewPage().Add(Courier, 10, 108, 680, "second page")
	return d
}

func TestBytesDeterministic(t *testing.T) {
	a, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sample().Bytes()
	if !bytes.Equal(a, b) {
		t.Fatal("same document rendered to different bytes")
	}
	if !bytes.HasPrefix(a, []byte("%PDF-1.4\n")) || !bytes.HasSuffix(a, []byte("%%EOF\n")) {
		t.Error("missing header or trailer")
	}
}

// TestXrefOffsets checks every cross-reference entry points at its object and
// startxref points at the table, which strict readers require.
func TestXrefOffsets(t *testing.T) {
	pdf, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n`).FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	entries := regexp.MustCompile(`(\d{10}) 00000 n \n`).FindAllSubmatch(pdf[xref:], -1)
	if len(entries) != 9 { // catalog, page tree, info, 2 fonts, 2 × (page, content)
		t.Errorf("got %d xref entries, want 9", len(entries))
	}
	for i, e := range entries {
		off, _ := strconv.Atoi(string(e[1]))
		want := fmt.Sprintf("%d 0 obj\n", i+1)
		if !bytes.HasPrefix(pdf[off:], []byte(want)) {
			t.Errorf("entry %d: offset %d does not start %q", i+1, off, want)
		}
	}
}

func TestEncodeString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "(plain)"},
		{"(a) \\ b", `(\(a\) \\ b)`},
		{"§ 601", `(\247 601)`},
		{"operator’s “x” —", `(operator\222s \223x\224 \227)`},
	}
	for _, tt := range tests {
		got, err := encodeString(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("encodeString(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := encodeString("Ω"); err == nil {
		t.Error("a character outside WinAnsiEncoding must be an error")
	}
}

func TestEmptyDocument(t *testing.T) {
	if _, err := (&Document{}).Bytes(); !errors.Is(err, ErrEmpty) {
		t.Fatalf("err = %v, want ErrEmpty", err)
	}
}

// TestReadableByPdftotext is the point of the package: poppler must read the
// text back, special characters included.
func TestReadableByPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils)")
	}
	pdf, err := sample().Bytes()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pdftotext", "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("pdftotext: %v %s", err, stderr.String())
	}
	for _, want := range []string{"BILL AS INTRODUCED", "Sec. 1. 20 V.S.A. § 4623 is added; operator’s “card” — (a)\\b", "second page"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("extracted text lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(string(out), "\f"); n != 2 {
		t.Errorf("got %d pages, want 2", n)
	}
}
