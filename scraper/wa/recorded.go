package wa

import (
	"embed"
	"io/fs"
)

// recorded is the Washington site for the offline demo and the tests: real
// lawfilesext documents and reconstructed web-service answers (see
// testdata/PROVENANCE.txt), one directory per host inside each day:
// site/day1/<host>/..., with a day2 overlay in which HB 1069 passes the
// House a final time and its passed-legislature text appears.
//
//go:embed all:testdata/site
var recorded embed.FS

// Recorded returns the site tree (day1/, day2/) for internal/replay.
func Recorded() fs.FS {
	sub, err := fs.Sub(recorded, "testdata/site")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}
