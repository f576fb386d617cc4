package schedule_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/internal/crawltest"
	"github.com/billwatch/billwatch/schedule"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/web"
)

// TestChangeReachesTheFeedWithinACycle runs what `billwatch watch --serve`
// runs — the scheduler crawling a (local, reconstructed) Vermont site and the
// web server on the same database — then changes the site and measures how
// long until the new item is in the served feed. It logs the latency; the
// only assertion is that the item arrives (within a generous liveness bound).
func TestChangeReachesTheFeedWithinACycle(t *testing.T) {
	if testing.Short() {
		t.Skip("runs several scheduling cycles")
	}
	const cycle = 2 * time.Second
	st := crawltest.OpenStore(t)
	site := crawltest.NewSite(t, vt.Recorded(), "legislature.vermont.gov")
	r := crawltest.NewRunner(st, site.Rewrite())
	src, _ := scraper.Get("vt")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	firstRun := make(chan struct{}, 1)
	job := &schedule.Job{Name: "crawl vt 2020", Every: cycle, Run: func(ctx context.Context) error {
		_, err := r.Run(ctx, src, crawl.Options{Session: "2020"})
		return err
	}}
	s := &schedule.Scheduler{Jobs: []*schedule.Job{job}, Log: slog.New(slog.DiscardHandler), After: func(context.Context) {
		select {
		case firstRun <- struct{}{}:
		default:
		}
	}}
	go s.Run(ctx)
	srv, err := web.Start(st, web.ServeOptions{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown(context.Background())
	<-firstRun
	feed := srv.URL + "/feeds/bills/vt/2020/S.124.rss.xml"
	if body := get(t, feed); strings.Contains(body, "Act 166") {
		t.Fatal("day-2 change already in the feed")
	}

	changed := time.Now()
	site.SetDay(2)
	deadline := changed.Add(10 * cycle)
	for time.Now().Before(deadline) {
		if strings.Contains(get(t, feed), "Act 166") {
			latency := time.Since(changed)
			t.Logf("change on the site → item in the served feed: %s (scheduling cycle %s, %.2f cycles)",
				latency.Round(time.Millisecond), cycle, latency.Seconds()/cycle.Seconds())
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the change never reached the feed within %s", 10*cycle)
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}
