package textnorm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// Sentinel errors of PDF extraction; callers test them with errors.Is.
var (
	ErrNotPDF        = errors.New("textnorm: input is not a PDF (no %PDF- header)")
	ErrPDFUnreadable = errors.New("textnorm: pdftotext could not read the PDF")
	ErrNoPDFTool     = errors.New("textnorm: pdftotext not found; install it with: apt-get install poppler-utils")
	ErrNoText        = errors.New("textnorm: PDF has no text layer (scanned image?)")
	ErrTextTooLarge  = errors.New("textnorm: extracted text exceeds the size limit")
)

// Defaults for PDFExtractor fields left zero.
const (
	DefaultPDFTool    = "pdftotext"
	DefaultPDFTimeout = 60 * time.Second
	DefaultMaxText    = 32 << 20 // far above the ~1 MB text of the longest bills seen
)

// PDFExtractor runs pdftotext. The zero value is ready to use.
type PDFExtractor struct {
	Tool    string        // program name or path; DefaultPDFTool when empty
	Timeout time.Duration // applies when ctx has no earlier deadline; DefaultPDFTimeout when zero
	MaxText int           // output cap in bytes; DefaultMaxText when zero
}

// PDFToText extracts the text of a PDF with `pdftotext -layout`. Layout mode
// keeps each margin line number on the same line as its text (default mode
// moves a page's numbers into a separate block and splits table columns), which
// is what line-number stripping needs. Pages are separated by form feeds.
func PDFToText(ctx context.Context, pdf []byte) (string, error) {
	return PDFExtractor{}.Text(ctx, pdf)
}

// NormalizePDFText turns what PDFToText extracted from a bill PDF into the
// text billwatch stores. A Vermont bill (its pages carry "VT LEG #" tags)
// goes through Vermont, which knows its page heads and both line-number
// layouts; any other bill through StripLineNumbers, for the margin line
// numbers that GPO, New York and other printers put on every line, then
// Clean. Every caller that stores or compares PDF text uses it, so one PDF
// never gives two texts (a spurious new version).
func NormalizePDFText(raw string) string {
	if strings.Contains(raw, "VT LEG #") {
		return Vermont(raw)
	}
	return Clean(StripLineNumbers(raw))
}

// Text extracts the text of pdf; see PDFToText.
func (e PDFExtractor) Text(ctx context.Context, pdf []byte) (string, error) {
	if !looksLikePDF(pdf) {
		return "", ErrNotPDF
	}
	path, err := e.lookPath()
	if err != nil {
		return "", err
	}
	timeout := e.Timeout
	if timeout <= 0 {
		timeout = DefaultPDFTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	limit := e.MaxText
	if limit <= 0 {
		limit = DefaultMaxText
	}
	// "-" "-" reads the PDF from stdin and writes text to stdout: no temp files.
	cmd := exec.CommandContext(ctx, path, "-layout", "-enc", "UTF-8", "-eol", "unix", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	stdout := &cappedBuffer{limit: limit, onOverflow: cancel}
	stderr := &cappedBuffer{limit: 4 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 2 * time.Second // never hang on a child that ignores the kill

	runErr := cmd.Run()
	switch {
	case stdout.overflow:
		return "", fmt.Errorf("%w: more than %d bytes", ErrTextTooLarge, limit)
	case ctx.Err() != nil:
		return "", fmt.Errorf("textnorm: pdftotext stopped: %w", ctx.Err())
	case runErr != nil:
		return "", fmt.Errorf("%w: %v: %s", ErrPDFUnreadable, runErr, summarize(stderr.String()))
	}
	text := stdout.String()
	if strings.TrimSpace(strings.ReplaceAll(text, "\f", "")) == "" {
		if msg := summarize(stderr.String()); msg != "" {
			return "", fmt.Errorf("%w: %s", ErrPDFUnreadable, msg)
		}
		return "", ErrNoText
	}
	return text, nil
}

func (e PDFExtractor) lookPath() (string, error) {
	tool := e.Tool
	if tool == "" {
		tool = DefaultPDFTool
	}
	path, err := exec.LookPath(tool)
	if err != nil {
		return "", fmt.Errorf("%w (%s: %v)", ErrNoPDFTool, tool, err)
	}
	return path, nil
}

// looksLikePDF accepts the header anywhere in the first KiB, as readers do:
// some servers prepend a byte-order mark or blank lines.
func looksLikePDF(b []byte) bool {
	return bytes.Contains(b[:min(len(b), 1024)], []byte("%PDF-"))
}

// PDFToolVersion reports the installed pdftotext version, e.g. "22.12.0".
func PDFToolVersion() (string, error) {
	return PDFExtractor{}.ToolVersion()
}

// ToolVersion reports the version of the extractor's pdftotext.
func (e PDFExtractor) ToolVersion() (string, error) {
	path, err := e.lookPath()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// poppler prints its version banner on stderr; older builds use stdout.
	out, err := exec.CommandContext(ctx, path, "-v").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("textnorm: %s -v: %w", path, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if _, v, ok := strings.Cut(line, "version "); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", fmt.Errorf("textnorm: %s -v printed no version: %q", path, summarize(string(out)))
}

// summarize keeps the first lines of a tool's stderr for an error message.
func summarize(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 3 {
		lines = append(lines[:3], "…")
	}
	return strings.Join(lines, "; ")
}

// cappedBuffer keeps at most limit bytes and reports overflow instead of
// failing the write, so the child is stopped through onOverflow rather than
// left blocked on a full pipe.
type cappedBuffer struct {
	buf        bytes.Buffer
	limit      int
	overflow   bool
	onOverflow func()
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := c.limit - c.buf.Len(); len(p) > room {
		c.buf.Write(p[:max(room, 0)])
		if !c.overflow && c.onOverflow != nil {
			c.onOverflow()
		}
		c.overflow = true
		return len(p), nil
	}
	return c.buf.Write(p)
}

func (c *cappedBuffer) String() string { return c.buf.String() }
