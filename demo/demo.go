// Package demo runs billwatch's real crawl code offline: every source's
// recorded (or reconstructed) site is served on loopback, one listener per
// official host, and the fetcher's rewrite map sends requests there while the
// database keeps the official URLs. Day 1 is crawled, then the sites move to
// day 2 (new actions, a new version) and are crawled again.
package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/scraper"
)

// Servers serves the recorded sites.
type Servers struct {
	Rewrite map[string]string // official host → local base URL
	sources []scraper.Source  // the sources with a recorded site, which Run crawls
	sites   []*replay.Site
	servers []*http.Server
}

// Start serves every registered source that has a recorded site.
func Start() (*Servers, error) {
	s := &Servers{Rewrite: map[string]string{}}
	for _, id := range scraper.IDs() {
		src, _ := scraper.Get(id)
		info := src.Info()
		if info.Recorded == nil {
			continue
		}
		s.sources = append(s.sources, src)
		fsys := info.Recorded()
		for _, host := range info.Hosts {
			site := &replay.Site{FS: fsys, Days: []string{"day1", "day2"}}
			if len(info.Hosts) > 1 {
				site.Prefix = host // several hosts: dayN/<host>/...
			}
			site.SetDay(1)
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				s.Close()
				return nil, fmt.Errorf("demo: listen: %w", err)
			}
			srv := &http.Server{Handler: site, ReadHeaderTimeout: 5 * time.Second}
			go func() {
				if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
					panic(err)
				}
			}()
			s.Rewrite[host] = "http://" + ln.Addr().String()
			s.sites = append(s.sites, site)
			s.servers = append(s.servers, srv)
		}
	}
	return s, nil
}

// SetDay moves every site to day n.
func (s *Servers) SetDay(n int) {
	for _, site := range s.sites {
		site.SetDay(n)
	}
}

// Close stops the servers.
func (s *Servers) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, srv := range s.servers {
		_ = srv.Shutdown(ctx)
	}
}
