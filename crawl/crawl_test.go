package crawl_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/store"
)

func kindsOf(chs []store.Change) []string {
	var out []string
	for _, c := range chs {
		out = append(out, c.Kind)
	}
	return out
}

// A re-check of an unchanged session costs the list requests plus 304s and
// writes nothing.
func TestRecheckUnchangedWritesNothing(t *testing.T) {
	e := newEnv(t)
	first, err := e.crawl(t, "2020")
	if err != nil || first.Status != store.RunOK {
		t.Fatalf("first crawl: %+v %v", first, err)
	}
	before := counts(t, e.st)
	second, err := e.crawl(t, "2020")
	if err != nil {
		t.Fatal(err)
	}
	if second.Changes != 0 || second.RowsWritten != 0 {
		t.Fatalf("re-check wrote %d rows, %d changes", second.RowsWritten, second.Changes)
	}
	if after := counts(t, e.st); !equalCounts(before, after) {
		t.Fatalf("row counts moved: %v → %v", before, after)
	}
	// 3 list pages, then status page, actions JSON and the one PDF as 304s.
	if second.Requests != 6 || second.NotModified != 3 {
		t.Fatalf("re-check: %d requests, %d not modified", second.Requests, second.NotModified)
	}
	if second.Bytes*100 > first.Bytes*30 {
		t.Logf("note: re-check bytes %d vs first %d (the list pages dominate this tiny session)", second.Bytes, first.Bytes)
	}
}

func TestDay2RecordsEachChange(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "2020"); err != nil {
		t.Fatal(err)
	}
	mark := lastChange(t, e.st)
	e.site.SetDay(2)
	run, err := e.crawl(t, "2020")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("day 2: %+v %v", run, err)
	}
	chs := changesSince(t, e.st, mark)
	want := []string{store.KindMetadata, store.KindAction, store.KindAction, store.KindAction, store.KindAction, store.KindVersion}
	if got := kindsOf(chs); !slices.Equal(got, want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	if !strings.Contains(chs[0].Summary, "enacted as Act 166") {
		t.Errorf("act change summary: %q", chs[0].Summary)
	}
	v := chs[len(chs)-1]
	if !strings.Contains(v.Summary, "amended") || !strings.Contains(string(v.Details), `"diff"`) {
		t.Errorf("new version change lacks its redline summary: %s %s", v.Summary, v.Details)
	}
	d, err := e.st.Bill(t.Context(), "vt/2020/S.124")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Versions) != 2 || d.Versions[1].TextLength == 0 || len(d.Actions) != 7 {
		t.Fatalf("stored bill: %d versions, %d actions", len(d.Versions), len(d.Actions))
	}
	if len(d.Matches) != 1 || !d.Matches[0].Matched {
		t.Fatalf("S.124 should match dmv-data: %+v", d.Matches)
	}
}

// Off-topic bills are stored but never reported as matching.
func TestWatchlistSeparatesOnAndOffTopic(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "2026"); err != nil {
		t.Fatal(err)
	}
	rows, err := e.st.ListBills(t.Context(), store.BillFilter{Watchlist: "dmv-data"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"vt/2026/H.351"}) {
		t.Fatalf("matching bills %v", ids)
	}
}
