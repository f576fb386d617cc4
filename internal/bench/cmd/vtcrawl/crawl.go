package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
	_ "github.com/billwatch/billwatch/scraper/vt"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// report is what one crawl process measured.
type report struct {
	Run         store.Run
	Wall        time.Duration
	CPU         time.Duration // this process, user+system
	PeakRSSKB   int64         // VmHWM of this process
	ChildrenCPU time.Duration // all children (pdftotext), user+system
	// Bytes on the wire, headers included, counted by the server (robots.txt too).
	WireUp, WireDown int64
}

// crawlOnce crawls the site at siteURL into db the way `billwatch crawl`
// does, then prints a JSON report on stdout.
func crawlOnce(ctx context.Context, siteURL, db string) error {
	start := time.Now()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	r := &crawl.Runner{Store: st, Evaluate: crawl.WatchlistEvaluator(watchlist.Default()), Diff: crawl.RedlineDiffer(),
		Log: slog.Default(), UserAgent: scraper.DefaultUserAgent(""), Retries: 3,
		RequestsPerMinute: 0, // a local server: no politeness delay
		Rewrite:           map[string]string{"legislature.vermont.gov": siteURL}}
	src, err := scraper.Get("vt")
	if err != nil {
		return err
	}
	run, err := r.Run(ctx, src, crawl.Options{Session: "2026"})
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	rep := report{Run: run, Wall: time.Since(start), CPU: rusage(syscall.RUSAGE_SELF).cpu, PeakRSSKB: vmHWM()}
	// (The children's ru_maxrss is not reported: a child started with
	// vfork is charged the parent's resident set until it execs.)
	rep.ChildrenCPU = rusage(syscall.RUSAGE_CHILDREN).cpu
	return json.NewEncoder(os.Stdout).Encode(rep)
}

type usage struct{ cpu time.Duration }

func rusage(who int) usage {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return usage{}
	}
	return usage{cpu: time.Duration(ru.Utime.Nano() + ru.Stime.Nano())}
}

// vmHWM is this process's peak resident set size in KB (/proc/self/status).
func vmHWM() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func (r report) String() string {
	run := r.Run
	return fmt.Sprintf("%s: %d bills seen, %d changed, %d changes, %d rows written; %d requests (%d not modified), %d body bytes (wire: %d down, %d up); wall %s, cpu %s (+%s in pdftotext); peak RSS %.1f MB",
		run.Status, run.BillsSeen, run.BillsChanged, run.Changes, run.RowsWritten, run.Requests, run.NotModified, run.Bytes, r.WireDown, r.WireUp,
		r.Wall.Round(time.Millisecond), r.CPU.Round(time.Millisecond), r.ChildrenCPU.Round(time.Millisecond),
		float64(r.PeakRSSKB)/1024)
}
