package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/billwatch/billwatch/feeds/feedtest"
	"github.com/billwatch/billwatch/web/paths"
)

// TestPublishMatchesServeAndIsStable publishes twice: the second run writes
// nothing, and every file holds exactly what serve sends for its path.
func TestPublishMatchesServeAndIsStable(t *testing.T) {
	ctx := context.Background()
	st := openFixture(t, feedtest.Options{Day2: true, Hostile: true})
	dir := t.TempDir()
	site := New(st, Options{BaseURL: "https://example.org"})
	first, err := Publish(ctx, site, dir)
	if err != nil {
		t.Fatal(err)
	}
	if first.Written != first.Paths || first.Paths < 40 {
		t.Fatalf("first publish: %+v", first)
	}
	old := time.Now().Add(-time.Hour)
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			os.Chtimes(p, old, old)
		}
		return nil
	})
	again, err := Publish(ctx, New(st, Options{BaseURL: "https://example.org"}), dir)
	if err != nil {
		t.Fatal(err)
	}
	if again.Written != 0 || again.Unchanged != first.Paths {
		t.Fatalf("re-publish of unchanged data: %+v", again)
	}
	srv := httptest.NewServer(site.Handler(nil))
	defer srv.Close()
	all, _ := site.Paths(ctx)
	for _, p := range all {
		file := filepath.Join(dir, filepath.FromSlash(paths.File(p)))
		info, err := os.Stat(file)
		if err != nil {
			t.Fatal(err)
		}
		if !info.ModTime().Equal(old) {
			t.Errorf("%s was rewritten", file)
		}
		onDisk, _ := os.ReadFile(file)
		served := body(t, get(t, srv, "GET", p, nil))
		if !bytes.Equal(onDisk, served) {
			t.Errorf("%s: file and served bytes differ", p)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".publish-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
