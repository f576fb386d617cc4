package main

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/billwatch/billwatch/demo"
	"github.com/billwatch/billwatch/store"
)

// testApp is an App on a fresh database whose config sends every Vermont
// request to a closed local port, so nothing here reaches the real site.
func testApp(t *testing.T, ctx context.Context) *App {
	t.Helper()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "billwatch.toml")
	err := os.WriteFile(cfg, []byte("[crawl]\nsources = [\"vt\"]\n[crawl.mirror]\n\"legislature.vermont.gov\" = \"http://127.0.0.1:9\"\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	a := &App{cli: &CLI{DB: filepath.Join(dir, "test.db"), Config: cfg}, ctx: ctx, out: io.Discard, errOut: io.Discard}
	t.Cleanup(a.close)
	return a
}

func TestWatchServeFailsWhenTheAddressIsTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	// The timeout only bounds a regression: a watch that carried on without
	// its server would otherwise run until the test binary's deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a := testApp(t, ctx)
	c := &WatchCmd{Watched: time.Hour, Full: time.Hour, Serve: ln.Addr().String()}
	err = c.Run(a)
	if !errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("watch --serve on a taken address: %v, want address in use", err)
	}
	st, _ := a.Store()
	if runs, _ := st.Runs(context.Background(), "vt", 10); len(runs) > 0 {
		t.Fatalf("crawled %d time(s) before failing to listen", len(runs))
	}
}

func TestWatchShutsTheServerDownBeforeReturning(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a := testApp(t, ctx)
	done := make(chan error, 1)
	go func() { done <- (&WatchCmd{Watched: time.Hour, Full: time.Hour, Serve: addr}).Run(a) }()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("watch --serve never answered")
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("watch did not return after cancel")
	}
	// Run returned only after the server let go of its address.
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("address still in use after watch returned: %v", err)
	}
	ln.Close()
}

// watchedBills asks once per session what it used to ask once per
// watchlist; the answer must not change.
func TestWatchedBillsMatchesPerWatchlistQueries(t *testing.T) {
	ctx := context.Background()
	a := testApp(t, ctx)
	servers, err := demo.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer servers.Close()
	r, err := a.Runner()
	if err != nil {
		t.Fatal(err)
	}
	r.Progress = nil
	res, err := demo.Run(ctx, servers, r, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := a.Store()
	wl, _ := a.Watchlists()
	for _, run := range res.Runs {
		got, err := watchedBills(ctx, a, run.Source, run.Session)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, w := range wl.Watchlists() {
			rows, err := st.ListBills(ctx, store.BillFilter{Jurisdiction: run.Source, Session: run.Session, Watchlist: w.Name})
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range rows {
				if !slices.Contains(want, b.Identifier) {
					want = append(want, b.Identifier)
				}
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s %s: watched %q, per-watchlist queries %q", run.Source, run.Session, got, want)
		}
		if run.Source == "vt" && run.Session == "2020" && !slices.Contains(got, "S.124") {
			t.Errorf("vt 2020 watched %q, want S.124 (on dmv-data)", got)
		}
	}
}

func TestPickSourcesResolvesEveryIDFirst(t *testing.T) {
	a := testApp(t, context.Background())
	cfg, err := a.Config()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pickSources([]string{"vt", "typo"}, cfg); err == nil || !strings.Contains(err.Error(), "typo") {
		t.Fatalf("pickSources(vt, typo): %v, want an unknown-source error", err)
	}
	srcs, err := pickSources(nil, cfg)
	if err != nil || len(srcs) != 1 || srcs[0].Info().ID != "vt" {
		t.Fatalf("pickSources without a flag: %d sources, %v; want the config's vt", len(srcs), err)
	}
	if got := pickSessions(nil, cfg, "vt"); !slices.Equal(got, []string{""}) {
		t.Fatalf("sessions %q, want the current one", got)
	}
}
