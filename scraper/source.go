// Package scraper holds the contract every legislature source implements, the
// registry sources add themselves to, and the one polite HTTP fetcher they all
// use. Sources live in sub-packages (scraper/vt, ...); they parse bytes into
// bill.Bill and never touch the store.
package scraper

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/billwatch/billwatch/bill"
)

// Info describes a source to the pipeline and to `billwatch sources`.
type Info struct {
	ID                string   // jurisdiction id: "vt"
	Name              string   // "Vermont General Assembly"
	Hosts             []string // hosts the source may contact
	RequestsPerMinute float64  // politeness per host
	// DefaultSession returns the session to crawl when none is given.
	DefaultSession func(now time.Time) string
	// Settings lists the configuration keys the source reads (e.g. "api_key").
	Settings []string
	// Tested says which parts are tested on real recordings and which on
	// reconstructed ones (see the source's testdata/PROVENANCE.txt).
	Tested string
	// Recorded returns the source's recorded (or reconstructed) site as
	// day directories for internal/replay; the offline demo and the
	// conformance suite crawl it. RecordedSessions are the sessions it holds.
	Recorded         func() fs.FS
	RecordedSessions []string
	// SessionYears gives the calendar years a session spans, for sanity checks
	// (the conformance suite: every action date falls inside them).
	SessionYears func(session string) (first, last int, err error)
}

// Source is one legislature.
type Source interface {
	Info() Info
	// Crawl lists the session's bills and calls env.Emit once per bill, in
	// list order. It returns an error only when the crawl as a whole failed
	// (list unavailable or unparseable); per-bill failures go to env.Fail.
	Crawl(ctx context.Context, env *Env, session string) error
	// ExtractText turns a fetched version document into normalized text and,
	// where the legislature marks changes to current law, a marked-up copy.
	ExtractText(ctx context.Context, v bill.Version, body []byte) (text, markup string, err error)
}

// Configurable is implemented by sources that need settings (an API key).
// Configured returns an error wrapping ErrNotConfigured, naming what is
// missing, when the settings do not suffice; the pipeline then skips the
// source without recording a failed run.
type Configurable interface {
	Configured(settings map[string]string) error
}

// Observed is one bill as a source saw it, with the pages it came from.
type Observed struct {
	Bill  bill.Bill
	Pages []*Response
	// Unchanged is set when every page the bill comes from was NotModified:
	// the pipeline then only re-checks the bill's versions.
	Unchanged bool
}

// Env is what a source gets from the pipeline.
type Env struct {
	Fetch  *Fetcher
	Log    *slog.Logger
	Config map[string]string // the source's settings from the config file / environment
	// Only, when non-empty, restricts the crawl to these bill identifiers (compact form: "H.121").
	Only map[string]bool
	// Emit hands one bill to the pipeline.
	Emit func(ctx context.Context, o Observed) error
	// Listed reports the session's whole bill list (identifiers) before
	// details are fetched; run health compares its size with the last run.
	Listed func(identifiers []string)
	// Fail records a per-bill failure in the run's health and lets the crawl go on.
	Fail func(identifier string, err error)
	// PreviousSources returns the source URLs stored for a bill of this
	// session (nil for a bill never stored), so a source can follow up a 304
	// without the page body.
	PreviousSources func(ctx context.Context, identifier string) []string
	// Stored returns the validators stored with the last committed copy of a
	// URL (its ETag, Last-Modified and content hash), so a source whose index
	// carries modification times (a sitemap's lastmod) can skip unchanged
	// documents without a request.
	Stored func(ctx context.Context, url string) (Validator, bool)
	// MissingText reports whether a stored bill has a version without text
	// (its extraction failed, or no text was out yet), so a source that
	// passes over stored bills it believes unchanged (ny outside its updates
	// window) still asks for this one: the pipeline retries such versions.
	MissingText func(ctx context.Context, identifier string) bool
	// LastSuccess is when the last run of this source and session that was
	// not a failure started (zero: never), so a source reading an "updated
	// since" feed can reach back far enough after downtime.
	LastSuccess time.Time
}

// Previous returns the source URLs stored for a bill, and whether the bill
// is stored at all (a stored bill always has its source URLs). Each call
// decodes the bill's revision metadata: call it once per bill.
func (e *Env) Previous(ctx context.Context, identifier string) (sources []string, stored bool) {
	if e.PreviousSources == nil {
		return nil, false
	}
	sources = e.PreviousSources(ctx, identifier)
	return sources, len(sources) > 0
}

// SourceContaining returns the first of the URLs that contains substr, or "".
func SourceContaining(urls []string, substr string) string {
	for _, u := range urls {
		if strings.Contains(u, substr) {
			return u
		}
	}
	return ""
}

// Wants reports whether identifier is in the crawl's scope.
func (e *Env) Wants(identifier string) bool {
	return len(e.Only) == 0 || e.Only[bill.CompactIdentifier(identifier)]
}

var (
	regMu    sync.Mutex
	registry = map[string]func() Source{}
)

// Register adds a source constructor; sources call it from init.
func Register(id string, newSource func() Source) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[id]; dup {
		panic("scraper: source registered twice: " + id)
	}
	registry[id] = newSource
}

// Get returns a new instance of the source with the given id.
func Get(id string) (Source, error) {
	regMu.Lock()
	defer regMu.Unlock()
	mk, ok := registry[id]
	if !ok {
		return nil, fmt.Errorf("unknown source %q (see `billwatch sources`)", id)
	}
	return mk(), nil
}

// IDs lists registered source ids, sorted.
func IDs() []string {
	regMu.Lock()
	defer regMu.Unlock()
	ids := make([]string, 0, len(registry))
	for id := range registry {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
