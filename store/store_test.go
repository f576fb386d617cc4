package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sampleBill() bill.Bill {
	return bill.Bill{
		Jurisdiction: "vt", Session: "2020", Identifier: "S.124",
		Title:    "An act relating to a moratorium on facial recognition technology",
		Sponsors: []bill.Sponsor{{Name: "Sen. Example", Primary: true}},
		Actions: []bill.Action{
			{Date: "2019-03-19", Chamber: "upper", Text: "Read 1st time & referred to Committee on Judiciary", Classification: []string{"introduction", "referral-committee"}},
		},
		Versions: []bill.Version{{Name: "As Introduced", URL: "https://legislature.vermont.gov/Documents/2020/Docs/BILLS/S-0124/S-0124%20As%20Introduced.pdf", MediaType: "application/pdf"}},
	}
}

func kinds(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind)
	}
	return out
}

func TestApplyIsIdempotentAndRecordsEachChange(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	b := sampleBill()
	texts := map[string]Text{b.Versions[0].URL: {SHA256: "aa", Text: "Sec. 1. No law enforcement officer shall use facial recognition.", FetchedAt: time.Now()}}
	match := []Match{{Watchlist: "dmv-data", Matched: true, Reason: "facial recognition"}}
	res, err := s.ApplyObservation(ctx, Observation{Bill: b, Texts: texts, Matches: match})
	if err != nil {
		t.Fatal(err)
	}
	if !res.New || len(res.Changes) != 2 {
		t.Fatalf("first apply: new=%v changes=%v", res.New, kinds(res.Changes))
	}
	res, err = s.ApplyObservation(ctx, Observation{Bill: b, Texts: texts, Matches: match})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 0 || len(res.Changes) != 0 {
		t.Fatalf("re-apply wrote %d rows, changes %v", res.Rows, kinds(res.Changes))
	}

	b.Title += " and drones"
	b.Actions = append(b.Actions, bill.Action{Date: "2020-06-01", Chamber: "upper", Text: "Passed", Classification: []string{"passage"}})
	b.Versions = append(b.Versions, bill.Version{Name: "As Passed", URL: "https://example.test/p.pdf"})
	res, err = s.ApplyObservation(ctx, Observation{Bill: b, Matches: []Match{{Watchlist: "dmv-data", Matched: false}}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{KindTitle, KindAction, KindVersion, KindUnmatch}
	if got := kinds(res.Changes); !equal(got, want) {
		t.Fatalf("changes %v, want %v", got, want)
	}

	// An action that disappears is recorded; an empty history is not evidence.
	b.Actions = b.Actions[1:]
	res, _ = s.ApplyObservation(ctx, Observation{Bill: b})
	if got := kinds(res.Changes); !equal(got, []string{KindActionRemoved}) {
		t.Fatalf("removal: %v", got)
	}
	b.Actions = nil
	res, _ = s.ApplyObservation(ctx, Observation{Bill: b})
	if len(res.Changes) != 0 {
		t.Fatalf("empty history recorded %v", kinds(res.Changes))
	}
	acts, _ := s.Actions(ctx, b.ID())
	if len(acts) != 2 {
		t.Fatalf("actions lost: %d", len(acts))
	}
	d, err := s.Bill(ctx, "vt/2020/S.124")
	if err != nil || len(d.Versions) != 2 || d.Title != b.Title {
		t.Fatalf("bill detail: %+v %v", d, err)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	b := sampleBill()
	_, err := s.ApplyObservation(ctx, Observation{Bill: b, Texts: map[string]Text{b.Versions[0].URL: {SHA256: "x", Text: "The Department of Motor Vehicles shall not share photographs."}}})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, `"motor vehicles"`, 10)
	if err != nil || len(hits) != 1 || hits[0].Field != "version:As Introduced" {
		t.Fatalf("search: %+v %v", hits, err)
	}
	if _, err := s.Search(ctx, `"unterminated`, 10); !errors.Is(err, ErrBadQuery) {
		t.Fatalf("bad query: %v", err)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
