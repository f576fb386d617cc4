// Command vtbillpdf writes the reconstructed Vermont bill PDFs (and one
// deliberately truncated PDF) used by tests and the offline demo.
//
//	go run ./internal/pdfgen/cmd/vtbillpdf -out scraper/vt/testdata/pdf
//
// Files land in OUT/{slug}/{file name from the real URL scheme}. Output is
// deterministic, so rerunning it on an unchanged generator changes no bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/billwatch/billwatch/internal/pdfgen/vtbill"
)

func main() {
	out := flag.String("out", "scraper/vt/testdata/pdf", "directory to write PDFs into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "vtbillpdf:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	var first []byte
	for _, b := range vtbill.Bills() {
		doc, st, err := vtbill.Layout(b)
		if err != nil {
			return err
		}
		data, err := doc.Bytes()
		if err != nil {
			return fmt.Errorf("%s %s: %w", b.ID, b.Version, err)
		}
		path := filepath.Join(out, b.Slug, b.File)
		if err := write(path, data); err != nil {
			return err
		}
		if first == nil {
			first = data
		}
		fmt.Printf("%s: %d pages, %d lines, %d hinted hyphen splits, %d breaks after a real hyphen\n",
			path, st.Pages, st.Lines, st.HintSplits, st.HyphenSplits)
	}
	broken := vtbill.Truncate(first)
	path := filepath.Join(out, "broken.pdf")
	if err := write(path, broken); err != nil {
		return err
	}
	fmt.Printf("%s: first %d of %d bytes of the first bill\n", path, len(broken), len(first))
	return nil
}

func write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
