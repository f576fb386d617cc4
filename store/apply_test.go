package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/synth"
)

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// history is a sequence of observations that exercises every branch of
// apply: new bills, unchanged re-observations, title edits and reverts,
// actions added, removed and restored, new versions, texts replaced and
// reverted, a version listed twice, watchlist flips, validators, and one bill
// observed twice in a row.
func history() []Observation {
	var out []Observation
	at := func(i int) time.Time { return t0.Add(time.Duration(i) * time.Minute) }
	for i := range 12 {
		b, text := synth.NationalBill(i)
		out = append(out, Observation{Bill: b, SeenAt: at(i), RunID: 1,
			Texts:   map[string]Text{b.Versions[0].URL: {SHA256: fmt.Sprint("t", i), Text: text, FetchedAt: at(i)}},
			Matches: []Match{{Watchlist: "dmv-data", Matched: i%5 == 0, Reason: "synthetic"}},
			Cache:   []CacheEntry{{URL: b.Sources[0], ETag: fmt.Sprint(`"e`, i, `"`), FetchedAt: at(i)}}})
	}
	b, text := synth.NationalBill(3)
	orig := b
	out = append(out, Observation{Bill: b, SeenAt: at(20)}) // unchanged
	b.Title += " and other matters"
	b.Actions = append(b.Actions[1:], bill.Action{Date: "2026-12-01", Chamber: "executive", Text: "Signed by the Governor", Classification: []string{"executive-signature"}})
	b.Versions = append(b.Versions, bill.Version{Name: "Enrolled", URL: b.Sources[0] + "/enrolled", MediaType: "text/html"})
	b.Documents = []bill.Version{{Name: "Fiscal note", URL: b.Sources[0] + "/fn"}}
	out = append(out, Observation{Bill: b, SeenAt: at(21), RunID: 2,
		Texts: map[string]Text{
			b.Versions[0].URL: {SHA256: "t3-amended", Text: text + "\n(z) Amended.", FetchedAt: at(21)},
			b.Versions[1].URL: {SHA256: "t3-enrolled", Text: text, FetchedAt: at(21)}},
		Matches: []Match{{Watchlist: "dmv-data", Matched: true, Reason: "now"}}})
	// Title, actions and text all revert; the bill is observed twice in a row.
	orig.Versions = append(orig.Versions, b.Versions[1])
	for k := range 2 {
		out = append(out, Observation{Bill: orig, SeenAt: at(22 + k), RunID: 3,
			Texts:   map[string]Text{orig.Versions[0].URL: {SHA256: "t3", Text: text, FetchedAt: at(22)}},
			Matches: []Match{{Watchlist: "dmv-data", Matched: false}, {Watchlist: "other", Matched: true, Reason: "x"}}})
	}
	// A new bill that lists one URL twice and one watchlist twice.
	d, dtext := synth.NationalBill(500)
	d.Versions = append(d.Versions, d.Versions[0])
	out = append(out, Observation{Bill: d, SeenAt: at(30),
		Texts:   map[string]Text{d.Versions[0].URL: {SHA256: "d", Text: dtext, FetchedAt: at(30)}},
		Matches: []Match{{Watchlist: "dmv-data", Matched: true, Reason: "a"}, {Watchlist: "dmv-data", Matched: true, Reason: "b"}}})
	return out
}

// dump returns every row of every table the apply path writes, in rowid order.
func dump(t *testing.T, s *Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, tbl := range []string{"bills", "bill_revisions", "actions", "versions", "version_texts", "matches", "changes", "http_cache", "search"} {
		rows, err := s.r.Query(`SELECT * FROM ` + tbl + ` ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[tbl] = append(out[tbl], fmt.Sprintf("%v", vals))
		}
		rows.Close()
	}
	return out
}

func openAt(t *testing.T, name string) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// A batch writes exactly the rows, ids and change-log entries that the same
// observations applied one by one write, whatever the batch boundaries.
func TestBatchEqualsOneByOne(t *testing.T) {
	ctx := context.Background()
	obs := history()
	one := openAt(t, "one.db")
	var want []ApplyResult
	for _, o := range obs {
		r, err := one.ApplyObservation(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, r)
	}
	wantRows := dump(t, one)
	for _, size := range []int{len(obs), 4, 1} {
		t.Run(fmt.Sprint("batch ", size), func(t *testing.T) {
			s := openAt(t, "batch.db")
			var got []ApplyResult
			for i := 0; i < len(obs); i += size {
				rs, err := s.ApplyObservations(ctx, obs[i:min(i+size, len(obs))])
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, rs...)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("results differ:\n got %+v\nwant %+v", got, want)
			}
			if gotRows := dump(t, s); !reflect.DeepEqual(gotRows, wantRows) {
				for tbl := range wantRows {
					if !reflect.DeepEqual(gotRows[tbl], wantRows[tbl]) {
						t.Errorf("table %s differs:\n got %v\nwant %v", tbl, gotRows[tbl], wantRows[tbl])
					}
				}
			}
		})
	}
}

// The full-text index holds every title, abstract and text ever stored for a
// bill exactly once per field, however often they come back.
func TestSearchIndexHasEachTextOnce(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, "bw.db")
	for _, o := range history() {
		if _, err := s.ApplyObservation(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	var dups int
	if err := s.r.QueryRow(`SELECT count(*) FROM (SELECT 1 FROM search GROUP BY bill_id, field, body HAVING count(*) > 1)`).Scan(&dups); err != nil || dups != 0 {
		t.Fatalf("duplicate index rows: %d %v", dups, err)
	}
	var missing int
	err := s.r.QueryRow(`SELECT
		(SELECT count(*) FROM bill_revisions r WHERE NOT EXISTS (SELECT 1 FROM search WHERE bill_id = r.bill_id AND field = 'title' AND body = json_extract(r.data, '$.title'))) +
		(SELECT count(*) FROM version_texts t JOIN versions v ON v.id = t.version_id WHERE NOT EXISTS
			(SELECT 1 FROM search WHERE bill_id = v.bill_id AND field = 'version:' || v.name AND body = t.text))`).Scan(&missing)
	if err != nil || missing != 0 {
		t.Fatalf("stored titles or texts missing from the index: %d %v", missing, err)
	}
	var n int
	if err := s.r.QueryRow(`SELECT count(*) FROM search WHERE bill_id = ? AND field = 'title'`, history()[3].Bill.ID()).Scan(&n); err != nil || n != 2 {
		t.Fatalf("title rows after an edit and a revert: %d, want 2", n)
	}
}

// A failing observation leaves nothing of its batch behind, and the error
// names the bill.
func TestBatchIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, "bw.db")
	obs := history()[:3]
	// A bill row without its revision makes the third observation fail
	// after the first two were written inside the transaction.
	if _, err := s.w.Exec(`INSERT INTO bills (id, jurisdiction, session, identifier, revision, first_seen, last_changed)
		VALUES (?, 'x', 'x', 'x', 7, '', '')`, obs[2].Bill.ID()); err != nil {
		t.Fatal(err)
	}
	_, err := s.ApplyObservations(ctx, obs)
	if err == nil || !strings.Contains(err.Error(), obs[2].Bill.ID()) {
		t.Fatalf("error %v, want one naming %s", err, obs[2].Bill.ID())
	}
	if rows := dump(t, s); len(rows["bills"]) != 1 || len(rows["changes"]) != 0 || len(rows["actions"]) != 0 {
		t.Fatalf("a failed batch wrote rows: %d bills, %d changes", len(rows["bills"]), len(rows["changes"]))
	}
}
