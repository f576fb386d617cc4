package digest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// Defaults for Options.
const (
	DefaultStaleAfter  = 72 * time.Hour
	DefaultFirstWindow = 7 * 24 * time.Hour
	// DefaultMaxItems bounds each section so the HTML part stays well under
	// the 102 KB at which Gmail clips a message.
	DefaultMaxItems = 25
	maxOtherLines   = 4
)

// Window says which changes a digest covers.
type Window struct {
	// AfterID is the cursor: changes with a larger id are covered.
	AfterID int64
	// Since, when set, replaces the cursor for a one-off digest of the
	// changes seen at or after it.
	Since time.Time
	// SentAt is when the digest holding the cursor was sent (zero for a first
	// digest), for the intro line.
	SentAt time.Time
	First  bool
}

// Options tune Build. Zero values take the defaults.
type Options struct {
	BaseURL    string    // config base_url: adds billwatch links when set
	Now        time.Time // the build time (staleness, first-digest window)
	StaleAfter time.Duration
	MaxItems   int
	// Sources are the sources whose health is reported; nil means every
	// source with a recorded run.
	Sources []string
	// Hearings fills the "Upcoming hearings" section; nil renders nothing.
	Hearings UpcomingHearings
}

// Build reads the change log for one watchlist and window and sorts it into
// the digest's sections. ToID is the newest change id when Build starts, so a
// change committed while it runs is left for the next digest, never skipped.
func Build(ctx context.Context, st *store.Store, w *watchlist.Watchlist, win Window, opt Options) (*Digest, error) {
	opt = opt.withDefaults()
	upper, err := st.LastChangeID(ctx)
	if err != nil {
		return nil, fmt.Errorf("digest %s: newest change id: %w", w.Name, err)
	}
	d := &Digest{Watchlist: w.Name, Title: w.Title, Description: w.Description, FromID: win.AfterID, ToID: upper,
		Since: win.SentAt, First: win.First, Generated: opt.Now, BaseURL: opt.BaseURL}
	filter := store.ChangeFilter{AfterID: win.AfterID, Watchlist: w.Name}
	if !win.Since.IsZero() {
		d.OneOff, d.Since, d.FromID, d.First = true, win.Since, 0, false
		filter = store.ChangeFilter{Since: win.Since, Watchlist: w.Name}
	}
	if d.FromID > d.ToID {
		d.FromID = d.ToID // a cursor ahead of the log (a restored backup): cover nothing, never go back
	}
	if opt.BaseURL != "" {
		d.WatchlistURL = WatchlistPageURL(opt.BaseURL, w.Name)
	}
	changes, err := st.Changes(ctx, filter)
	if err != nil {
		return nil, fmt.Errorf("digest %s: %w", w.Name, err)
	}
	failFilter := filter
	failFilter.Watchlist, failFilter.Kinds = "", []string{store.KindSourceFailed}
	failures, err := st.Changes(ctx, failFilter)
	if err != nil {
		return nil, fmt.Errorf("digest %s: source failures: %w", w.Name, err)
	}
	b := &builder{ctx: ctx, st: st, d: d, opt: opt, bills: map[string]*BillRef{}}
	for _, c := range changes {
		if c.ID > upper || c.BillID == "" {
			continue
		}
		if err := b.add(c); err != nil {
			return nil, fmt.Errorf("digest %s: change #%d: %w", w.Name, c.ID, err)
		}
	}
	b.finish()
	if opt.Hearings != nil {
		if d.Hearings, err = opt.Hearings(ctx, w, opt.Now); err != nil {
			return nil, fmt.Errorf("digest %s: upcoming hearings: %w", w.Name, err)
		}
	}
	if d.Sources, err = sourceReport(ctx, st, w, failures, upper, opt); err != nil {
		return nil, fmt.Errorf("digest %s: %w", w.Name, err)
	}
	return d, nil
}

func (o Options) withDefaults() Options {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.StaleAfter <= 0 {
		o.StaleAfter = DefaultStaleAfter
	}
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	o.BaseURL = strings.TrimRight(o.BaseURL, "/")
	return o
}

// builder sorts changes into sections, loading each bill once.
type builder struct {
	ctx   context.Context
	st    *store.Store
	d     *Digest
	opt   Options
	bills map[string]*BillRef
	newB  map[string]bool // bills first seen in the window
	moved map[string]int  // bill id → index in d.Moved
	other map[string]int  // bill id → index in d.Other
}

func (b *builder) add(c store.Change) error {
	switch c.Kind {
	case store.KindNewBill:
		if b.newB == nil {
			b.newB = map[string]bool{}
		}
		b.newB[c.BillID] = true
		return nil // shown through its watch_match change
	case store.KindMatch:
		return b.addMatch(c)
	case store.KindUnmatch:
		return b.addUnmatch(c)
	case store.KindAction:
		var a store.ActionDetails
		if err := json.Unmarshal(c.Details, &a); err != nil {
			return fmt.Errorf("decode action: %w", err)
		}
		if a.Milestone != "" {
			return b.addStep(c.BillID, Step{Milestone: a.Milestone, Text: a.Text, Date: a.Date, Chamber: a.Chamber})
		}
	case store.KindVersion, store.KindVersionChanged:
		return b.addVersion(c)
	}
	return b.addOther(c)
}

func (b *builder) bill(id string) (BillRef, error) {
	if r, ok := b.bills[id]; ok {
		return *r, nil
	}
	r, err := loadBill(b.ctx, b.st, id, b.opt)
	if err != nil {
		return r, err
	}
	b.bills[id] = &r
	return r, nil
}
