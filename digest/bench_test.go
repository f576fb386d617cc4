package digest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/store"
)

// benchChanges is the size of the benchmark's week.
const benchChanges = 500

// busyWeek fills a store with 120 matching bills first seen a month before
// the week, then, during the week, milestones, other actions, amended texts
// with real redlines, new documents, new matching bills and bills dropping
// off, until the week holds benchChanges changes. It returns the cursor
// before the week.
func busyWeek(b *testing.B) (*fixture, int64) {
	b.Helper()
	f := newFixture(b)
	states := []string{"vt", "ny", "wa"}
	mk := func(i int) bill.Bill {
		j := states[i%len(states)]
		return bill.Bill{Jurisdiction: j, Session: "2026", Identifier: fmt.Sprintf("HB%d", 1000+i),
			Title:    fmt.Sprintf("An act relating to driver's privilege cards and the confidentiality of motor vehicle records (%d)", i),
			Sponsors: []bill.Sponsor{{Name: fmt.Sprintf("Rep. Sponsor %d", i), Primary: true}, {Name: "Rep. Co Sponsor"}},
			Sources:  []string{fmt.Sprintf("https://legislature.example.gov/%s/2026/HB%d", j, 1000+i)},
			Actions:  []bill.Action{{Date: "2026-01-10", Chamber: "lower", Text: "Introduced and referred to Transportation", Classification: []string{"introduction", "referral-committee"}}},
			Versions: []bill.Version{{Name: "Introduced", URL: fmt.Sprintf("https://legislature.example.gov/%s/2026/HB%d/intro.pdf", j, 1000+i)}},
		}
	}
	text := func(i, rev int) string {
		var sb strings.Builder
		for s := 1; s <= 12; s++ {
			fmt.Fprintf(&sb, "Sec. %d. The Department of Motor Vehicles shall not disclose personal information from a driver's license record or a privilege card application to any federal agency for purposes of civil immigration enforcement, except as required by a judicial warrant. ", s)
			if rev > 0 && s%(3+i%4) == 0 {
				fmt.Fprintf(&sb, "The Commissioner shall report each request received, and its outcome, to the General Assembly on or before January 15 of each year (revision %d). ", rev)
			}
		}
		return sb.String()
	}
	match := dmvMatch(`"privilege card" in title`, store.MatchHit{Term: "privilege card", Group: "any", Field: "title", Snippet: "driver's privilege cards"})
	bills := make([]bill.Bill, 120)
	f.at(weekStart.Add(-30 * 24 * time.Hour))
	for i := range bills {
		bills[i] = mk(i)
		f.apply(bills[i], map[string]store.Text{bills[i].Versions[0].URL: {SHA256: fmt.Sprint("t", i, 0), Text: text(i, 0), FetchedAt: f.now}}, match)
	}
	f.run("vt", store.RunOK, "")
	f.run("ny", store.RunOK, "")
	f.run("wa", store.RunOK, "")
	cursor, _ := f.st.LastChangeID(f.ctx)
	milestones := []string{"committee-passage-favorable", "passage", "hearing-held", "executive-signature"}
	for round := 0; ; round++ {
		for i := range bills {
			if last, _ := f.st.LastChangeID(f.ctx); last-cursor >= benchChanges {
				return f, cursor
			}
			f.at(weekStart.Add(time.Duration(round*len(bills)+i) * time.Minute))
			bl := &bills[i]
			day := fmt.Sprintf("2026-03-0%d", 2+round%6)
			bl.Actions = append(bl.Actions,
				bill.Action{Date: day, Chamber: "lower", Text: fmt.Sprintf("Reported favorably, round %d", round), Classification: []string{milestones[(i+round)%len(milestones)]}},
				bill.Action{Date: day, Chamber: "lower", Text: fmt.Sprintf("Placed on calendar, round %d", round), Classification: []string{"other"}})
			texts := map[string]store.Text{}
			if (i+round)%3 == 0 {
				v := bill.Version{Name: fmt.Sprintf("Amended %d", round+1), URL: fmt.Sprintf("%s/amended-%d.pdf", bl.Sources[0], round+1)}
				prev := bl.Versions[len(bl.Versions)-1].Name
				bl.Versions = append(bl.Versions, v)
				texts[v.URL] = store.Text{SHA256: fmt.Sprint("t", i, round+1), Text: text(i, round+1), FetchedAt: f.now,
					Diff: crawl.RedlineDiffer()(prev, text(i, round), text(i, round+1))}
			}
			if i%4 == 0 {
				bl.Documents = append(bl.Documents, bill.Version{Name: fmt.Sprintf("Fiscal note %d", round+1), URL: fmt.Sprintf("%s/fiscal-%d.pdf", bl.Sources[0], round+1)})
			}
			m := match
			if i%40 == 39 && round == 0 {
				m = store.Match{Watchlist: "dmv-data", Matched: false}
			}
			f.apply(*bl, texts, m)
		}
	}
}

func benchDigest(b *testing.B, maxItems int, compose bool) {
	f, cursor := busyWeek(b)
	w := dmvData(b)
	tm, err := LoadTemplates("")
	if err != nil {
		b.Fatal(err)
	}
	last, _ := f.st.LastChangeID(f.ctx)
	var size, htmlSize, textSize int
	b.ResetTimer()
	for b.Loop() {
		d, err := Build(f.ctx, f.st, w, Window{AfterID: cursor, SentAt: weekStart}, Options{Now: buildTime, BaseURL: "https://billwatch.example.org", MaxItems: maxItems})
		if err != nil {
			b.Fatal(err)
		}
		if !compose {
			continue
		}
		r, d, err := tm.RenderFit(d, Budget)
		if err != nil {
			b.Fatal(err)
		}
		m, err := Compose(d, r, Envelope{From: "billwatch <d@billwatch.example.org>", To: "ana@example.org", Domain: "billwatch.example.org"})
		if err != nil {
			b.Fatal(err)
		}
		raw, err := m.Bytes()
		if err != nil {
			b.Fatal(err)
		}
		size, htmlSize, textSize = len(raw), len(r.HTML), len(r.Text)
	}
	b.ReportMetric(float64(last-cursor), "changes")
	if compose {
		b.ReportMetric(float64(size), "msg-bytes")
		b.ReportMetric(float64(htmlSize), "html-bytes")
		b.ReportMetric(float64(textSize), "text-bytes")
	}
}

// BenchmarkBuild500 reads a 500-change week into a digest (sections capped
// at DefaultMaxItems, as sent).
func BenchmarkBuild500(b *testing.B) { benchDigest(b, 0, false) }

// BenchmarkDigest500 is the whole message: build, render both parts,
// compose and encode.
func BenchmarkDigest500(b *testing.B) { benchDigest(b, 0, true) }

// BenchmarkDigest500Uncapped starts from every item listed and lets
// RenderFit cut the message down to Budget.
func BenchmarkDigest500Uncapped(b *testing.B) { benchDigest(b, 10000, true) }

// BenchmarkCompose is go-mail's share: the MIME message of the fixture's
// week (both parts, quoted-printable) built and written out.
func BenchmarkCompose(b *testing.B) {
	f := newFixture(b)
	seedWeek(f)
	after, _ := f.st.ChangeIDBefore(f.ctx, weekStart)
	d, err := Build(f.ctx, f.st, dmvData(b), Window{AfterID: after, SentAt: weekStart}, Options{Now: buildTime, BaseURL: "https://billwatch.example.org"})
	if err != nil {
		b.Fatal(err)
	}
	tm, _ := LoadTemplates("")
	r, err := tm.Render(d)
	if err != nil {
		b.Fatal(err)
	}
	var size int
	for b.Loop() {
		m, err := Compose(d, r, Envelope{From: "billwatch <d@billwatch.example.org>", To: "ana@example.org", Domain: "billwatch.example.org"})
		if err != nil {
			b.Fatal(err)
		}
		raw, err := m.Bytes()
		if err != nil {
			b.Fatal(err)
		}
		size = len(raw)
	}
	b.ReportMetric(float64(size), "msg-bytes")
}
