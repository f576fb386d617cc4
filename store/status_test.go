package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// The site's status line is replaced in bills.status, and every line it
// replaces is kept in status_history; an observation without a status line
// keeps the stored one, and an unchanged one writes nothing.
func TestReplacedStatusLinesAreKept(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	b := sampleBill()
	steps := []struct {
		status   string
		wantRows bool
	}{
		{"Introduced", true}, {"Passed House", true}, {"Passed House", false}, {"", false}, {"Signed by Governor", true},
	}
	for i, st := range steps {
		b.Status = st.status
		res, err := s.ApplyObservation(ctx, Observation{Bill: b, SeenAt: t0.Add(time.Duration(i) * time.Hour), RunID: int64(i + 1)})
		if err != nil {
			t.Fatal(err)
		}
		if (res.Rows > 0) != st.wantRows {
			t.Errorf("step %d (%q): %d rows written", i, st.status, res.Rows)
		}
	}
	var current string
	if err := s.r.QueryRow(`SELECT status FROM bills`).Scan(&current); err != nil || current != "Signed by Governor" {
		t.Fatalf("current status %q %v", current, err)
	}
	rows, err := s.r.Query(`SELECT status, replaced_at, run_id FROM status_history ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var status, at string
		var run int64
		if err := rows.Scan(&status, &at, &run); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s@%s#%d", status, at, run))
	}
	want := []string{"Introduced@2026-03-02T11:00:00Z#2", "Passed House@2026-03-02T14:00:00Z#5"}
	if !equal(got, want) {
		t.Fatalf("status_history %q, want %q", got, want)
	}
}
