package crawl_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// TestKillMidCrawl runs a crawl in a child process, SIGKILLs it while it is
// between two bills, and checks that the database is consistent and that the
// next run completes the session.
func TestKillMidCrawl(t *testing.T) {
	if os.Getenv("BW_CRAWL_CHILD") != "" {
		t.Skip("child mode")
	}
	e := newEnv(t)
	blocked := make(chan struct{}, 1)
	release := make(chan struct{})
	// The second bill's status page hangs, so the child is killed with the
	// first bill stored and the second not.
	e.site.SetFaults(fault{Match: "/bill/status/2026/H.999", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		select {
		case blocked <- struct{}{}:
		default:
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}})
	db := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrawlChild$", "-test.v")
	cmd.Env = append(os.Environ(), "BW_CRAWL_CHILD=1", "BW_DB="+db, "BW_SITE="+e.site.URL("legislature.vermont.gov"))
	out := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-blocked:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("child never reached the second bill:\n%s", out)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	close(release)
	e.site.SetFaults()

	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var check string
	if err := st.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q %v", check, err)
	}
	rows, _ := st.ListBills(t.Context(), store.BillFilter{})
	if len(rows) != 1 || rows[0].ID != "vt/2026/H.351" {
		t.Fatalf("after the kill: %+v", rows)
	}
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Log: slog.New(slog.DiscardHandler),
		Rewrite: map[string]string{"legislature.vermont.gov": e.site.URL("legislature.vermont.gov")}, Backoff: time.Millisecond}
	src, _ := scraper.Get("vt")
	run, err := r.Run(t.Context(), src, crawl.Options{Session: "2026"})
	if err != nil || run.Status != store.RunOK {
		t.Fatalf("next run: %+v %v", run, err)
	}
	rows, _ = st.ListBills(t.Context(), store.BillFilter{})
	if len(rows) != 2 {
		t.Fatalf("next run did not complete the session: %d bills", len(rows))
	}
	runs, _ := st.Runs(t.Context(), "vt", 5)
	if len(runs) != 2 || runs[1].Status != store.RunAborted {
		t.Fatalf("the killed run should be marked aborted: %+v", runs)
	}
	chs, _ := st.Changes(t.Context(), store.ChangeFilter{Kinds: []string{store.KindNewBill}})
	if len(chs) != 2 {
		t.Fatalf("each bill is new exactly once, got %d new_bill changes", len(chs))
	}
}

// TestCrawlChild is the child process of TestKillMidCrawl.
func TestCrawlChild(t *testing.T) {
	if os.Getenv("BW_CRAWL_CHILD") == "" {
		t.Skip("run by TestKillMidCrawl")
	}
	st, err := store.Open(context.Background(), os.Getenv("BW_DB"))
	if err != nil {
		t.Fatal(err)
	}
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()),
		Rewrite: map[string]string{"legislature.vermont.gov": os.Getenv("BW_SITE")}, Timeout: time.Minute}
	src, _ := scraper.Get("vt")
	r.Run(context.Background(), src, crawl.Options{Session: "2026"})
}

// A crawl stopped by its context (Ctrl-C, SIGTERM) is recorded as aborted,
// not failed, and writes no source_failed change.
func TestCancelledRunIsAbortedNotFailed(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	e.site.SetFaults(fault{Match: "/bill/status/", Serve: func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		cancel()
		<-r.Context().Done()
	}})
	run, err := e.runner.Run(ctx, e.src, crawl.Options{Session: "2020"})
	if !errors.Is(err, context.Canceled) || run.Status != store.RunAborted {
		t.Fatalf("run %s, err %v", run.Status, err)
	}
	if chs := changesSince(t, e.st, 0); len(chs) != 0 {
		t.Fatalf("changes after a cancelled run: %v", kindsOf(chs))
	}
}
