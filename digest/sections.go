package digest

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

func (b *builder) addMatch(c store.Change) error {
	var m store.MatchDetails
	if err := json.Unmarshal(c.Details, &m); err != nil {
		return fmt.Errorf("decode match: %w", err)
	}
	ref, err := b.bill(c.BillID)
	if err != nil {
		return err
	}
	it := NewItem{Bill: ref, Reason: readableReason(m.Reason), Seen: c.SeenAt}
	for _, h := range m.Hits {
		if h.Field == "id" || h.Snippet == "" {
			continue
		}
		if it.Term == "" {
			it.Term = h.Term
		}
		// A hit in the title has the title as its snippet: already shown.
		if strings.Trim(h.Snippet, "… ") != strings.TrimSpace(ref.Title) {
			it.Term, it.Snippet = h.Term, h.Snippet
			break
		}
	}
	b.d.New = append(b.d.New, it)
	return nil
}

func (b *builder) addUnmatch(c store.Change) error {
	var m store.MatchDetails
	if err := json.Unmarshal(c.Details, &m); err != nil {
		return fmt.Errorf("decode unmatch: %w", err)
	}
	ref, err := b.bill(c.BillID)
	if err != nil {
		return err
	}
	b.d.Dropped = append(b.d.Dropped, DroppedItem{Bill: ref, Reason: readableReason(m.Reason)})
	return nil
}

func (b *builder) addStep(id string, s Step) error {
	if i, ok := b.moved[id]; ok {
		b.d.Moved[i].Steps = append(b.d.Moved[i].Steps, s)
		return nil
	}
	ref, err := b.bill(id)
	if err != nil {
		return err
	}
	if b.moved == nil {
		b.moved = map[string]int{}
	}
	b.moved[id] = len(b.d.Moved)
	b.d.Moved = append(b.d.Moved, MovedItem{Bill: ref, Steps: []Step{s}})
	return nil
}

func (b *builder) addVersion(c store.Change) error {
	var v store.VersionDetails
	if err := json.Unmarshal(c.Details, &v); err != nil {
		return fmt.Errorf("decode version: %w", err)
	}
	ref, err := b.bill(c.BillID)
	if err != nil {
		return err
	}
	it := AmendedItem{Bill: ref, Version: v.Name, URL: feeds.SafeURL(v.URL), Date: v.Date,
		Replaced: c.Kind == store.KindVersionChanged, TextError: v.TextError}
	if df := v.Diff; df != nil {
		it.From, it.Summary, it.Inserted, it.Deleted = df.From, df.Summary, df.Inserted, df.Deleted
		it.Unchanged = df.Inserted == 0 && df.Deleted == 0 && df.Excerpt == ""
		it.Excerpt = df.Excerpt
		it.ExcerptHTML = emailRedline(df.ExcerptHTML)
		if p := feeds.DiffPath(c.BillID, &v); p != "" && b.opt.BaseURL != "" {
			it.RedlineURL = paths.Base(b.opt.BaseURL).URL(p)
		}
	}
	b.d.Amended = append(b.d.Amended, it)
	return nil
}

func (b *builder) addOther(c store.Change) error {
	ref, err := b.bill(c.BillID)
	if err != nil {
		return err
	}
	line := otherLine(ref.Identifier, c.Summary)
	if i, ok := b.other[c.BillID]; ok {
		it := &b.d.Other[i]
		if len(it.Lines) < maxOtherLines {
			it.Lines = append(it.Lines, line)
		} else {
			it.More++
		}
		return nil
	}
	if b.other == nil {
		b.other = map[string]int{}
	}
	b.other[c.BillID] = len(b.d.Other)
	b.d.Other = append(b.d.Other, OtherItem{Bill: ref, Lines: []string{line}})
	return nil
}

// otherLine drops the bill identifier that change summaries start with,
// since the digest prints it once above the lines.
func otherLine(ident, summary string) string {
	s := strings.TrimPrefix(summary, ident)
	if len(s) == len(summary) {
		return summary
	}
	s = strings.TrimLeft(strings.TrimPrefix(s, ":"), " ")
	if s == "" {
		return summary
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// finish marks new bills and trims every section to MaxItems.
func (b *builder) finish() {
	d := b.d
	for i := range d.New {
		d.New[i].NewBill = b.newB[d.New[i].Bill.ID]
	}
	d.trim(b.opt.MaxItems)
}

// trim keeps at most n items per section, counting the rest in Omitted.
func (d *Digest) trim(n int) {
	d.New = capped(d.New, n, &d.Omitted.New)
	d.Moved = capped(d.Moved, n, &d.Omitted.Moved)
	d.Amended = capped(d.Amended, n, &d.Omitted.Amended)
	d.Dropped = capped(d.Dropped, n, &d.Omitted.Dropped)
	d.Other = capped(d.Other, n, &d.Omitted.Other)
}

func capped[T any](items []T, n int, omitted *int) []T {
	if len(items) <= n {
		return items
	}
	*omitted += len(items) - n
	return items[:n:n]
}

var versionField = lazyre.New(`\bversion:([^;]+)`)

// emailRedline is a stored redline excerpt as inline-styled HTML for email,
// sanitized like every excerpt; "" when there is none.
func emailRedline(stored string) template.HTML {
	if strings.TrimSpace(stored) == "" {
		return ""
	}
	return template.HTML(feeds.SanitizeRedline(stored, feeds.ForEmail))
}

// readableReason turns the watchlist's field names into words:
// `in version:As Introduced` becomes `in version “As Introduced”`.
func readableReason(reason string) string {
	return versionField.ReplaceAllString(reason, "version “$1”")
}
