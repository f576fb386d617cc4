package us

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
)

// The 116th-Congress site: index + 3 type sitemaps, 4 BILLSTATUS files and
// 8 text versions on day 1.
const listRequests = 4

func TestFirstCrawlStoresEveryBill(t *testing.T) {
	e := newEnv(t)
	run, err := e.crawl(t, "116")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	if run.Requests != listRequests+4+8 || run.BillsSeen != 4 {
		t.Fatalf("%d requests, %d bills", run.Requests, run.BillsSeen)
	}
	for id, versions := range map[string]int{"us/116/HR264": 1, "us/116/HR2157": 2, "us/116/HJRES37": 2, "us/116/SCONRES13": 3} {
		d, err := e.st.Bill(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Versions) != versions {
			t.Fatalf("%s: %d versions", id, len(d.Versions))
		}
		for _, v := range d.Versions {
			if v.TextLength == 0 {
				t.Errorf("%s %s: no text", id, v.Name)
			}
		}
	}
	texts, err := e.st.Texts(t.Context(), "us/116/HR2157")
	if err != nil || len(texts) != 2 || !strings.Contains(texts[0].Markup, "⟦-may-⟧") {
		t.Fatalf("H.R. 2157 texts: %v", err)
	}
}

// A re-check of an unchanged congress costs the list plus 304s and writes nothing.
func TestRecheckUnchangedWritesNothing(t *testing.T) {
	e := newEnv(t)
	first, err := e.crawl(t, "116")
	if err != nil {
		t.Fatal(err)
	}
	before := counts(t, e.st)
	second, err := e.crawl(t, "116")
	if err != nil || second.Status != store.RunOK {
		t.Fatalf("%+v %v", second, err)
	}
	if second.Changes != 0 || second.RowsWritten != 0 {
		t.Fatalf("re-check wrote %d rows, %d changes", second.RowsWritten, second.Changes)
	}
	if after := counts(t, e.st); !equalCounts(before, after) {
		t.Fatalf("row counts moved: %v → %v", before, after)
	}
	// The sitemaps are the list; every BILLSTATUS file's lastmod is no newer
	// than its stored copy (env.Stored), so nothing else is requested.
	if second.Requests != listRequests || second.NotModified != 0 {
		t.Fatalf("re-check: %d requests, %d not modified", second.Requests, second.NotModified)
	}
	t.Logf("unchanged re-check: %d requests (%d not modified), %d bytes; first crawl %d requests, %d bytes",
		second.Requests, second.NotModified, second.Bytes, first.Requests, first.Bytes)
}

// Day 2: H.R. 264 is received in the Senate (two actions) with a new text.
func TestDay2RecordsTheChange(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "116"); err != nil {
		t.Fatal(err)
	}
	mark := lastChange(t, e.st)
	e.site.SetDay(2)
	e.site.TakeRequests()
	run, err := e.crawl(t, "116")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	chs := changesSince(t, e.st, mark)
	want := []string{"us/116/HR264 action", "us/116/HR264 action", "us/116/HR264 version"}
	if got := kindsOf(chs); !slices.Equal(got, want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	if v := chs[2]; !strings.Contains(v.Summary, "Placed on Calendar Senate") || !strings.Contains(string(v.Details), `"diff"`) {
		t.Errorf("new version change lacks its redline summary: %s %s", v.Summary, v.Details)
	}
	// Sitemaps, the one changed BILLSTATUS file and its texts (the old one a 304).
	full := run.Requests - run.NotModified
	if run.Requests != listRequests+3 || full != listRequests+2 {
		t.Fatalf("day 2: %d requests, %d not modified", run.Requests, run.NotModified)
	}
	t.Logf("day 2 (1 of 4 BILLSTATUS files changed): %d requests (%d not modified), %d bytes; requested %v",
		run.Requests, run.NotModified, run.Bytes, e.site.TakeRequests())
}

// With the Last-Modified of stored copies (env.Stored), unchanged files are
// not requested at all: a re-check is the list plus the changed file and its
// new text.
func TestRecheckWithStoredLastModified(t *testing.T) {
	e := newEnv(t)
	if _, err := e.crawl(t, "116"); err != nil {
		t.Fatal(err)
	}
	e.site.TakeRequests()
	same, err := e.crawl(t, "116")
	if err != nil || same.Requests != listRequests || same.RowsWritten != 0 {
		t.Fatalf("unchanged: %+v %v", same, err)
	}
	mark := lastChange(t, e.st)
	e.site.SetDay(2)
	e.site.TakeRequests()
	run, err := e.crawl(t, "116")
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("%+v %v", run, err)
	}
	if got := kindsOf(changesSince(t, e.st, mark)); len(got) != 3 {
		t.Fatalf("changes %v", got)
	}
	got := e.site.TakeRequests()
	want := []string{"/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml", "/sitemap/bulkdata/BILLSTATUS/116hr/sitemap.xml",
		"/sitemap/bulkdata/BILLSTATUS/116hjres/sitemap.xml", "/sitemap/bulkdata/BILLSTATUS/116sconres/sitemap.xml",
		"/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr264.xml",
		"/content/pkg/BILLS-116hr264eh/xml/BILLS-116hr264eh.xml", "/content/pkg/BILLS-116hr264pcs/xml/BILLS-116hr264pcs.xml"}
	if !slices.Equal(got, want) {
		t.Fatalf("requests %v", got)
	}
	t.Logf("with stored Last-Modified: unchanged re-check %d requests, %d bytes; day 2 %d requests (%d not modified), %d bytes",
		same.Requests, same.Bytes, run.Requests, run.NotModified, run.Bytes)
}

// The 117th Congress holds real BILLSTATUS files only: day 2 is GPO's own
// sample of H.R. 6658 in format 3.0.0 after three months, with a CRS summary,
// a new cosponsor and a new related bill. Their texts are not recorded, so
// each version is stored without text and the run is partial, naming them.
func TestRealFormatChange(t *testing.T) {
	e := newEnv(t)
	run, _ := e.crawl(t, "117")
	if run.Status != store.RunPartial || len(run.Errors) != 4 || !strings.Contains(run.Errors[0], "HTTP 404") {
		t.Fatalf("day 1: %s %v", run.Status, run.Errors)
	}
	mark := lastChange(t, e.st)
	e.site.SetDay(2)
	if run, _ = e.crawl(t, "117"); run.Status != store.RunPartial {
		t.Fatalf("day 2: %s %v", run.Status, run.Errors)
	}
	want := []string{"us/117/HR6658 abstract_changed", "us/117/HR6658 sponsors_changed", "us/117/HR6658 metadata_changed"}
	if got := kindsOf(changesSince(t, e.st, mark)); !slices.Equal(got, want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	d, err := e.st.Bill(t.Context(), "us/117/HR6658")
	if err != nil || len(d.Actions) != 3 || len(d.Versions) != 1 || d.Versions[0].TextLength != 0 {
		t.Fatalf("H.R. 6658: %v", err)
	}
}

// The rules the conformance suite checks, on the recorded sessions after day 2.
func TestRecordedSessionsConform(t *testing.T) {
	e := newEnv(t)
	info := e.src.Info()
	for day := 1; day <= 2; day++ {
		e.site.SetDay(day)
		for _, sess := range info.RecordedSessions {
			if run, err := e.crawl(t, sess); err != nil || run.Status != store.RunOK {
				t.Fatalf("day %d %s: %s %v %v", day, sess, run.Status, run.Errors, err)
			}
		}
	}
	for _, sess := range info.RecordedSessions {
		n, _ := strconv.Atoi(sess)
		from, to := fmt.Sprintf("%d-01-03", 1789+2*(n-1)), fmt.Sprintf("%d-01-03", 1789+2*n)
		rows, err := e.st.ListBills(t.Context(), store.BillFilter{Session: sess})
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %d bills %v", sess, len(rows), err)
		}
		seen := map[string]bool{}
		for _, r := range rows {
			if seen[r.ID] {
				t.Errorf("duplicate id %s", r.ID)
			}
			seen[r.ID] = true
			d, err := e.st.Bill(t.Context(), r.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range d.Actions {
				if a.Date < from || a.Date >= to {
					t.Errorf("%s: action date %s outside the %sth Congress", r.ID, a.Date, sess)
				}
				for _, c := range a.Classification {
					if !bill.ValidClassification(c) {
						t.Errorf("%s: %q", r.ID, c)
					}
				}
			}
			for _, v := range d.Versions {
				if u, err := url.Parse(v.URL); err != nil || !u.IsAbs() || v.TextLength == 0 || v.Date != "" && (v.Date < from || v.Date >= to) {
					t.Errorf("%s: version %+v", r.ID, v)
				}
			}
		}
	}
}
