package digest

import (
	"context"
	"time"

	"github.com/billwatch/billwatch/watchlist"
)

// Hearing is a scheduled hearing on one of the watchlist's bills.
type Hearing struct {
	Bill      BillRef
	When      time.Time
	Committee string
	Location  string
	URL       string // the legislature's notice or agenda
}

// UpcomingHearings is the hook for the "Upcoming hearings" section: it lists
// hearings after now on the watchlist's bills. Nothing records hearings yet,
// so Options.Hearings is nil, Digest.Hearings stays empty and the templates
// render no section at all. When the hearings issue lands, implement it from
// the store and pass it in Options (Service.Hearings for the CLI and watch);
// the templates already show Bill, When, Committee, Location and URL.
type UpcomingHearings func(ctx context.Context, w *watchlist.Watchlist, now time.Time) ([]Hearing, error)
