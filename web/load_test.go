//go:build loadtest

// The load comparison behind docs/benchmarks.md. Run it with
//
//	go test -tags 'sqlite_fts5 loadtest' -run TestLoad -v ./web/
//
// It serves the fixture's watchlist feed from billwatch's handler and the
// very same bytes as a static file from net/http's FileServer, each on its
// own loopback listener in this process, and drives both with 64 keep-alive
// connections for BILLWATCH_LOAD_SECONDS (default 5) per scenario: with a
// Go load generator, and with wrk too when it is installed. It prints
// requests/s and latency percentiles; it asserts nothing about timing.
package web

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

const loadConns = 64

func TestLoad(t *testing.T) {
	dur := 5 * time.Second
	if s, err := strconv.Atoi(os.Getenv("BILLWATCH_LOAD_SECONDS")); err == nil && s > 0 && s <= 10 {
		dur = time.Duration(s) * time.Second
	}
	st := openFixture(t, feedtest.Options{Day2: true, Hostile: true})
	site := New(st, Options{})
	const feedPath = "/feeds/watchlists/dmv-data.rss.xml"
	page, err := site.Render(context.Background(), feedPath)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(file, page.Body, 0o644); err != nil {
		t.Fatal(err)
	}
	// The static file carries the same modification time billwatch reports.
	if err := os.Chtimes(file, page.LastModified, page.LastModified); err != nil {
		t.Fatal(err)
	}
	billwatch := listen(t, site.Handler(nil))
	static := listen(t, http.FileServer(http.Dir(dir)))
	lastMod := page.LastModified.UTC().Format(http.TimeFormat)
	scenarios := []struct {
		name, url string
		hdr       map[string]string
		status    int
	}{
		{"billwatch feed 200", billwatch + feedPath, nil, 200},
		{"static file 200", static + "/feed.xml", nil, 200},
		{"billwatch feed 304 (If-None-Match)", billwatch + feedPath, map[string]string{"If-None-Match": page.ETag}, 304},
		{"static file 304 (If-Modified-Since)", static + "/feed.xml", map[string]string{"If-Modified-Since": lastMod}, 304},
	}
	t.Logf("feed: %d bytes; %d connections; %s per run; GOMAXPROCS=%d", len(page.Body), loadConns, dur, runtime.GOMAXPROCS(0))
	for _, sc := range scenarios {
		r := goLoad(t, sc.url, sc.hdr, sc.status, dur)
		t.Logf("go  %-38s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d errors)", sc.name, r.rps, ms(r.p50), ms(r.p99), r.n, r.errors)
	}
	if wrk, err := exec.LookPath("wrk"); err == nil {
		for _, sc := range scenarios {
			t.Logf("wrk %-38s %s", sc.name, wrkRun(t, wrk, sc.url, sc.hdr, dur))
		}
	} else {
		t.Log("wrk not installed (Debian: apt-get install wrk); Go generator only")
	}
}

func listen(t *testing.T, h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

type loadResult struct {
	n, errors int
	rps       float64
	p50, p99  time.Duration
}

// goLoad keeps loadConns requests in flight on keep-alive connections,
// without compression (the static server does not compress either).
func goLoad(t *testing.T, url string, hdr map[string]string, status int, dur time.Duration) loadResult {
	tr := &http.Transport{MaxIdleConnsPerHost: loadConns, MaxConnsPerHost: loadConns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	var mu sync.Mutex
	var all []time.Duration
	errs := 0
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	start := time.Now()
	for range loadConns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			bad := 0
			for time.Now().Before(deadline) {
				req, _ := http.NewRequest("GET", url, nil)
				for k, v := range hdr {
					req.Header.Set(k, v)
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					bad++
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != status {
					bad++
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			all = append(all, lat...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(all)
	if len(all) == 0 {
		t.Fatalf("%s: no request completed", url)
	}
	return loadResult{n: len(all), errors: errs, rps: float64(len(all)) / elapsed.Seconds(),
		p50: all[len(all)/2], p99: all[len(all)*99/100]}
}

var wrkLine = regexp.MustCompile(`(?m)^\s+(50|99)%\s+(\S+)\s*$|^Requests/sec:\s+(\S+)\s*$`)

func wrkRun(t *testing.T, wrk, url string, hdr map[string]string, dur time.Duration) string {
	args := []string{"-t2", "-c" + strconv.Itoa(loadConns), "-d" + strconv.Itoa(int(dur.Seconds())) + "s", "--latency"}
	for k, v := range hdr {
		args = append(args, "-H", k+": "+v)
	}
	out, err := exec.Command(wrk, append(args, url)...).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("wrk failed: %v %s", err, out)
	}
	var rps, p50, p99 string
	for _, m := range wrkLine.FindAllStringSubmatch(string(out), -1) {
		switch {
		case m[1] == "50":
			p50 = m[2]
		case m[1] == "99":
			p99 = m[2]
		case m[3] != "":
			rps = m[3]
		}
	}
	non2xx := regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`).FindStringSubmatch(string(out))
	note := ""
	if non2xx != nil {
		note = " (non-2xx/3xx: " + non2xx[1] + ")"
	}
	return fmt.Sprintf("%8s req/s  p50 %8s  p99 %8s%s", rps, p50, p99, note)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
