package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

func TestServeShutsDownWhenCancelled(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true})
	ctx, cancel := context.WithCancel(context.Background())
	var logged strings.Builder
	ready := make(chan *Server, 1)
	errc := make(chan error, 1)
	go func() {
		errc <- Serve(ctx, st, ServeOptions{Addr: "127.0.0.1:0", AccessLog: slog.New(slog.NewTextHandler(&logged, nil))},
			func(s *Server) { ready <- s })
	}()
	s := <-ready
	if !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
		t.Fatalf("URL %q", s.URL)
	}
	urls, err := s.FeedURLs(ctx)
	if err != nil || len(urls) == 0 || urls[0].RSS != s.URL+"/feeds/all.rss.xml" {
		t.Fatalf("FeedURLs: %+v %v", urls, err)
	}
	resp, err := http.Get(urls[0].RSS)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), s.URL+"/bills/vt/2020/S.124/#change-") {
		t.Fatalf("feed from the server: %d, links not absolute under %s", resp.StatusCode, s.URL)
	}
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Fatalf("Serve returned %v after cancel", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if !strings.Contains(logged.String(), "path=/feeds/all.rss.xml status=200") {
		t.Errorf("access log: %q", logged.String())
	}
}
