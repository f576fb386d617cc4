package digest

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The fixture's week: the digest is built on Monday 9 March 2026, 08:00
// UTC; the previous Monday's digest (if any) covered everything before.
var (
	weekStart = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	buildTime = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
)

// fixture is a store with a clock the test moves.
type fixture struct {
	t   testing.TB
	ctx context.Context
	st  *store.Store
	now time.Time
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, ctx: ctx, st: st}
	st.SetClock(func() time.Time { return f.now })
	return f
}

func (f *fixture) at(t time.Time) *fixture { f.now = t; return f }

// apply records one observation of b at the fixture's clock.
func (f *fixture) apply(b bill.Bill, texts map[string]store.Text, matches ...store.Match) {
	f.t.Helper()
	if _, err := f.st.ApplyObservation(f.ctx, store.Observation{Bill: b, SeenAt: f.now, Texts: texts, Matches: matches}); err != nil {
		f.t.Fatal(err)
	}
}

// run records a finished run of source with the given status.
func (f *fixture) run(source, status, message string) {
	f.t.Helper()
	id, err := f.st.StartRun(f.ctx, source, "2026")
	if err != nil {
		f.t.Fatal(err)
	}
	r := store.Run{ID: id, Source: source, Session: "2026", Status: status, Message: message}
	if status == store.RunFailed {
		r.Errors = []string{message}
	}
	if err := f.st.FinishRun(f.ctx, r); err != nil {
		f.t.Fatal(err)
	}
}

func dmvMatch(reason string, hits ...store.MatchHit) store.Match {
	return store.Match{Watchlist: "dmv-data", Matched: true, Reason: reason, Hits: hits}
}

const (
	h351Intro = "An act relating to operator's licenses. Sec. 1. 23 V.S.A. § 603 is amended to read: The Commissioner shall issue a privilege card to an applicant who cannot establish lawful presence."
	h351House = "An act relating to operator's licenses. Sec. 1. 23 V.S.A. § 603 is amended to read: The Commissioner shall issue a driver's privilege card to an applicant who cannot establish lawful presence in the United States. Sec. 2. The Department of Motor Vehicles shall not disclose an applicant's records to federal immigration authorities without a judicial warrant."
)

// weekBills are the Vermont bills of the fixture (facts of real VT bills,
// shortened).
func h351() bill.Bill {
	return bill.Bill{Jurisdiction: "vt", Session: "2026", Identifier: "H.351",
		Title:    "An act relating to operator’s licenses, privilege cards, and nondriver identification cards",
		Sponsors: []bill.Sponsor{{Name: "Rep. Troy Headrick", Primary: true}, {Name: "Rep. Ana Example"}, {Name: "Rep. Bo Example"}},
		Sources:  []string{"https://legislature.vermont.gov/bill/status/2026/H.351"},
		Actions: []bill.Action{{Date: "2026-01-08", Chamber: "lower", Text: "Read first time and referred to the Committee on Transportation",
			Classification: []string{"introduction", "referral-committee"}}},
		Versions: []bill.Version{{Name: "As Introduced", URL: "https://legislature.vermont.gov/Documents/2026/Docs/BILLS/H-0351/H-0351%20As%20Introduced.pdf", MediaType: "application/pdf"}},
	}
}

func s124() bill.Bill {
	return bill.Bill{Jurisdiction: "vt", Session: "2020", Identifier: "S.124",
		Title:    "An act relating to law enforcement use of facial recognition technology",
		Sponsors: []bill.Sponsor{{Name: "Committee on Judiciary", Primary: true}},
		Sources:  []string{"https://legislature.vermont.gov/bill/status/2020/S.124"},
		Actions: []bill.Action{{Date: "2019-03-19", Chamber: "upper", Text: "Read 1st time & referred to Committee on Judiciary",
			Classification: []string{"introduction", "referral-committee"}}},
	}
}

func h999() bill.Bill {
	return bill.Bill{Jurisdiction: "vt", Session: "2026", Identifier: "H.999", Title: "An act relating to agricultural water quality",
		Sources: []string{"https://legislature.vermont.gov/bill/status/2026/H.999"}}
}

// seedWeek writes a realistic week: before it, S.124 and H.351 already
// matched; during it H.351 passed committee and got a new version, a new
// bill matched, S.124 stopped matching, an unrelated bill arrived, NY failed
// and WA went quiet.
func seedWeek(f *fixture) {
	f.at(weekStart.Add(-10 * 24 * time.Hour))
	f.run("wa", store.RunOK, "")
	f.apply(s124(), nil, dmvMatch(`"facial recognition" + "Department of Motor Vehicles" within 60 words in version:As Introduced`))
	b := h351()
	intro := b.Versions[0].URL
	f.apply(b, map[string]store.Text{intro: {SHA256: "a1", Text: h351Intro, FetchedAt: f.now}},
		dmvMatch(`"privilege card" in title`, store.MatchHit{Term: "privilege card", Group: "any", Field: "title", Snippet: b.Title}))

	f.at(weekStart.Add(26 * time.Hour))
	b.Actions = append(b.Actions, bill.Action{Date: "2026-03-03", Chamber: "lower", Text: "Favorable report with recommendation of amendment by Committee on Transportation",
		Classification: []string{"committee-passage-favorable"}})
	b.Actions = append(b.Actions, bill.Action{Date: "2026-03-03", Chamber: "lower", Text: "Referred to Committee on Appropriations per Rule 35(a)",
		Classification: []string{"referral-committee"}})
	house := bill.Version{Name: "As Passed by House", URL: "https://legislature.vermont.gov/Documents/2026/Docs/BILLS/H-0351/H-0351%20As%20Passed%20by%20House.pdf", MediaType: "application/pdf"}
	b.Versions = append(b.Versions, house)
	diff := crawl.RedlineDiffer()("As Introduced", h351Intro, h351House)
	vs, err := f.st.Versions(f.ctx, b.ID())
	if err != nil || len(vs) != 1 {
		f.t.Fatalf("versions of %s: %v %v", b.ID(), vs, err)
	}
	diff.FromVersionID = vs[0].ID // as crawl's text step sets it
	f.apply(b, map[string]store.Text{house.URL: {SHA256: "a2", Text: h351House, FetchedAt: f.now, Diff: diff}},
		dmvMatch(`"privilege card" in title`, store.MatchHit{Term: "privilege card", Group: "any", Field: "title", Snippet: b.Title}))

	f.at(weekStart.Add(50 * time.Hour))
	f.run("ny", store.RunFailed, "list page answered HTTP 503 three times")
	s38 := bill.Bill{Jurisdiction: "vt", Session: "2014", Identifier: "S.38", Title: "An act relating to operator’s privilege cards",
		Sponsors: []bill.Sponsor{{Name: "Committee on Transportation", Primary: true}},
		Sources:  []string{"https://legislature.vermont.gov/bill/status/2014/S.38"},
		Actions:  []bill.Action{{Date: "2013-05-08", Chamber: "lower", Text: "Read 3rd time and passed", Classification: []string{"passage"}}}}
	f.apply(s38, nil, dmvMatch(`"privilege card" in title; "Department of Motor Vehicles" + "lawful presence" within 60 words in version:As Introduced`,
		store.MatchHit{Term: "lawful presence", Group: "status", Field: "version:As Introduced",
			Snippet: "…the Department of Motor Vehicles shall not require proof of lawful presence in the United States for an operator’s privilege card…"}))
	f.apply(h999(), nil, store.Match{Watchlist: "dmv-data", Matched: false})

	f.at(weekStart.Add(98 * time.Hour))
	f.apply(s124(), nil, store.Match{Watchlist: "dmv-data", Matched: false, Reason: "no watchlist phrase in the current texts"})
	f.at(weekStart.Add(6 * 24 * time.Hour))
	f.run("vt", store.RunOK, "")
}

func dmvData(t testing.TB) *watchlist.Watchlist {
	t.Helper()
	w, ok := watchlist.Default().Lookup("dmv-data")
	if !ok {
		t.Fatal("no built-in dmv-data watchlist")
	}
	return w
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got ---\n%s", name, got)
	}
}
