package ny

import (
	"strconv"
	"time"
)

// maxPage is the API's largest page (limit 1-1000).
const maxPage = 1000

// lookback is how far back the updates window reaches at least; after a
// longer gap it reaches back to a day before the last successful run
// (env.LastSuccess), so downtime misses nothing (see Crawl).
const lookback = 7 * 24 * time.Hour

// nyTime is the clock of the API's local date-times (Eastern Standard
// Time). During daylight time it lags an hour: the window then ends an hour
// early, and the next run's window, which overlaps by days, covers it.
var nyTime = time.FixedZone("EST", -5*60*60)

// listURL pages through a session's bill ids.
func listURL(session string, offset, limit int) string {
	return Site + "/api/3/bills/" + session + "?idsOnly=true&limit=" + strconv.Itoa(limit) + "&offset=" + strconv.Itoa(offset)
}

// updatesURL pages through the bills updated in (from, to]; a fixed "to"
// keeps later updates from shifting the offsets while paging.
func updatesURL(from, to time.Time, offset, limit int) string {
	return Site + "/api/3/bills/updates/" + apiTime(from) + "/" + apiTime(to) +
		"?limit=" + strconv.Itoa(limit) + "&offset=" + strconv.Itoa(offset)
}

// billURL is a bill's default JSON view: every amendment with its sponsors,
// same-as bills and plain text, plus actions and status.
func billURL(session, base string) string { return Site + "/api/3/bills/" + session + "/" + base }

// pageURL is the bill's public page on nysenate.gov.
func pageURL(session, base string) string {
	return "https://www.nysenate.gov/legislation/bills/" + session + "/" + base
}

// textURL is one amendment print's full text alone (view=only_fulltext). From
// 2017 on the API has the LBDC's HTML print, with line numbers and the
// <B><U> / <S> change marks; older texts exist only as plain text.
func textURL(session, base, version string) string {
	u := billURL(session, base) + "?fullTextFormat=" + textFormat(session)
	if version != "" {
		u += "&version=" + version
	}
	return u + "&view=only_fulltext"
}

func textFormat(session string) string {
	if y, err := strconv.Atoi(session); err == nil && y < 2017 {
		return "PLAIN"
	}
	return "HTML"
}
