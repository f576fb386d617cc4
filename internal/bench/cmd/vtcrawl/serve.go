package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/billwatch/billwatch/internal/replay"
	"github.com/billwatch/billwatch/internal/synth"
)

// statsPath answers the wire byte counts; it is outside the site's paths.
const statsPath = "/_bench/stats"

// wire counts the bytes that crossed the site's connections: requests read
// and responses written, headers included.
type wire struct{ up, down atomic.Int64 }

type countedConn struct {
	net.Conn
	w *wire
}

func (c countedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.w.up.Add(int64(n))
	return n, err
}

func (c countedConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.w.down.Add(int64(n))
	return n, err
}

type countedListener struct {
	net.Listener
	w *wire
}

func (l countedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countedConn{c, l.w}, nil
}

// serveSite serves the synthetic session as of day on a loopback port and
// prints its URL; it runs until killed. Files are generated per request, so
// the server's memory does not grow with the session.
func serveSite(bills, changedEvery, day int) error {
	v := &synth.Vermont{Slug: "2026", Bills: bills, ChangedEvery: changedEvery}
	site := &replay.Site{FS: v.FS(), Days: []string{"day1", "day2"}}
	site.SetDay(day)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	w := &wire{}
	mux := http.NewServeMux()
	mux.Handle("/", site)
	mux.HandleFunc(statsPath, func(rw http.ResponseWriter, _ *http.Request) {
		json.NewEncoder(rw).Encode(map[string]int64{"up": w.up.Load(), "down": w.down.Load()})
	})
	fmt.Printf("http://%s\n", ln.Addr())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return srv.Serve(countedListener{ln, w})
}
