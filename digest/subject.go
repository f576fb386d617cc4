package digest

import (
	"fmt"
	"strings"
	"time"
)

// Counts are the numbers the subject line and the intro give.
type Counts struct {
	Moved   int // bills with a milestone
	New     int // bills that newly match
	Amended int // new or replaced text versions
	Dropped int // bills that no longer match
	Other   int // bills with other activity only listed under "Other activity"
	Sources int // sources failing or stale now
}

// Counts counts every item, including those left out of the message.
func (d *Digest) Counts() Counts {
	return Counts{
		Moved:   len(d.Moved) + d.Omitted.Moved,
		New:     len(d.New) + d.Omitted.New,
		Amended: len(d.Amended) + d.Omitted.Amended,
		Dropped: len(d.Dropped) + d.Omitted.Dropped,
		Other:   len(d.Other) + d.Omitted.Other,
		Sources: d.Sources.Problems(),
	}
}

// Empty reports whether no bill on the watchlist changed in the window.
func (c Counts) Empty() bool { return c.Moved+c.New+c.Amended+c.Dropped+c.Other == 0 }

// Phrases are the counts in words, most actionable first:
// "3 bills moved", "1 new bill", "2 texts amended".
func (c Counts) Phrases() []string {
	var out []string
	add := func(n int, one, many string) {
		if n > 0 {
			out = append(out, fmt.Sprintf("%d %s", n, plural(n, one, many)))
		}
	}
	add(c.Moved, "bill moved", "bills moved")
	add(c.New, "new bill", "new bills")
	add(c.Amended, "text amended", "texts amended")
	add(c.Dropped, "bill dropped off", "bills dropped off")
	if len(out) == 0 {
		add(c.Other, "bill with minor updates", "bills with minor updates")
	}
	return out
}

// Subject is "DMV data: 3 bills moved, 1 new bill", or "DMV data: no
// changes this week"; a failing source is always named in it, so a quiet
// subject line never hides a broken scraper. Line breaks in the watchlist's
// title are folded to spaces here; the header encoding is go-mail's.
func (d *Digest) Subject() string {
	return oneLine(d.Title) + ": " + strings.Join(d.Summary(), ", ")
}

// Summary is the subject's list: the counts in words, "no changes this
// week" when there are none, and the failing sources last.
func (d *Digest) Summary() []string {
	c := d.Counts()
	parts := c.Phrases()
	if len(parts) == 0 {
		parts = []string{"no changes " + d.periodWord()}
	}
	if c.Sources > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", c.Sources, plural(c.Sources, "source failing", "sources failing")))
	}
	return parts
}

// periodWord names the window in the no-change subject.
func (d *Digest) periodWord() string {
	if d.Since.IsZero() || d.Generated.Sub(d.Since) <= 8*24*time.Hour {
		return "this week"
	}
	return "since " + d.Since.Format("2 Jan 2006")
}

// Preheader is the inbox preview line: the first few headline items.
func (d *Digest) Preheader() string {
	var out []string
	for _, m := range d.Moved {
		out = append(out, m.Bill.Identifier+" "+m.Steps[len(m.Steps)-1].Milestone)
	}
	for _, n := range d.New {
		out = append(out, "new: "+n.Bill.Identifier)
	}
	for _, a := range d.Amended {
		out = append(out, a.Bill.Identifier+" amended")
	}
	if len(out) == 0 {
		return "No changes to the bills on this watchlist."
	}
	if len(out) > 4 {
		out = append(out[:4], "…")
	}
	return strings.Join(out, "; ")
}

// oneLine folds every run of whitespace, CR and LF included, into one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
