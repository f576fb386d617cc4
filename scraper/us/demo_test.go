package us

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/demo"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// The offline demo serves Info().Recorded on loopback for each of Info().Hosts
// and crawls Info().RecordedSessions on day 1 and day 2, as `billwatch demo`
// will once scraper/all imports this package.
func TestDemoCrawlsTheRecordedSite(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	servers, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer servers.Close()
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.New(slog.DiscardHandler)}
	var out bytes.Buffer
	res, err := demo.Run(context.Background(), servers, r, &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, run := range res.Runs {
		if run.Source == "us" && run.Status != store.RunOK {
			t.Fatalf("demo run %s %s: %s %v\n%s", run.Source, run.Session, run.Status, run.Errors, out.String())
		}
	}
	chs, err := st.Changes(context.Background(), store.ChangeFilter{AfterID: res.FirstChange - 1})
	if err != nil {
		t.Fatal(err)
	}
	var day2 []string
	for _, c := range chs {
		if strings.HasPrefix(c.BillID, "us/") {
			day2 = append(day2, c.Kind+": "+c.Summary)
		}
	}
	if len(day2) != 3 {
		t.Fatalf("day 2 changes %q", day2)
	}
	t.Logf("demo day 2 changes: %q", day2)
}
