// Command vtcrawl measures a crawl of a synthetic Vermont session served on
// loopback (internal/synth): a first crawl, a re-check of the unchanged site
// and a re-check after a day of changes, each in its own process so that each
// reports its own peak RSS (docs/benchmarks.md). The crawl links what
// `billwatch crawl` links (crawl.Runner with the built-in watchlists and the
// redline differ); only the fetcher's host rewrite, which the CLI does not
// expose, points it at the local site.
//
//	go run -tags sqlite_fts5 ./internal/bench/cmd/vtcrawl -bills 20000
//
// The same binary runs as the site server (-serve) and as one crawl (-crawl).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
)

func main() {
	bills := flag.Int("bills", 20000, "bills in the synthetic session")
	changedEvery := flag.Int("changed-every", 50, "on day 2, every N-th bill has one more action")
	dir := flag.String("dir", "", "directory for the database (default: a new temporary one, removed afterwards)")
	serve := flag.Int("serve", 0, "run as the site server for this day (1 or 2), printing its URL")
	crawlSite := flag.String("crawl", "", "run one crawl of the site at this URL into -db")
	db := flag.String("db", "", "database of a -crawl run")
	flag.Parse()
	var err error
	switch {
	case *serve > 0:
		err = serveSite(*bills, *changedEvery, *serve)
	case *crawlSite != "":
		err = crawlOnce(context.Background(), *crawlSite, *db)
	default:
		err = orchestrate(*bills, *changedEvery, *dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vtcrawl:", err)
		os.Exit(1)
	}
}
