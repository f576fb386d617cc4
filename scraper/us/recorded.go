package us

import (
	"embed"
	"io/fs"
)

// recorded is the recorded govinfo site (see testdata/PROVENANCE.txt): day1
// and a day2 overlay in which H.R. 264 (116th) is received in the Senate with
// a new text version, and H.R. 6658 (117th) moves from the 2022 BILLSTATUS
// format to format 3.0.0 with a new related bill and its first CRS summary.
//
//go:embed testdata/site
var recorded embed.FS

// Recorded returns the site tree for internal/replay: one directory per day,
// URL paths under it (host www.govinfo.gov).
func Recorded() fs.FS {
	sub, err := fs.Sub(recorded, "testdata/site")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}
