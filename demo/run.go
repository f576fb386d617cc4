package demo

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/billwatch/billwatch/crawl"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/store"
)

// Result is what the demo did.
type Result struct {
	Runs        []store.Run
	FirstChange int64 // first change id of day 2
}

// Run crawls every recorded source on day 1 and day 2. The runner must have
// been built with s.Rewrite; politeness delays are off (the server is local).
func Run(ctx context.Context, s *Servers, r *crawl.Runner, out io.Writer) (Result, error) {
	r.Rewrite = s.Rewrite
	r.RequestsPerMinute = 0
	r.Backoff = 50 * time.Millisecond
	r.Retries = 1
	var res Result
	for day := 1; day <= 2; day++ {
		s.SetDay(day)
		if day == 2 {
			id, err := r.Store.LastChangeID(ctx)
			if err != nil {
				return res, err
			}
			res.FirstChange = id + 1
		}
		fmt.Fprintf(out, "\n== Day %d: crawling the recorded sites ==\n", day)
		for _, src := range s.sources {
			info := src.Info()
			for _, sess := range info.RecordedSessions {
				run, err := r.Run(ctx, src, crawl.Options{Session: sess, Config: demoSettings(info)})
				if err != nil && ctx.Err() != nil {
					return res, ctx.Err()
				}
				if err != nil {
					fmt.Fprintf(out, "   %s %s: %v\n", info.ID, sess, err)
				}
				res.Runs = append(res.Runs, run)
			}
		}
	}
	return res, nil
}

// demoSettings gives sources that need an API key a placeholder: the local
// server does not check it, and the key is dropped from recorded file names.
func demoSettings(info scraper.Info) map[string]string {
	m := map[string]string{}
	for _, k := range info.Settings {
		m[k] = "DEMO-KEY"
	}
	return m
}
