// Package all imports every source so that each registers itself. Import it
// for its side effect: _ "github.com/billwatch/billwatch/scraper/all".
package all

import (
	_ "github.com/billwatch/billwatch/scraper/ny" // New York
	_ "github.com/billwatch/billwatch/scraper/us" // US Congress
	_ "github.com/billwatch/billwatch/scraper/vt" // Vermont
	_ "github.com/billwatch/billwatch/scraper/wa" // Washington
)
