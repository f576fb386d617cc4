package store

import (
	"context"
	"errors"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

// The pipeline's cheap view of a stored bill's versions agrees with the
// full one, and Texts returns versions only.
func TestStoredVersionsAndTexts(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := s.StoredVersions(ctx, "vt/2020/S.124"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown bill: %v", err)
	}
	b := sampleBill()
	b.Versions = append(b.Versions, bill.Version{Name: "As Passed", URL: "https://example.test/passed.pdf"})
	b.Documents = []bill.Version{{Name: "Fiscal note", URL: "https://example.test/note.pdf"}}
	texts := map[string]Text{
		b.Versions[0].URL:  {SHA256: "a", Text: "Sec. 1. Introduced."},
		b.Documents[0].URL: {SHA256: "n", Text: "The fiscal note."},
	}
	if _, err := s.ApplyObservation(ctx, Observation{Bill: b, Texts: texts}); err != nil {
		t.Fatal(err)
	}
	vs, err := s.StoredVersions(ctx, b.ID())
	if err != nil || len(vs) != 3 {
		t.Fatalf("stored versions %+v %v", vs, err)
	}
	for i, want := range []struct {
		url          string
		doc, hasText bool
	}{{b.Versions[0].URL, false, true}, {b.Versions[1].URL, false, false}, {b.Documents[0].URL, true, true}} {
		if v := vs[i]; v.URL != want.url || v.Document != want.doc || v.HasText != want.hasText {
			t.Errorf("version %d: %+v, want %+v", i, v, want)
		}
	}
	cur, err := s.Current(ctx, b.ID())
	if err != nil || cur.Identifier != b.Identifier || cur.Title != b.Title || len(cur.Versions) != 2 || len(cur.Documents) != 1 ||
		cur.Versions[1].URL != b.Versions[1].URL || cur.Documents[0].Name != "Fiscal note" || len(cur.Actions) != 1 {
		t.Fatalf("current %+v %v", cur, err)
	}
	got, err := s.Texts(ctx, b.ID())
	if err != nil || len(got) != 1 || got[0].Role != "version" || got[0].Name != "As Introduced" {
		t.Fatalf("texts %+v %v", got, err)
	}

	// A stored bill without versions is found, with none.
	nb := sampleBill()
	nb.Identifier, nb.Versions = "S.125", nil
	if _, err := s.ApplyObservation(ctx, Observation{Bill: nb}); err != nil {
		t.Fatal(err)
	}
	if vs, err := s.StoredVersions(ctx, nb.ID()); err != nil || len(vs) != 0 {
		t.Fatalf("bill without versions: %+v %v", vs, err)
	}
}
