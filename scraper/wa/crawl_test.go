package wa_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/store"
)

func TestFirstCrawlStoresEachBill(t *testing.T) {
	e := newEnv(t)
	for _, sess := range []string{"2025-26", "2021-22"} {
		if run, err := e.crawl(t, sess); err != nil || run.Status != store.RunOK {
			t.Fatalf("%s: %+v %v", sess, run, err)
		}
	}
	rows, err := e.st.ListBills(t.Context(), store.BillFilter{Jurisdiction: "wa"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	slices.Sort(ids)
	if want := []string{"wa/2021-22/HB1210", "wa/2025-26/HB1069", "wa/2025-26/SB6137"}; !slices.Equal(ids, want) {
		t.Fatalf("stored %v, want %v", ids, want)
	}
	d, err := e.st.Bill(t.Context(), "wa/2025-26/SB6137")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actions) != 27 || len(d.Versions) != 1 || d.Versions[0].TextLength == 0 || d.Sources[0] != "https://app.leg.wa.gov/billsummary?BillNumber=6137&Initiative=false&Year=2025" {
		t.Fatalf("SB 6137: %d actions, versions %+v, sources %v", len(d.Actions), d.Versions, d.Sources)
	}
	if !slices.Equal(d.Citations, []string{"Chapter 246, Laws of 2026"}) {
		t.Errorf("citations %v", d.Citations)
	}
	// The session law is stored with its marks against current law.
	texts, err := e.st.Texts(t.Context(), "wa/2021-22/HB1210")
	if err != nil || len(texts) != 1 {
		t.Fatalf("HB 1210 texts: %v %v", texts, err)
	}
	if m := texts[0].Markup; !strings.Contains(m, "⟦-((marijuana))-⟧ ⟦+cannabis+⟧") || redline.StripMarkup(m) != texts[0].Text {
		t.Fatalf("stored markup lacks the marks or disagrees with the text")
	}
	h, _ := e.st.Bill(t.Context(), "wa/2025-26/HB1069")
	if len(h.Versions) != 0 || len(h.Documents) != 1 || h.Documents[0].TextLength == 0 {
		t.Fatalf("HB 1069 on day 1: versions %+v documents %+v", h.Versions, h.Documents)
	}
}

// A re-check of an unchanged session costs the two yearly lists plus 304s
// (four per bill, one per stored document) and writes nothing.
func TestRecheckUnchangedWritesNothing(t *testing.T) {
	e := newEnv(t)
	first, err := e.crawl(t, "2025-26")
	if err != nil || first.Status != store.RunOK {
		t.Fatalf("first crawl: %+v %v", first, err)
	}
	before := counts(t, e.st)
	second, err := e.crawl(t, "2025-26")
	if err != nil {
		t.Fatal(err)
	}
	if second.Changes != 0 || second.RowsWritten != 0 {
		t.Fatalf("re-check wrote %d rows, %d changes", second.RowsWritten, second.Changes)
	}
	if after := counts(t, e.st); !equalCounts(before, after) {
		t.Fatalf("row counts moved: %v → %v", before, after)
	}
	// 2 lists + 2 bills × 4 service answers + 2 documents (amendment, session law).
	if second.Requests != 12 || second.NotModified != 10 {
		t.Fatalf("re-check: %d requests, %d not modified", second.Requests, second.NotModified)
	}
}

func TestDay2RecordsEachChange(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "2025-26"); err != nil {
		t.Fatal(err)
	}
	mark := lastChange(t, e.st)
	e.site.SetDay(2)
	run, err := e.crawl(t, "2025-26")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("day 2: %+v %v", run, err)
	}
	chs := changesSince(t, e.st, mark)
	if got, want := kindsOf(chs), []string{store.KindAction, store.KindAction, store.KindVersion}; !slices.Equal(got, want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	if !strings.Contains(chs[1].Summary, "Passed final passage; yeas, 78; nays, 17") || !strings.Contains(chs[2].Summary, "House Bill (Passed Legislature)") {
		t.Errorf("summaries: %q / %q", chs[1].Summary, chs[2].Summary)
	}
	d, err := e.st.Bill(t.Context(), "wa/2025-26/HB1069")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actions) != 20 || len(d.Versions) != 1 || d.Versions[0].TextLength == 0 || d.Status != "Passed final passage; yeas, 78; nays, 17; absent, 0; excused, 3." {
		t.Fatalf("stored bill: %d actions, versions %+v, status %q", len(d.Actions), d.Versions, d.Status)
	}
	last := d.Actions[len(d.Actions)-1]
	if last.Chamber != bill.Lower || !slices.Contains(last.Classification, "passage") {
		t.Errorf("final passage: %+v", last)
	}
	// Day 2 again: nothing new.
	again, err := e.crawl(t, "2025-26")
	if err != nil || again.Changes != 0 || again.RowsWritten != 0 {
		t.Fatalf("second day-2 crawl: %+v %v", again, err)
	}
}

// --only fetches the named bill and nothing else but the lists.
func TestOnlyOneBill(t *testing.T) {
	e := newEnv(t)
	run, err := e.runner.Run(t.Context(), e.src, crawlOnly("2025-26", "SB 6137"))
	if err != nil || run.Status != store.RunOK || run.BillsSeen != 1 {
		t.Fatalf("%+v %v", run, err)
	}
	for _, r := range e.site.TakeRequests() {
		if strings.Contains(r, "1069") {
			t.Fatalf("HB 1069 was fetched: %s", r)
		}
	}
}
