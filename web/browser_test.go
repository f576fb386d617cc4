//go:build linux

package web

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

// TestScreenshots renders pages in headless Chromium at phone and desktop
// widths and keeps the screenshots: under $BILLWATCH_ARTIFACTS/screenshots
// when set, else in the test's temporary directory (the path is logged; run
// with -v and BILLWATCH_ARTIFACTS to keep them). Skipped without Chromium.
func TestScreenshots(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("Chromium is not installed (Debian: apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	if a := os.Getenv("BILLWATCH_ARTIFACTS"); a != "" {
		dir = filepath.Join(a, "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	st := openFixture(t, feedtest.Options{Day2: true, Hostile: true})
	srv := httptest.NewServer(New(st, Options{}).Handler(nil))
	defer srv.Close()
	const phone, desktop = "412,1400", "1280,1600"
	shots := []struct{ name, path, size string }{
		{"bill-phone", "/bills/vt/2020/S.124/", phone},
		{"bill-desktop", "/bills/vt/2020/S.124/", desktop},
		{"diff-phone", "/bills/vt/2020/S.124/diff/1-5.html", phone},
		{"diff-desktop", "/bills/vt/2020/S.124/diff/1-5.html", desktop},
		{"home-phone", "/", phone},
		{"hostile-desktop", "/bills/zz/2026/H.666/", desktop},
		{"sources-phone", "/sources/", phone},
	}
	for _, s := range shots {
		file := filepath.Join(dir, s.name+".png")
		if err := screenshot(t, bin, srv.URL+s.path, s.size, file); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		png, err := os.ReadFile(file)
		if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10_000 {
			t.Fatalf("%s: not a plausible screenshot (%d bytes, %v)", file, len(png), err)
		}
	}
	t.Logf("screenshots in %s", dir)
}

func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func screenshot(t *testing.T, bin, url, size, file string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir="+t.TempDir(), "--window-size="+size, "--screenshot="+file, url)
	// Chromium starts helper processes: on timeout, end the whole group.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		return &chromiumError{err: err, out: strings.TrimSpace(string(out))}
	}
	return nil
}

type chromiumError struct {
	err error
	out string
}

func (e *chromiumError) Error() string { return e.err.Error() + ": " + e.out }
