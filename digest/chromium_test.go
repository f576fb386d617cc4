package digest

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// artifactDir keeps the rendered HTML and screenshots after the test, for a
// person to look at: $BILLWATCH_ARTIFACTS/digest, or a fixed folder in the
// system temp directory.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(os.TempDir(), "billwatch-artifacts", "digest")
	if env := os.Getenv("BILLWATCH_ARTIFACTS"); env != "" {
		dir = filepath.Join(env, "digest")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshot renders file in headless Chromium at the given viewport.
func screenshot(t *testing.T, chromium, file, out string, width, height int, extra ...string) image.Image {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--window-size=" + strconv.Itoa(width) + "," + strconv.Itoa(height),
		"--screenshot=" + out}, extra...)
	cmd := exec.CommandContext(ctx, chromium, append(args, "file://"+file)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, b)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", out, err)
	}
	return img
}

// colours counts the distinct colours of a sample of pixels: a blank or
// unstyled page has very few.
func colours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return len(seen)
}

func TestHTMLRendersInChromium(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		t.Skip("no chromium on PATH (Debian: apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	f := newFixture(t)
	seedWeek(f)
	d := buildWeek(t, f, Options{BaseURL: "https://billwatch.example.org"})
	d.Unsubscribe = "https://billwatch.example.org/unsubscribe?list=dmv-data"
	r := renderBuiltin(t, d)
	dir := artifactDir(t)
	page := filepath.Join(dir, "week.html")
	if err := os.WriteFile(page, []byte(r.HTML), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Compose(d, r, Envelope{From: "billwatch <digest@billwatch.example.org>", To: "advocate@example.org",
		Domain: "billwatch.example.org", ListUnsubscribe: []string{d.Unsubscribe}})
	if err != nil {
		t.Fatal(err)
	}
	eml, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "week.eml"), eml, 0o644); err != nil {
		t.Fatal(err)
	}
	views := []struct {
		name          string
		width, height int
		extra         []string
	}{
		{"desktop", 800, 2000, nil},
		{"phone", 390, 3000, nil},
		// Chromium's forced dark mode stands in for clients (Gmail's apps,
		// Outlook) that recolour light messages on their own.
		{"forced-dark", 800, 2000, []string{"--force-dark-mode", "--blink-settings=forceDarkModeEnabled=true"}},
	}
	for _, v := range views {
		out := filepath.Join(dir, "week-"+v.name+".png")
		img := screenshot(t, chromium, page, out, v.width, v.height, v.extra...)
		if got := img.Bounds().Dx(); got < v.width/2 {
			t.Errorf("%s: screenshot %dpx wide", v.name, got)
		}
		if n := colours(img); n < 20 {
			t.Errorf("%s: only %d colours: the page looks blank", v.name, n)
		}
		t.Logf("screenshot: %s", out)
	}
}
