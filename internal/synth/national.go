// Package synth generates synthetic but realistic legislative data at scale
// for benchmarks: a national year of bills for the store (NationalBill) and a
// whole Vermont session as a site the real crawler can fetch (Vermont). Every
// value is a pure function of its index, so runs are reproducible and nothing
// has to be kept in memory.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// ActionsPerBill is the history length of every national bill.
const ActionsPerBill = 10

// TextBytes is the approximate length of each national bill's version text.
const TextBytes = 2048

var jurisdictions = []string{"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
	"ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
	"oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "us"}

func rng(seed, i int) *rand.Rand { return rand.New(rand.NewPCG(uint64(seed), uint64(i))) }

// pickTopic draws a topic: the two immigration-related topics are rare (about
// 0.3% and 0.2% of bills), the rest follow a Zipf curve.
func pickTopic(r *rand.Rand) topic {
	switch n := r.IntN(1000); {
	case n < 2:
		return topics[len(topics)-1]
	case n < 5:
		return topics[len(topics)-2]
	}
	z := rand.NewZipf(r, 1.1, 4, uint64(len(topics)-3))
	return topics[z.Uint64()]
}

// NationalBill returns bill i (0-based) of a synthetic national year and the
// text of its one version. Bills rotate through 52 jurisdictions, so bill i
// is number i/52+1 of its jurisdiction.
func NationalBill(i int) (bill.Bill, string) {
	r := rng(1, i)
	j := jurisdictions[i%len(jurisdictions)]
	upper := r.IntN(5) < 2
	prefix, chamber := "HB", bill.Lower
	if upper {
		prefix, chamber = "SB", bill.Upper
	}
	ident := fmt.Sprintf("%s %d", prefix, i/len(jurisdictions)+1)
	t := pickTopic(r)
	title := "An act relating to " + t.subject
	if r.IntN(3) == 0 {
		title += " and " + t.phrases[r.IntN(len(t.phrases))]
	}
	b := bill.Bill{Jurisdiction: j, Session: "2026", Identifier: ident, Title: title, Classification: []string{"bill"},
		Chamber: chamber, Subjects: []string{t.subject},
		Sponsors: []bill.Sponsor{{Name: sponsorName(r, upper), Primary: true, Classification: "primary", EntityType: "person"}},
		Sources:  []string{fmt.Sprintf("https://legislature.example/%s/2026/%s", j, strings.ReplaceAll(ident, " ", ""))}}
	if r.IntN(2) == 0 {
		b.Abstract = "This bill proposes to amend the law on " + t.phrases[r.IntN(len(t.phrases))] + " and " + t.phrases[r.IntN(len(t.phrases))] + "."
	}
	for k := 0; k < 1+r.IntN(3); k++ {
		b.Sponsors = append(b.Sponsors, bill.Sponsor{Name: sponsorName(r, upper), Classification: "cosponsor", EntityType: "person"})
	}
	b.Actions = nationalHistory(r, t, chamber)
	b.Status = b.Actions[len(b.Actions)-1].Text
	b.Versions = []bill.Version{{Name: "Introduced", Date: b.Actions[0].Date, MediaType: "text/html", Class: "introduced",
		URL: b.Sources[0] + "/text/introduced.html"}}
	return b, billText(r, t, title, TextBytes)
}

func sponsorName(r *rand.Rand, upper bool) string {
	if upper {
		return "Sen. " + surnames[r.IntN(len(surnames))]
	}
	return "Rep. " + surnames[r.IntN(len(surnames))]
}

// nationalHistory is ActionsPerBill actions in date order, walking a bill
// through both chambers; dates advance a few days per step.
func nationalHistory(r *rand.Rand, t topic, chamber string) []bill.Action {
	other := bill.Upper
	if chamber == bill.Upper {
		other = bill.Lower
	}
	day := r.IntN(60)
	acts := make([]bill.Action, ActionsPerBill)
	for k := range acts {
		a := nationalActions[k%len(nationalActions)]
		if k == ActionsPerBill-1 && r.IntN(3) == 0 {
			a = nationalActions[len(nationalActions)-1-r.IntN(2)]
		}
		text := a.text
		if strings.Contains(text, "%s") {
			text = fmt.Sprintf(text, t.committee)
		}
		ch := chamber
		if k >= 6 {
			ch = other
		}
		day += 1 + r.IntN(9)
		acts[k] = bill.Action{Date: dateOf(2026, day), Chamber: ch, Text: text, Order: k, Classification: a.codes}
	}
	return acts
}

// dateOf is day n (0-based) of year y as YYYY-MM-DD.
func dateOf(y, n int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, 1+n/28%12, 1+n%28)
}

// billText drafts about size bytes in statutory style from the topic's phrases.
func billText(r *rand.Rand, t topic, title string, size int) string {
	var b strings.Builder
	b.WriteString(title)
	b.WriteString("\nIt is hereby enacted by the General Assembly:\n")
	sec := 1
	for b.Len() < size {
		if r.IntN(4) == 0 || sec == 1 {
			fmt.Fprintf(&b, "Sec. %d. %d V.S.A. § %d is amended to read:\n", sec, 1+r.IntN(33), 100+r.IntN(9000))
			sec++
		}
		s := sentences[r.IntN(len(sentences))]
		p1 := t.phrases[r.IntN(len(t.phrases))]
		p2 := t.phrases[r.IntN(len(t.phrases))]
		if strings.HasPrefix(s, "The %s") || strings.HasPrefix(s, "Nothing") || strings.HasPrefix(s, "There") {
			p1 = strings.TrimPrefix(generalNouns[r.IntN(len(generalNouns))], "the ")
		}
		fmt.Fprintf(&b, "(%c) ", 'a'+rune(r.IntN(8)))
		fmt.Fprintf(&b, s, p1, p2)
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "Sec. %d. EFFECTIVE DATE\nThis act shall take effect on July 1, 2026.\n", sec)
	return b.String()
}
