package ny

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

// recorded is the New York site as API responses, named by internal/replay's
// rules (the key parameter is dropped): site/day1 holds the real S609-2017
// bill response and reconstructed envelopes (see testdata/PROVENANCE.txt);
// site/day2 overlays it with A6361's later history (passed the Senate,
// signed as chapter 348 of 2017) and an updates listing naming it.
//
//go:embed all:testdata/site
var recorded embed.FS

// Recorded returns the recorded site for the offline demo and tests. The
// updates listing is asked for a window that ends now, so its path changes
// with every run: any `api/3/bills/updates/{from}/{to}` is served from the
// day's `api/3/bills/updates/_window` file (with the same query).
func Recorded() fs.FS { return siteFS{} }

type siteFS struct{}

func (siteFS) Open(name string) (fs.File, error) {
	parts := strings.Split(name, "/")
	// dayN/api/3/bills/updates/<from>/<to>[@query]
	if len(parts) == 7 && parts[1] == "api" && parts[2] == "3" && parts[3] == "bills" && parts[4] == "updates" {
		window := "_window"
		if _, q, ok := strings.Cut(parts[6], "@"); ok {
			window += "@" + q
		}
		name = path.Join(parts[0], "api/3/bills/updates", window)
	}
	return recorded.Open(path.Join("testdata/site", name))
}
