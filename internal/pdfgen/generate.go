package pdfgen

// Regenerate the reconstructed Vermont bill PDFs with `go generate ./internal/pdfgen`.
//go:generate go run ./cmd/vtbillpdf -out ../../scraper/vt/testdata/pdf
