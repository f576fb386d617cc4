package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

func get(t *testing.T, srv *httptest.Server, method, path string, hdr map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	// No automatic gzip or redirects: the test looks at what the server sends.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func body(t *testing.T, r *http.Response) []byte {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHandlerConditionalGzipAndMethods(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	srv := httptest.NewServer(New(st, Options{}).Handler(nil))
	defer srv.Close()

	const feed = "/feeds/watchlists/dmv-data.rss.xml"
	r := get(t, srv, "GET", feed, nil)
	plain := body(t, r)
	etag, lm := r.Header.Get("ETag"), r.Header.Get("Last-Modified")
	if r.StatusCode != 200 || r.Header.Get("Content-Type") != "application/rss+xml; charset=utf-8" || etag == "" ||
		r.Header.Get("Cache-Control") == "" || r.Header.Get("Content-Encoding") != "" {
		t.Fatalf("GET %s: %d %v", feed, r.StatusCode, r.Header)
	}
	if want := feedtest.Day2.Format(http.TimeFormat); lm != want {
		t.Errorf("Last-Modified %q, want the newest change %q", lm, want)
	}
	if _, err := gofeed.NewParser().Parse(bytes.NewReader(plain)); err != nil {
		t.Fatalf("served feed does not parse: %v", err)
	}

	r = get(t, srv, "GET", feed, map[string]string{"If-None-Match": etag})
	if r.StatusCode != http.StatusNotModified || len(body(t, r)) != 0 || r.Header.Get("ETag") != etag {
		t.Errorf("If-None-Match: %d %v", r.StatusCode, r.Header)
	}
	r = get(t, srv, "GET", feed, map[string]string{"If-Modified-Since": lm})
	if r.StatusCode != http.StatusNotModified {
		t.Errorf("If-Modified-Since: %d", r.StatusCode)
	}
	earlier := feedtest.Day1.Format(http.TimeFormat)
	if r = get(t, srv, "GET", feed, map[string]string{"If-Modified-Since": earlier}); r.StatusCode != 200 {
		t.Errorf("If-Modified-Since before the newest change: %d", r.StatusCode)
	}
	if r = get(t, srv, "GET", feed, map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lm}); r.StatusCode != 200 {
		t.Errorf("a non-matching If-None-Match must win over If-Modified-Since: %d", r.StatusCode)
	}

	r = get(t, srv, "GET", feed, map[string]string{"Accept-Encoding": "br, gzip"})
	zr, err := gzip.NewReader(bytes.NewReader(body(t, r)))
	if err != nil || r.Header.Get("Content-Encoding") != "gzip" || r.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("gzip: %v %v", err, r.Header)
	}
	unzipped, _ := io.ReadAll(zr)
	if !bytes.Equal(unzipped, plain) {
		t.Error("gzipped body differs from the plain one")
	}
	gzTag := r.Header.Get("ETag")
	if gzTag == etag {
		t.Error("the gzip representation has the plain ETag")
	}
	if r = get(t, srv, "GET", feed, map[string]string{"Accept-Encoding": "gzip", "If-None-Match": gzTag}); r.StatusCode != 304 {
		t.Errorf("If-None-Match with the gzip tag: %d", r.StatusCode)
	}
	if r = get(t, srv, "GET", feed, map[string]string{"Accept-Encoding": "gzip;q=0"}); r.Header.Get("Content-Encoding") != "" {
		t.Error("gzip sent though refused with q=0")
	}

	r = get(t, srv, "HEAD", feed, nil)
	if r.StatusCode != 200 || len(body(t, r)) != 0 || r.Header.Get("Content-Length") != itoa(int64(len(plain))) {
		t.Errorf("HEAD: %d %v", r.StatusCode, r.Header)
	}
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		if r = get(t, srv, m, feed, nil); r.StatusCode != http.StatusMethodNotAllowed || r.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d", m, r.StatusCode)
		}
	}
}

func TestHandlerPaths(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	srv := httptest.NewServer(New(st, Options{}).Handler(nil))
	defer srv.Close()
	cases := []struct {
		path     string
		status   int
		location string
		ctype    string
	}{
		{"/", 200, "", "text/html; charset=utf-8"},
		{"/index.html", 200, "", "text/html; charset=utf-8"},
		{"/bills/vt/2020/S.124/", 200, "", "text/html; charset=utf-8"},
		{"/bills/vt/2020/S.124/index.html", 200, "", "text/html; charset=utf-8"},
		{"/bills/vt/2020/S.124", 301, "/bills/vt/2020/S.124/", ""},
		{"/bills/vt/2020/S.999/", 404, "", "text/html; charset=utf-8"},
		{"/bills/vt/2020/../2020/S.124/", 404, "", ""},
		{"/bills//vt/2020/S.124/", 404, "", ""},
		{"/feeds.opml", 200, "", "text/x-opml; charset=utf-8"},
		{"/feeds/all.atom.xml", 200, "", "application/atom+xml; charset=utf-8"},
		{"/feeds/all.json", 200, "", "application/feed+json; charset=utf-8"},
		{"/feeds/bills/vt/2020/S.999.json", 404, "", ""},
		{"/assets/site.css", 200, "", "text/css; charset=utf-8"},
		{"/sources/", 200, "", "text/html; charset=utf-8"},
	}
	for _, c := range cases {
		r := get(t, srv, "GET", c.path, nil)
		if r.StatusCode != c.status || (c.location != "" && r.Header.Get("Location") != c.location) ||
			(c.ctype != "" && r.Header.Get("Content-Type") != c.ctype) {
			t.Errorf("%s: %d %q %q", c.path, r.StatusCode, r.Header.Get("Location"), r.Header.Get("Content-Type"))
		}
		if strings.HasPrefix(c.ctype, "text/html") && !strings.Contains(r.Header.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: no content security policy", c.path)
		}
	}
}

// TestServeWhileCrawling serves feeds while day 2 is written to the same
// database: every response must be complete and parse, and the feed must
// show day 2 once the data generation is re-read.
func TestServeWhileCrawling(t *testing.T) {
	st := openFixture(t, feedtest.Options{})
	srv := httptest.NewServer(New(st, Options{Recheck: time.Millisecond}).Handler(nil))
	defer srv.Close()
	done := make(chan error, 1)
	go func() {
		_, err := feedtest.Recrawl(t.Context(), st, feedtest.Options{}) // day 2's data, seen a day later
		done <- err
	}()
	for i := 0; ; i++ {
		r := get(t, srv, "GET", "/feeds/all.rss.xml", nil)
		b := body(t, r)
		if r.StatusCode != 200 {
			t.Fatalf("request %d: %d %s", i, r.StatusCode, b)
		}
		if _, err := gofeed.NewParser().Parse(bytes.NewReader(b)); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			time.Sleep(5 * time.Millisecond)
			b := body(t, get(t, srv, "GET", "/feeds/all.rss.xml", nil))
			if !bytes.Contains(b, []byte("passed committee")) {
				t.Fatalf("the feed does not show day 2 after %d requests", i)
			}
			return
		default:
		}
	}
}
