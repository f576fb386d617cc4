package vt

import (
	"embed"
	"io/fs"
)

// recorded is the reconstructed Vermont site (see testdata/PROVENANCE.txt):
// day1 and a day2 overlay in which S.124 passes and gets a new version.
//
//go:embed all:testdata/site
var recorded embed.FS

// Recorded returns the reconstructed site tree for the offline demo and
// tests: one directory per day, served by internal/replay.
func Recorded() fs.FS {
	sub, err := fs.Sub(recorded, "testdata/site")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}
