package crawl_test

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
)

// rehosted serves the site as a host with its own validator scheme would:
// the same bytes, the ETag etag(the site's own) and no Last-Modified, and a
// 304 to a request that presents that ETag. An etag that returns "" sends
// no validators at all.
func rehosted(etag func(string) string) func(http.ResponseWriter, *http.Request, http.Handler) {
	return func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		plain := r.Clone(r.Context())
		plain.Header.Del("If-None-Match")
		plain.Header.Del("If-Modified-Since")
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, plain)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Del("ETag")
		w.Header().Del("Last-Modified")
		if tag := etag(rec.Header().Get("ETag")); tag != "" && rec.Code == http.StatusOK {
			w.Header().Set("ETag", tag)
			if r.Header.Get("If-None-Match") == tag {
				w.Header().Del("Content-Length")
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	}
}

// A 200 with the stored content but other validators (a host that starts
// sending them, or changes them for the same bytes) is not a change, but
// its validators are kept: the next run gets 304s, not the pages again.
func TestValidatorOnlyChangeIsSaved(t *testing.T) {
	e := newEnv(t)
	e.site.SetFaults(fault{Match: "", Serve: rehosted(func(string) string { return "" })})
	if run, err := e.crawl(t, "2020"); err != nil || run.Status != store.RunOK {
		t.Fatalf("first crawl, no validators: %+v %v", run, err)
	}
	// recheck runs the session again and checks it wrote validators only:
	// rows cache rows, no change, no other history row.
	recheck := func(name string, rows int) store.Run {
		t.Helper()
		before, mark := counts(t, e.st), lastChange(t, e.st)
		run, err := e.crawl(t, "2020")
		if err != nil || run.Status != store.RunOK {
			t.Fatalf("%s: %+v %v", name, run, err)
		}
		if run.Changes != 0 || run.BillsChanged != 0 || run.RowsWritten != rows {
			t.Fatalf("%s: %d rows, %d changes, want %d rows and none", name, run.RowsWritten, run.Changes, rows)
		}
		if chs := changesSince(t, e.st, mark); len(chs) != 0 {
			t.Fatalf("%s recorded changes: %v", name, kindsOf(chs))
		}
		if after := counts(t, e.st); !equalCounts(before, after) {
			t.Fatalf("%s: row counts moved: %v → %v", name, before, after)
		}
		// 3 list pages, then status page, actions JSON and the PDF, each the
		// stored content (as a 200 with the same hash, or a 304).
		if run.Requests != 6 || run.NotModified != 3 {
			t.Fatalf("%s: %d requests, %d not modified", name, run.Requests, run.NotModified)
		}
		return run
	}
	const status = "https://legislature.vermont.gov/bill/status/2020/S.124"
	etag := func() string {
		t.Helper()
		c, err := e.st.CacheEntry(t.Context(), status)
		if err != nil {
			t.Fatal(err)
		}
		return c.ETag
	}

	// The host starts sending validators.
	e.site.SetFaults()
	full := recheck("validators appear", 3)
	if etag() == "" {
		t.Fatal("the status page's new ETag was not stored")
	}
	lists := recheck("re-check", 0)
	if lists.Bytes*2 > full.Bytes {
		t.Fatalf("re-check moved %d bytes, the run before %d: the pages were not 304s", lists.Bytes, full.Bytes)
	}

	// The host changes its ETags, not the bytes.
	v2 := rehosted(func(tag string) string { return `"v2-` + strings.Trim(tag, `"`) + `"` })
	e.site.SetFaults(fault{Match: "", Serve: v2})
	if run := recheck("validators change", 3); run.Bytes != full.Bytes {
		t.Fatalf("validators change: %d bytes, want the full %d", run.Bytes, full.Bytes)
	}
	if !strings.HasPrefix(etag(), `"v2-`) {
		t.Fatalf("status page ETag %s, want the new one", etag())
	}
	if run := recheck("re-check after the change", 0); run.Bytes != lists.Bytes {
		t.Fatalf("re-check after the change: %d bytes, want %d (lists only)", run.Bytes, lists.Bytes)
	}
}

// The same holds for an unchanged page of a bill that did change: its new
// validators are stored with the bill's new data.
func TestValidatorOnlyChangeOfChangedBill(t *testing.T) {
	e := newEnv(t)
	const statusPath = "/bill/status/2020/S.124"
	page, err := fs.ReadFile(vt.Recorded(), "day1"+statusPath)
	if err != nil {
		t.Fatal(err)
	}
	// The status page stays day 1's throughout: first without validators,
	// then with an ETag that the host honours.
	var notModified atomic.Int32
	serveStatus := func(etag string) func(http.ResponseWriter, *http.Request, http.Handler) {
		return func(w http.ResponseWriter, r *http.Request, _ http.Handler) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if etag != "" {
				w.Header().Set("ETag", etag)
				if r.Header.Get("If-None-Match") == etag {
					notModified.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
			}
			w.Write(page)
		}
	}
	e.site.SetFaults(fault{Match: statusPath, Serve: serveStatus("")})
	if run, err := e.crawl(t, "2020"); err != nil || run.Status != store.RunOK {
		t.Fatalf("first crawl: %+v %v", run, err)
	}
	// Day 2: the actions move; the status page's bytes do not, its validator appears.
	e.site.SetDay(2)
	e.site.SetFaults(fault{Match: statusPath, Serve: serveStatus(`"s1"`)})
	mark := lastChange(t, e.st)
	run, err := e.crawl(t, "2020")
	if err != nil || run.Status != store.RunOK || run.BillsChanged != 1 {
		t.Fatalf("day 2: %+v %v", run, err)
	}
	for _, c := range changesSince(t, e.st, mark) {
		if c.Kind != store.KindAction {
			t.Errorf("day 2 change %s: %s", c.Kind, c.Summary)
		}
	}
	c, err := e.st.CacheEntry(t.Context(), "https://legislature.vermont.gov"+statusPath)
	if err != nil || c.ETag != `"s1"` {
		t.Fatalf("status page validators %+v %v, want the new ETag", c, err)
	}
	if run, err := e.crawl(t, "2020"); err != nil || run.RowsWritten != 0 || notModified.Load() != 1 {
		t.Fatalf("re-check: %+v %v; status page 304s: %d, want 1", run, err, notModified.Load())
	}
}
