// Package vt is the Vermont General Assembly source. Vermont publishes no
// documented public API: billwatch reads the JSON endpoints that fill the
// site's own tables (bill lists, detailed status), the bill status page (title,
// sponsors, text links, the internal id) and the text-version PDFs. Facts and
// selectors: shared/docs/sources.md, Vermont section.
package vt

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/textnorm"
)

// Site is the official origin; every URL billwatch stores is under it.
const Site = "https://legislature.vermont.gov"

func init() { scraper.Register("vt", func() scraper.Source { return &Source{} }) }

// Source crawls one Vermont biennium.
type Source struct{}

// Info implements scraper.Source.
func (*Source) Info() scraper.Info {
	return scraper.Info{
		ID:   "vt",
		Name: "Vermont General Assembly",
		// openstates: Vermont throttles harder clients; 20 requests/minute works.
		Hosts:             []string{"legislature.vermont.gov"},
		RequestsPerMinute: 20,
		DefaultSession:    SessionFor,
		Recorded:          Recorded,
		RecordedSessions:  []string{"2014", "2020", "2026"},
		SessionYears:      sessionYears,
		Tested:            "reconstructed from documented structure (no real Vermont recording exists; see scraper/vt/testdata/PROVENANCE.txt)",
	}
}

// SessionFor maps a date to the biennium slug: the biennium's second, even
// year ("2025-2026" → "2026").
func SessionFor(t time.Time) string {
	y := t.Year()
	if y%2 == 1 {
		y++
	}
	return strconv.Itoa(y)
}

// ValidSession accepts "2026" and special-session slugs like "2021.1".
func ValidSession(slug string) error {
	year, _, _ := strings.Cut(slug, ".")
	if n, err := strconv.Atoi(year); err != nil || n < 1990 || n > 2100 {
		return fmt.Errorf("vermont session %q: want a biennium slug such as 2026 (the even year) or 2021.1", slug)
	}
	return nil
}

// sessionYears: slug 2026 spans 2025-2026; a special session "2021.1" is 2021.
func sessionYears(slug string) (int, int, error) {
	if err := ValidSession(slug); err != nil {
		return 0, 0, err
	}
	year, special, _ := strings.Cut(slug, ".")
	y, _ := strconv.Atoi(year)
	if special != "" {
		return y, y, nil
	}
	return y - 1, y, nil
}

// ExtractText implements scraper.Source: Vermont texts are PDFs with running
// heads, a "VT LEG #" tag and margin line numbers, all stripped here.
func (*Source) ExtractText(ctx context.Context, v bill.Version, body []byte) (string, string, error) {
	raw, err := textnorm.PDFToText(ctx, body)
	if err != nil {
		return "", "", fmt.Errorf("extract %s: %w", v.Name, err)
	}
	text := textnorm.Vermont(raw)
	if strings.TrimSpace(text) == "" {
		return "", "", fmt.Errorf("extract %s: %w: no text in PDF", v.Name, scraper.ErrBadContent)
	}
	return text, "", nil
}

func listURLs(slug string) []string {
	return []string{
		Site + "/bill/loadBillsReleased/" + slug + "/",
		Site + "/bill/loadBillsIntroduced/" + slug + "/",
		Site + "/bill/loadAllResolutionsByChamber/" + slug + "/both",
	}
}

func statusURL(slug, number string) string { return Site + "/bill/status/" + slug + "/" + number }

func actionsURL(slug, internalID string) string {
	return Site + "/bill/loadBillDetailedStatus/" + slug + "/" + internalID
}
