package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// oldSchemaDB builds a database at schema version 2 (before the full-text
// index used external content) holding what the old apply code wrote for two
// bills: their titles, an abstract, and two texts of one version, the second
// with the same words as the first and so not indexed again. It adds one
// index row whose words match no stored text, as a hand edit might have.
func oldSchemaDB(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	w, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.SetMaxOpenConns(1)
	s := &Store{w: w}
	if err := s.migrateTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	text := "Sec. 1. The Department of Motor Vehicles shall not share license photographs with any federal agency."
	for _, q := range []string{
		`INSERT INTO bills VALUES ('vt/2026/H.1', 'vt', '2026', 'H.1', 'An act relating to driver privacy', 'On photographs.', '', '', 1, 't0', 't0', NULL)`,
		`INSERT INTO bills VALUES ('vt/2026/H.2', 'vt', '2026', 'H.2', 'An act relating to fishing licenses', '', '', '', 1, 't0', 't0', NULL)`,
		`INSERT INTO bill_revisions VALUES ('vt/2026/H.1', 1, '{"title":"An act relating to driver privacy","abstract":"On photographs."}', 'x', 't0', 1)`,
		`INSERT INTO bill_revisions VALUES ('vt/2026/H.2', 1, '{"title":"An act relating to fishing licenses"}', 'y', 't0', 1)`,
		`INSERT INTO versions VALUES (1, 'vt/2026/H.1', 'version', 'Introduced', '', 'https://x/h1.pdf', '', '', 0, 't0', 1)`,
		`INSERT INTO version_texts VALUES (1, 1, 'a', '` + text + `', '', 't0', 1)`,
		`INSERT INTO version_texts VALUES (2, 1, 'b', '` + text + `', '', 't1', 2)`,
		`INSERT INTO changes (bill_id, jurisdiction, kind, summary, seen_at) VALUES ('vt/2026/H.1', 'vt', 'new_bill', 'New bill H.1', 't0')`,
		`INSERT INTO search (bill_id, field, body) VALUES ('vt/2026/H.1', 'title', 'An act relating to driver privacy')`,
		`INSERT INTO search (bill_id, field, body) VALUES ('vt/2026/H.1', 'abstract', 'On photographs.')`,
		`INSERT INTO search (bill_id, field, body) VALUES ('vt/2026/H.1', 'version:Introduced', '` + text + `')`,
		`INSERT INTO search (bill_id, field, body) VALUES ('vt/2026/H.2', 'title', 'An act relating to fishing licenses')`,
		`INSERT INTO search (bill_id, field, body) VALUES ('vt/2026/H.2', 'version:Gone', 'Words of a fishing license text that was never stored.')`,
	} {
		if _, err := w.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// indexRows is what the full-text table answers for plain SELECTs.
func indexRows(t *testing.T, db *sql.DB) [][4]string {
	t.Helper()
	rows, err := db.Query(`SELECT rowid, bill_id, field, body FROM search ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][4]string
	for rows.Next() {
		var r [4]string
		if err := rows.Scan(&r[0], &r[1], &r[2], &r[3]); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// Opening a version-2 database upgrades it in place: every other table is
// untouched, the index answers with the same rows and rowids, texts are no
// longer stored twice, and search (with snippets) and new applies work.
func TestMigrateSearchToExternalContent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	oldSchemaDB(t, path)
	old, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		t.Fatal(err)
	}
	oldStore := &Store{r: old}
	before, beforeIndex := dump(t, oldStore), indexRows(t, old)
	old.Close()
	delete(before, "search")

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v < 3 {
		t.Fatalf("schema version %d %v, want 3 or later", v, err)
	}
	after := dump(t, s)
	delete(after, "search")
	if !reflect.DeepEqual(after, before) {
		t.Fatalf("tables changed by the migration:\n got %v\nwant %v", after, before)
	}
	if got := indexRows(t, s.r); !reflect.DeepEqual(got, beforeIndex) {
		t.Fatalf("index rows:\n got %v\nwant %v", got, beforeIndex)
	}
	var inline, linked int
	if err := s.r.QueryRow(`SELECT count(body), count(text_id) FROM search_docs`).Scan(&inline, &linked); err != nil || inline != 4 || linked != 1 {
		t.Fatalf("search_docs: %d inline bodies, %d linked texts (%v); want 4 and 1", inline, linked, err)
	}
	if _, err := s.w.Exec(`INSERT INTO search (search, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("index does not match its content: %v", err)
	}
	hits, err := s.Search(ctx, `"license photographs"`, 10)
	if err != nil || len(hits) != 1 || hits[0].BillID != "vt/2026/H.1" || hits[0].Field != "version:Introduced" ||
		!strings.Contains(hits[0].Snippet, "share [license photographs] with") || hits[0].Title != "An act relating to driver privacy" {
		t.Fatalf("search after migration: %+v %v", hits, err)
	}
	if hits, err := s.Search(ctx, `"never stored"`, 10); err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "[never stored]") {
		t.Fatalf("search of an inline body: %+v %v", hits, err)
	}
	b := sampleBill()
	if _, err := s.ApplyObservation(ctx, Observation{Bill: b, Texts: map[string]Text{b.Versions[0].URL: {SHA256: "z", Text: "No drones over farms."}}}); err != nil {
		t.Fatal(err)
	}
	if hits, err := s.Search(ctx, `drones`, 10); err != nil || len(hits) != 1 || hits[0].Snippet != "No [drones] over farms." {
		t.Fatalf("search of a text applied after migration: %+v %v", hits, err)
	}
}
