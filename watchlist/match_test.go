package watchlist

import (
	"reflect"
	"strings"
	"testing"
)

func mustSet(t testing.TB, lists ...Watchlist) *Set {
	t.Helper()
	s, err := NewSet(lists...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustList(t testing.TB, w Watchlist) *Watchlist {
	t.Helper()
	return mustSet(t, w).Watchlists()[0]
}

// words returns n filler words, to push phrases apart.
func words(n int) string {
	return strings.TrimSpace(strings.Repeat("lorem ", n))
}

func TestMatchVariants(t *testing.T) {
	w := mustList(t, Watchlist{Name: "dl", Any: []string{"driver's license", "drive-only license"}})
	tests := []struct {
		text string
		want bool
	}{
		{"issue a driver's license", true},
		{"issue a drivers' license", true},
		{"issue a driver license", true},
		{"issue drivers licenses", true},
		{"issue a DRIVER’S LICENCE", true},
		{"issue a driver‘s licence", true},
		{"issue a driver-license", true},
		{"drive-only licenses", true},
		{"drive only license", true},
		{"driveonly license", true},
		{"issue a driver's\n\t license", true},
		{"the driver. License plates", true}, // punctuation separates words, as hyphens do
		{"a driving license", false},
		{"a driver's permit", false},
		{"licensed drivers", false},
	}
	for _, tt := range tests {
		r := w.Match(Doc{ID: "x/1/A1", Title: tt.text})
		if r.Matched != tt.want {
			t.Errorf("%q: matched = %v, want %v (%s)", tt.text, r.Matched, tt.want, r.Reason)
		}
	}
}

func TestNearWindow(t *testing.T) {
	w := mustList(t, Watchlist{
		Name: "near",
		All:  []Group{{Name: "records", Phrases: []string{"driver's license"}}, {Name: "use", Phrases: []string{"immigration enforcement"}}},
		Near: 10,
	})
	tests := []struct {
		name string
		doc  Doc
		want bool
	}{
		{"within window in text", Doc{Texts: []Text{{Name: "Introduced", Text: "driver's license " + words(5) + " immigration enforcement"}}}, true},
		{"exactly at window", Doc{Texts: []Text{{Name: "Introduced", Text: "driver's license " + words(8) + " immigration enforcement"}}}, true},
		{"one word beyond window", Doc{Texts: []Text{{Name: "Introduced", Text: "driver's license " + words(9) + " immigration enforcement"}}}, false},
		{"reversed order", Doc{Texts: []Text{{Name: "Introduced", Text: "immigration enforcement " + words(5) + " driver's license"}}}, true},
		{"far apart but a later pair is near", Doc{Texts: []Text{{Name: "I", Text: "driver's license " + words(50) + " immigration enforcement " + words(3) + " driver's license"}}}, true},
		{"split across versions", Doc{Texts: []Text{{Name: "A", Text: "driver's license"}, {Name: "B", Text: "immigration enforcement"}}}, false},
		{"title is a short field", Doc{Title: "driver's license " + words(30) + " immigration enforcement"}, true},
		{"title counts as near the abstract", Doc{Title: "Driver's licenses", Abstract: words(40) + " immigration enforcement"}, true},
		{"abstract alone uses the window", Doc{Abstract: "driver's license " + words(40) + " immigration enforcement"}, false},
		{"title does not reach version text", Doc{Title: "Driver's licenses", Texts: []Text{{Name: "I", Text: "immigration enforcement"}}}, false},
		{"one group only", Doc{Title: "driver's license and more driver's license"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "x/1/A1"
			if r := w.Match(tt.doc); r.Matched != tt.want {
				t.Errorf("matched = %v, want %v: %s", r.Matched, tt.want, r.Reason)
			}
		})
	}
}

func TestNoneVeto(t *testing.T) {
	w := mustList(t, Watchlist{
		Name: "veto",
		Any:  []string{"privilege card"},
		All:  []Group{{Phrases: []string{"driver's license"}}, {Phrases: []string{"confidential"}}},
		None: []string{"license fee"},
	})
	tests := []struct {
		name       string
		doc        Doc
		want       bool
		wantReason string
	}{
		{"all match, no veto", Doc{Title: "Driver's licenses; confidential records"}, true, `"driver's license" + "confidential" in title`},
		{"veto in title", Doc{Title: "License fees", Abstract: "driver's license records are confidential"}, false, `vetoed by "license fee" in title: "driver's license" + "confidential" within 60 words in abstract`},
		{"veto in abstract", Doc{Title: "Motor vehicles", Abstract: "Raises the license fee. Driver's license records are confidential."}, false, `vetoed by "license fee" in abstract`},
		{"veto word only in text does not count", Doc{Title: "Driver's licenses; confidential", Texts: []Text{{Name: "I", Text: "the license fee is $10"}}}, true, ""},
		{"any is never vetoed", Doc{Title: "License fees for privilege cards", Abstract: "driver's license records are confidential"}, true, `"privilege card" in title; "driver's license" + "confidential" within 60 words in abstract`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "x/1/A1"
			r := w.Match(tt.doc)
			if r.Matched != tt.want {
				t.Fatalf("matched = %v, want %v: %s", r.Matched, tt.want, r.Reason)
			}
			if !strings.HasPrefix(r.Reason, tt.wantReason) {
				t.Errorf("reason = %q, want prefix %q", r.Reason, tt.wantReason)
			}
			if !r.Matched && len(r.Hits) == 0 {
				t.Error("a vetoed result should show its evidence")
			}
		})
	}
}

func TestBillsAndJurisdictions(t *testing.T) {
	w := mustList(t, Watchlist{
		Name:          "vt",
		Jurisdictions: []string{"vt"},
		Bills:         []string{"ny/2025/S 1234"},
		Any:           []string{"privilege card"},
	})
	tests := []struct {
		doc        Doc
		want       bool
		wantReason string
	}{
		{Doc{ID: "vt/2026/H.1", Title: "Privilege cards"}, true, `"privilege card" in title`},
		{Doc{ID: "ny/2025/S1", Title: "Privilege cards"}, false, `jurisdiction "ny" is not watched (vt)`},
		{Doc{ID: "x", Jurisdiction: "VT", Title: "Privilege cards"}, true, `"privilege card" in title`},
		{Doc{ID: "NY/2025/s1234", Title: "Budget"}, true, "listed in bills"},
		{Doc{ID: "vt/2026/H.2", Title: "Budget"}, false, "no phrase found"},
	}
	for _, tt := range tests {
		r := w.Match(tt.doc)
		if r.Matched != tt.want || r.Reason != tt.wantReason {
			t.Errorf("%s: got %v %q, want %v %q", tt.doc.ID, r.Matched, r.Reason, tt.want, tt.wantReason)
		}
	}
	r := w.Match(Doc{ID: "ny/2025/S1234"})
	if want := []Hit{{Term: "ny/2025/S1234", Group: "bills", Field: "id", Snippet: "ny/2025/S1234"}}; !reflect.DeepEqual(r.Hits, want) {
		t.Errorf("bill hit = %+v", r.Hits)
	}
}

func TestWhyNot(t *testing.T) {
	w := mustList(t, Watchlist{
		Name: "why",
		All:  []Group{{Name: "records", Phrases: []string{"driver's license"}}, {Name: "use", Phrases: []string{"immigration"}}},
		Near: 5,
	})
	tests := []struct{ text, want string }{
		{"nothing here", "no phrase found"},
		{"a driver's license", `no "use" phrase found (only "records")`},
		{"driver's license " + words(10) + " immigration", `"records" and "use" phrases found but never within 5 words of each other`},
	}
	for _, tt := range tests {
		r := w.Match(Doc{ID: "x/1/A", Texts: []Text{{Name: "I", Text: tt.text}}})
		if r.Matched || r.Reason != tt.want || r.Hits != nil {
			t.Errorf("%q: %+v, want reason %q and no hits", tt.text, r, tt.want)
		}
	}
}

func TestHitsAndSnippets(t *testing.T) {
	w := mustList(t, Watchlist{
		Name: "h",
		Any:  []string{"privilege card"},
		All:  []Group{{Name: "records", Phrases: []string{"driver's license"}}, {Name: "use", Phrases: []string{"immigration enforcement"}}},
	})
	text := "Sec. 1. " + words(12) + " The   department shall not\n share driver’s licence records for immigration enforcement " + words(12) + " end. Privilege cards are issued " + words(3)
	r := w.Match(Doc{ID: "vt/2026/H.1", Title: "An act relating to privilege cards", Texts: []Text{{Name: "As Introduced", Text: text}}})
	want := []Hit{
		{Term: "privilege card", Group: "any", Field: "title", Snippet: "An act relating to privilege cards"},
		{Term: "driver's license", Group: "records", Field: "version:As Introduced", Snippet: "…lorem lorem lorem The department shall not share driver’s licence records for immigration enforcement lorem lorem lorem lorem…"},
		{Term: "immigration enforcement", Group: "use", Field: "version:As Introduced", Snippet: "…department shall not share driver’s licence records for immigration enforcement lorem lorem lorem lorem lorem lorem lorem lorem…"},
		{Term: "privilege card", Group: "any", Field: "version:As Introduced", Snippet: "…lorem lorem lorem lorem lorem lorem lorem end. Privilege cards are issued lorem lorem lorem"},
	}
	if !reflect.DeepEqual(r.Hits, want) {
		t.Errorf("hits:\n%s\nwant:\n%s", dumpHits(r.Hits), dumpHits(want))
	}
	wantReason := `"privilege card" in title; "driver's license" + "immigration enforcement" within 60 words in version:As Introduced`
	if r.Reason != wantReason {
		t.Errorf("reason = %q\nwant     %q", r.Reason, wantReason)
	}
}

func dumpHits(hs []Hit) string {
	var b strings.Builder
	for _, h := range hs {
		b.WriteString(h.Field + " | " + h.Group + " | " + h.Term + " | " + h.Snippet + "\n")
	}
	return b.String()
}

// TestDeterministicAndSetEqualsWatchlist matches the same documents many
// times, alone and through a set, and expects identical results.
func TestDeterministicAndSetEqualsWatchlist(t *testing.T) {
	docs := loadLabeledJSONL(t, "testdata/positives.jsonl", true)
	docs = append(docs, loadIllinois(t)...)
	long := Doc{ID: "wa/2021-22/HB1210", Texts: []Text{{Name: "Session Law", Text: waText(t)}}}
	docs = append(docs, labeled{doc: long})
	s := exampleSet(t)
	first := make([][]Result, len(docs))
	for i, d := range docs {
		first[i] = s.Match(d.doc)
		for j, w := range s.Watchlists() {
			if alone := w.Match(d.doc); !reflect.DeepEqual(alone, first[i][j]) {
				t.Fatalf("%s/%s: Watchlist.Match %+v != Set.Match %+v", d.doc.ID, w.Name, alone, first[i][j])
			}
		}
	}
	for round := 0; round < 3; round++ {
		for i, d := range docs {
			if again := s.Match(d.doc); !reflect.DeepEqual(again, first[i]) {
				t.Fatalf("%s: results changed between runs", d.doc.ID)
			}
		}
	}
}

// TestConcurrentMatch shares one set between goroutines (run with -race).
func TestConcurrentMatch(t *testing.T) {
	s := exampleSet(t)
	d := Doc{ID: "ny/2025/S1", Title: "Driver's licenses", Abstract: "undocumented immigrants; facial recognition"}
	want := s.Match(d)
	done := make(chan []Result)
	for range 4 {
		go func() {
			var last []Result
			for range 50 {
				last = s.Match(d)
			}
			done <- last
		}()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent result differs: %+v", got)
		}
	}
}
