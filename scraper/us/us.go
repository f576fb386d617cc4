// Package us is the United States Congress source. It reads GPO's govinfo
// bulk data: the BILLSTATUS sitemaps list every bill-status XML file of a
// congress with its lastmod; each BILLSTATUS file (Library of Congress data:
// titles, sponsors, actions, summaries, text-version links) becomes one
// bill.Bill; the text versions it links to are USLM (or GPO bill DTD) XML on
// govinfo. Facts: shared/docs/sources.md, US Congress section, and the
// usgpo/bill-status user guide.
package us

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/scraper"
)

// Site is govinfo's origin; every URL this source fetches is under it.
const Site = "https://www.govinfo.gov"

// SitemapIndexURL lists one sitemap per congress and bill type.
const SitemapIndexURL = Site + "/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml"

func init() { scraper.Register("us", func() scraper.Source { return &Source{} }) }

// Source crawls one congress.
// Crawl skips BILLSTATUS files whose sitemap lastmod is not newer than the
// Last-Modified govinfo sent with the stored copy (env.Stored), without a
// request.
type Source struct{}

// Info implements scraper.Source.
func (*Source) Info() scraper.Info {
	return scraper.Info{
		ID:   "us",
		Name: "United States Congress (govinfo BILLSTATUS)",
		// govinfo publishes no limit for bulk data (the api.data.gov limits
		// apply to api.govinfo.gov, which this source does not use). GPO
		// rebuilds the current congress's files every 4 hours, so the
		// changed files of one batch are typically a few hundred; one
		// request a second fetches them in minutes and stays gentle on a
		// public service.
		Hosts:             []string{"www.govinfo.gov"},
		RequestsPerMinute: 60,
		DefaultSession:    SessionFor,
		SessionYears:      sessionYears,
		Recorded:          Recorded,
		RecordedSessions:  []string{"116"},
		Tested: "real BILLSTATUS files (legacy 114th, 2022 and version-3 formats) and real USLM texts; the sitemaps and the " +
			"116th-Congress BILLSTATUS files of the recorded site are reconstructed (see scraper/us/testdata/PROVENANCE.txt)",
	}
}

// SessionFor maps a date to its congress: the 1st Congress met in 1789 and
// each one begins on 3 January of an odd year.
func SessionFor(t time.Time) string {
	y := t.Year()
	if y%2 == 1 && t.Month() == time.January && t.Day() < 3 {
		y-- // the previous congress runs until 3 January
	}
	return strconv.Itoa((y-1789)/2 + 1)
}

// sessionYears: the nth congress sits in the two years from 1789 + 2(n-1).
func sessionYears(congress string) (int, int, error) {
	if err := ValidSession(congress); err != nil {
		return 0, 0, err
	}
	n, _ := strconv.Atoi(congress)
	first := 1789 + 2*(n-1)
	return first, first + 1, nil
}

// ValidSession accepts a congress number from the 108th (the first with
// BILLSTATUS data) on.
func ValidSession(congress string) error {
	n, err := strconv.Atoi(congress)
	if err != nil || n < 108 || n > 200 || strconv.Itoa(n) != congress {
		return fmt.Errorf("congress %q: want a congress number such as 119 (BILLSTATUS starts with the 108th)", congress)
	}
	return nil
}

// billTypes are the govinfo bill-type slugs, the order sitemaps are read in.
var billTypes = []string{"hr", "s", "hjres", "sjres", "hconres", "sconres", "hres", "sres"}

// typeInfo gives a bill type's classification, originating chamber and
// congress.gov path segment.
var typeInfo = map[string]struct{ class, chamber, path string }{
	"HR":      {"bill", "lower", "house-bill"},
	"S":       {"bill", "upper", "senate-bill"},
	"HJRES":   {"joint resolution", "lower", "house-joint-resolution"},
	"SJRES":   {"joint resolution", "upper", "senate-joint-resolution"},
	"HCONRES": {"concurrent resolution", "lower", "house-concurrent-resolution"},
	"SCONRES": {"concurrent resolution", "upper", "senate-concurrent-resolution"},
	"HRES":    {"resolution", "lower", "house-resolution"},
	"SRES":    {"resolution", "upper", "senate-resolution"},
}

// normalizeType turns "H.R.", "hconres" or "S. Con. Res." into "HR", "HCONRES", "SCONRES".
func normalizeType(t string) string {
	t = strings.ToUpper(strings.Join(strings.Fields(strings.ReplaceAll(t, ".", " ")), ""))
	if t == "H" { // the user guide lists "H" among billType values for House bills
		t = "HR"
	}
	return t
}

// identifier is the bill's identifier as billwatch stores it: "HR 6658".
func identifier(typ, number string) string { return normalizeType(typ) + " " + number }

// BillStatusURL is the bulk-data URL of one bill's BILLSTATUS file.
func BillStatusURL(congress, typ, number string) string {
	t := strings.ToLower(normalizeType(typ))
	return fmt.Sprintf("%s/bulkdata/BILLSTATUS/%s/%s/BILLSTATUS-%s%s%s.xml", Site, congress, t, congress, t, number)
}

func sitemapURL(congress, typ string) string {
	return Site + "/sitemap/bulkdata/BILLSTATUS/" + congress + typ + "/sitemap.xml"
}

// congressGovURL is the bill's page on congress.gov, for people.
func congressGovURL(congress, typ, number string) string {
	n, _ := strconv.Atoi(congress)
	return fmt.Sprintf("https://www.congress.gov/bill/%d%s-congress/%s/%s", n, ordinal(n), typeInfo[normalizeType(typ)].path, number)
}

func ordinal(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}
