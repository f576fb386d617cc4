// Package urlfetch stands in for google.golang.org/appengine/urlfetch.
//
// colly imports the real package for one method, Collector.Appengine, which
// only matters on App Engine's first-generation runtime. billwatch never calls
// it, but the import linked App Engine's internals and the protobuf runtime
// into every build: their package initialisers (descriptor registration) were
// about a quarter of the start-up of a one-shot command such as `billwatch
// diff A B` (measured: `billwatch --help` 6.1 → 4.3 ms, 924 → 640 page faults,
// 32.4 → 29.0 MB binary). billwatch's go.mod replaces the module with this one.
package urlfetch

import (
	"context"
	"net/http"
)

// Client returns a plain HTTP client: there is no App Engine URL Fetch service
// outside App Engine.
func Client(context.Context) *http.Client { return &http.Client{} }
