package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// ServeOptions configure Start and Serve.
type ServeOptions struct {
	Options
	Addr      string       // HOST:PORT to listen on; default 127.0.0.1:8080 (":0" picks a free port)
	AccessLog *slog.Logger // one line per request; nil = none
	// ShutdownTimeout bounds the graceful shutdown (default 10s).
	ShutdownTimeout time.Duration
}

// DefaultAddr is where serve listens unless told otherwise: loopback only.
const DefaultAddr = "127.0.0.1:8080"

// Server is a running site.
type Server struct {
	Site *Site
	URL  string // base URL of the site: Options.BaseURL, or http://<listen address>
	srv  *http.Server
	done chan error
}

// Start listens on opt.Addr and serves the site of st in the background
// until Shutdown. Without a BaseURL, links (feed item links included) are
// absolute under the listen address, so feed readers on the same machine
// can follow them.
func Start(st *store.Store, opt ServeOptions) (*Server, error) {
	ln, err := net.Listen("tcp", cmp.Or(opt.Addr, DefaultAddr))
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	url := "http://" + reachable(ln.Addr().(*net.TCPAddr))
	if opt.BaseURL == "" {
		opt.BaseURL = url
	} else {
		url = opt.BaseURL
	}
	site := New(st, opt.Options)
	s := &Server{Site: site, URL: url, done: make(chan error, 1),
		srv: &http.Server{Handler: site.Handler(opt.AccessLog), ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout: 30 * time.Second, WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute}}
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	return s, nil
}

// reachable turns a listen address into one a browser can use: the
// unspecified address (":8080", "0.0.0.0") becomes localhost.
func reachable(a *net.TCPAddr) string {
	if a.IP == nil || a.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", a.Port)
	}
	return a.String()
}

// Shutdown stops accepting connections and waits for requests in flight.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.srv.Shutdown(ctx)
	if werr := <-s.done; err == nil {
		err = werr
	}
	return err
}

// FeedURLs lists the feeds of the running site (see Site.FeedURLs).
func (s *Server) FeedURLs(ctx context.Context) ([]FeedURL, error) { return s.Site.FeedURLs(ctx) }

// Serve runs the site until ctx is cancelled (SIGINT or SIGTERM in the CLI),
// then shuts down gracefully. ready, when not nil, is called once the server
// listens: the demo prints the feed URLs there.
func Serve(ctx context.Context, st *store.Store, opt ServeOptions, ready func(*Server)) error {
	s, err := Start(st, opt)
	if err != nil {
		return err
	}
	if ready != nil {
		ready(s)
	}
	select {
	case err := <-s.done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), cmp.Or(opt.ShutdownTimeout, 10*time.Second))
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return <-s.done
}

// Announce writes where the site is and the feeds people follow (everything,
// each watchlist, each jurisdiction, and each bill on a watchlist) to w: what
// `billwatch serve` and the demo print once the server listens.
func (s *Server) Announce(ctx context.Context, w io.Writer) error {
	cat, err := s.Site.feeds.Catalog(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "billwatch is serving at %s/ (Ctrl-C stops)\nFeeds (RSS; .atom.xml and .json alongside):\n", strings.TrimRight(s.URL, "/"))
	for _, e := range cat {
		if e.Followed {
			fmt.Fprintf(w, "  %-44s %s\n", strings.TrimPrefix(e.Title, s.Site.opt.Title+": "), s.Site.URL(e.Scope.Path(feeds.RSS)))
		}
	}
	fmt.Fprintf(w, "Every feed: %s   OPML: %s\n", s.Site.URL(paths.Feeds), s.Site.URL(paths.OPML))
	return nil
}
