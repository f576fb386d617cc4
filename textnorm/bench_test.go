package textnorm

import (
	"context"
	"path/filepath"
	"testing"
)

// The largest real PDF among the shared fixtures: NY S4264A, 73 pages, 261 KB.
var benchPDF = filepath.Join("testdata", "pdf", "NY_S4264A (CCIA).pdf")

func BenchmarkPDFToText(b *testing.B) {
	needPDFTool(b)
	pdf := readFile(b, benchPDF)
	b.SetBytes(int64(len(pdf)))
	for b.Loop() {
		if _, err := PDFToText(context.Background(), pdf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFToTextAndNormalize is the whole path a PDF bill version takes
// before it is stored: extraction, line-number stripping, cleaning
// (NormalizePDFText).
func BenchmarkPDFToTextAndNormalize(b *testing.B) {
	needPDFTool(b)
	pdf := readFile(b, benchPDF)
	b.SetBytes(int64(len(pdf)))
	for b.Loop() {
		text, err := PDFToText(context.Background(), pdf)
		if err != nil {
			b.Fatal(err)
		}
		_ = NormalizePDFText(text)
	}
}

// BenchmarkNormalize measures the Go-side work alone on the extracted text.
func BenchmarkNormalize(b *testing.B) {
	needPDFTool(b)
	text, err := PDFToText(context.Background(), readFile(b, benchPDF))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("StripLineNumbers+Clean", func(b *testing.B) {
		for b.Loop() {
			_ = Clean(StripLineNumbers(text))
		}
	})
	b.Run("Vermont", func(b *testing.B) {
		for b.Loop() {
			_ = Vermont(text)
		}
	})
}

// BenchmarkVermontReconstructed normalizes the captured -layout text of the
// 3-page reconstructed S.124 as passed; it needs no pdftotext.
func BenchmarkVermontReconstructed(b *testing.B) {
	text := string(readFile(b, filepath.Join("testdata", "vt", "2020_S-0124_As_Passed_by_Both_House_and_Senate_Unofficial.layout.txt")))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Vermont(text)
	}
}
