// Package ny is the New York source, built on the NY Senate's OpenLegislation
// API v3 (legislation.nysenate.gov/api/3), which needs a free key. One run
// lists the session's bill ids, asks the updates endpoint which bills changed
// lately, and fetches the bill JSON of every bill that changed or is not
// stored yet; each amendment print (S609, S609A, ...) is a version whose text
// is the API's HTML full text: the Legislative Bill Drafting Commission's
// <pre> print with margin line numbers and <B><U> new / <S> struck markup.
// Facts: shared/docs/sources.md, New York section.
package ny

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
)

// Site is the API's origin; every URL billwatch stores is under it and none
// carries the key (the fetcher adds it to the request only).
const Site = "https://" + apiHost

// apiHost is the one host that receives the API key.
const apiHost = "legislation.nysenate.gov"

// KeySetting is the settings key holding the API key
// ([source.ny] api_key, or BILLWATCH_NY_API_KEY).
const KeySetting = "api_key"

// ErrKeyRejected is a 401/403 from the API: the key is wrong, revoked or missing.
var ErrKeyRejected = errors.New("API key rejected")

func init() { scraper.Register("ny", func() scraper.Source { return &Source{} }) }

// Source crawls one New York session. The zero value is ready to use.
type Source struct {
	now      func() time.Time // the clock for the updates window; nil = time.Now
	pageSize int              // list page size; 0 = maxPage
}

// Info implements scraper.Source.
func (*Source) Info() scraper.Info {
	return scraper.Info{
		ID:    "ny",
		Name:  "New York State Legislature (NY Senate OpenLegislation API)",
		Hosts: []string{apiHost},
		// A keyed API made for machine use that answers overload with 429 +
		// Retry-After (honoured by the fetcher). One request a second keeps a
		// daily incremental run to minutes; only the first crawl of a session
		// (every bill and text once) takes hours.
		RequestsPerMinute: 60,
		DefaultSession:    SessionFor,
		SessionYears:      SessionYears,
		Settings:          []string{KeySetting},
		Recorded:          Recorded,
		RecordedSessions:  []string{"2017"},
		Tested: "bill JSON: real OpenLegislation response (S609-2017); bill text: real LBDC HTML (A5457-2017 BILLTEXT, " +
			"A6361-2017 bill page); list, updates and full-text envelopes reconstructed from the OpenLegislation docs " +
			"and source (see scraper/ny/testdata/PROVENANCE.txt)",
	}
}

// Configured implements scraper.Configurable: the API refuses every request without a key.
func (*Source) Configured(settings map[string]string) error {
	key := strings.TrimSpace(settings[KeySetting])
	switch {
	case key == "":
		return fmt.Errorf("%w: New York's OpenLegislation API needs a free API key: sign up at %s/ "+
			"(\"Sign up for an API key\"), then set `api_key = \"...\"` under [source.ny] in the config file "+
			"or the environment variable BILLWATCH_NY_API_KEY", scraper.ErrNotConfigured, Site)
	case strings.ContainsAny(key, " \t\r\n&?#/"):
		return fmt.Errorf("%w: the [source.ny] api_key contains spaces or URL characters; paste the key exactly as the API sent it",
			scraper.ErrNotConfigured)
	}
	return nil
}

// SessionFor maps a date to New York's two-year session, named by its first,
// odd year: 2025-2026 → "2025".
func SessionFor(t time.Time) string {
	y := t.Year()
	if y%2 == 0 {
		y--
	}
	return strconv.Itoa(y)
}

// ValidSession accepts an odd session year the API holds (2009 onwards).
func ValidSession(s string) error {
	y, err := strconv.Atoi(s)
	switch {
	case err != nil || len(s) != 4:
		return fmt.Errorf("new york session %q: want a session year such as 2025", s)
	case y%2 == 0:
		return fmt.Errorf("new york session %q: sessions are named by their first (odd) year: use %d for %d-%d", s, y-1, y-1, y)
	case y < 2009 || y > 2099:
		return fmt.Errorf("new york session %q: the OpenLegislation API holds sessions from 2009 on", s)
	}
	return nil
}

// SessionYears gives the calendar years of a session: "2017" → 2017, 2018.
func SessionYears(s string) (first, last int, err error) {
	if err := ValidSession(s); err != nil {
		return 0, 0, err
	}
	y, _ := strconv.Atoi(s)
	return y, y + 1, nil
}

// ExtractText implements scraper.Source: a version's URL answers with the
// API's full-text view, whose HTML is turned into paragraphs without line
// numbers, page heads or footers; markup keeps the print's own change marks.
func (*Source) ExtractText(ctx context.Context, v bill.Version, body []byte) (string, string, error) {
	text, markup, err := ExtractText(body)
	if err != nil {
		return "", "", fmt.Errorf("extract %s: %w", v.Name, err)
	}
	return text, markup, nil
}

func (s *Source) clock() time.Time {
	if s.now != nil {
		return s.now()
	}
	return time.Now()
}
