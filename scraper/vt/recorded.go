package vt

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

// recorded is the reconstructed Vermont site (see testdata/PROVENANCE.txt):
// JSON and HTML in site/day1 with a day2 overlay in which S.124 passes and
// gets a new version; the bill PDFs in pdf/<slug>/, as internal/pdfgen writes them.
//
//go:embed all:testdata/site testdata/pdf
var recorded embed.FS

// Recorded returns the reconstructed site tree for the offline demo and
// tests: one directory per day, served by internal/replay. PDF paths
// (/Documents/<slug>/Docs/BILLS/<dir>/<file>.pdf) are served from pdf/<slug>/ on every day.
func Recorded() fs.FS { return siteFS{} }

type siteFS struct{}

func (siteFS) Open(name string) (fs.File, error) {
	parts := strings.Split(name, "/")
	// dayN/Documents/<slug>/Docs/BILLS/<dir>/<file>
	if len(parts) == 7 && parts[1] == "Documents" && parts[3] == "Docs" && parts[4] == "BILLS" {
		return recorded.Open(path.Join("testdata/pdf", parts[2], parts[6]))
	}
	return recorded.Open(path.Join("testdata/site", name))
}
