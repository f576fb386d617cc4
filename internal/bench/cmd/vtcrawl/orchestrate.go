package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// orchestrate runs the server and three crawls, each a child process of
// this binary, and prints what each measured.
func orchestrate(bills, changedEvery int, dir string) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "vtcrawl")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	db := filepath.Join(dir, "vt.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db + suffix); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	fmt.Printf("synthetic Vermont session 2026: %d bills, day 2 changes every %d-th bill\n", bills, changedEvery)
	var reps []report
	for _, step := range []struct {
		name string
		day  int
	}{{"first crawl", 1}, {"re-check, site unchanged", 1}, {"re-check, day 2", 2}} {
		rep, err := crawlDay(bills, changedEvery, step.day, db)
		if err != nil {
			return fmt.Errorf("%s: %w", step.name, err)
		}
		reps = append(reps, rep)
		fmt.Printf("%s: %s\n", step.name, rep)
	}
	first, recheck := reps[0].Run, reps[1].Run
	fmt.Printf("re-check vs first crawl: requests %d vs %d, body bytes %d vs %d (%.2f%%), wire bytes down %d vs %d (%.2f%%), rows written %d\n",
		recheck.Requests, first.Requests, recheck.Bytes, first.Bytes, 100*float64(recheck.Bytes)/float64(first.Bytes),
		reps[1].WireDown, reps[0].WireDown, 100*float64(reps[1].WireDown)/float64(reps[0].WireDown), recheck.RowsWritten)
	if fi, err := os.Stat(db); err == nil {
		fmt.Printf("database: %.1f MB\n", float64(fi.Size())/1e6)
	}
	return nil
}

// crawlDay starts the server for day, runs one crawl process against it and
// stops the server.
func crawlDay(bills, changedEvery, day int, db string) (report, error) {
	self, err := os.Executable()
	if err != nil {
		return report{}, err
	}
	srv := exec.Command(self, "-serve", strconv.Itoa(day), "-bills", strconv.Itoa(bills), "-changed-every", strconv.Itoa(changedEvery))
	srv.Stderr = os.Stderr
	out, err := srv.StdoutPipe()
	if err != nil {
		return report{}, err
	}
	if err := srv.Start(); err != nil {
		return report{}, err
	}
	defer func() {
		srv.Process.Kill()
		srv.Wait()
	}()
	url, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return report{}, fmt.Errorf("server did not start: %w", err)
	}
	url = strings.TrimSpace(url)
	c := exec.Command(self, "-crawl", url, "-db", db)
	c.Stderr = os.Stderr
	b, err := c.Output()
	if err != nil {
		return report{}, err
	}
	var rep report
	if err := json.Unmarshal(b, &rep); err != nil {
		return report{}, fmt.Errorf("crawl report: %w: %s", err, b)
	}
	// The stats request itself is counted after the values it returns are read.
	resp, err := http.Get(url + statsPath)
	if err != nil {
		return rep, fmt.Errorf("wire stats: %w", err)
	}
	defer resp.Body.Close()
	var w struct{ Up, Down int64 }
	if err := json.NewDecoder(resp.Body).Decode(&w); err != nil {
		return rep, fmt.Errorf("wire stats: %w", err)
	}
	rep.WireUp, rep.WireDown = w.Up, w.Down
	return rep, nil
}
