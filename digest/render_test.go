package digest

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

func renderBuiltin(t *testing.T, d *Digest) Rendered {
	t.Helper()
	tm, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	r, err := tm.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTextGolden(t *testing.T) {
	cases := []struct {
		name  string
		build func(t *testing.T) *Digest
	}{
		{"week.txt", func(t *testing.T) *Digest {
			f := newFixture(t)
			seedWeek(f)
			d := buildWeek(t, f, Options{BaseURL: "https://billwatch.example.org"})
			d.Unsubscribe = "https://billwatch.example.org/unsubscribe?list=dmv-data"
			return d
		}},
		{"week-no-base-url.txt", func(t *testing.T) *Digest {
			f := newFixture(t)
			seedWeek(f)
			return buildWeek(t, f, Options{})
		}},
		{"quiet.txt", func(t *testing.T) *Digest {
			f := newFixture(t)
			f.at(buildTime.Add(-2 * time.Hour))
			f.run("vt", store.RunOK, "")
			f.apply(h351(), nil, dmvMatch(`"privilege card" in title`))
			last, _ := f.st.LastChangeID(f.ctx)
			d, err := Build(f.ctx, f.st, dmvData(t), Window{AfterID: last, SentAt: weekStart}, Options{Now: buildTime})
			if err != nil {
				t.Fatal(err)
			}
			return d
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := renderBuiltin(t, c.build(t))
			golden(t, c.name, "Subject: "+r.Subject+"\n\n"+r.Text)
			for i, line := range strings.Split(r.Text, "\n") {
				if n := len([]rune(line)); n > textWidth && !strings.Contains(line, "://") {
					t.Errorf("line %d is %d characters: %q", i+1, n, line)
				}
			}
		})
	}
}

func TestHTMLIsEmailSafe(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d := buildWeek(t, f, Options{BaseURL: "https://billwatch.example.org"})
	r := renderBuiltin(t, d)
	doc, err := html.Parse(strings.NewReader(r.HTML))
	if err != nil {
		t.Fatal(err)
	}
	var links int
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "img", "script", "link", "style", "iframe", "form":
				t.Errorf("<%s> in an email body", n.Data)
			}
			for _, a := range n.Attr {
				switch {
				case a.Key == "class":
					t.Errorf("<%s class=%q>: classes do not survive email clients", n.Data, a.Val)
				case a.Key == "href":
					links++
					if !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "mailto:") {
						t.Errorf("link %q is not absolute", a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if links < 10 {
		t.Errorf("only %d links", links)
	}
	for _, want := range []string{`<meta name="color-scheme" content="light">`, `<!--[if mso]>`, `bgcolor="#ffffff"`, "passed committee",
		"An act relating to operator’s privilege cards", `<ins style="background-color:#d9f2dd`} {
		if !strings.Contains(r.HTML, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if n := len(r.HTML); n > 60_000 {
		t.Errorf("HTML part is %d bytes", n)
	}
}

func TestTemplatesOverrideFromDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, TextTemplateName), []byte("{{.Title}} has {{len .New}} new\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tm, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := &Digest{Title: "DMV data", Watchlist: "dmv-data", New: []NewItem{{}}}
	r, err := tm.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "DMV data has 1 new\n" {
		t.Errorf("text = %q", r.Text)
	}
	if !strings.Contains(r.HTML, "<!DOCTYPE html>") {
		t.Error("the HTML template should stay the built-in one")
	}
	if err := os.WriteFile(filepath.Join(dir, HTMLTemplateName), []byte("{{.Nope"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadTemplates(dir); err == nil {
		t.Error("a broken override must fail loudly")
	}
}

func TestUpcomingHearingsHook(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d := buildWeek(t, f, Options{})
	if r := renderBuiltin(t, d); strings.Contains(r.Text, "UPCOMING HEARINGS") || strings.Contains(r.HTML, "Upcoming hearings") {
		t.Error("no hearings source: the section must not render")
	}
	// A stand-in source, only to show that the hook is wired to the templates.
	when := buildTime.Add(50 * time.Hour)
	d = buildWeek(t, f, Options{Hearings: func(_ context.Context, w *watchlist.Watchlist, now time.Time) ([]Hearing, error) {
		if w.Name != "dmv-data" || !now.Equal(buildTime) {
			t.Errorf("hook called with %s at %s", w.Name, now)
		}
		return []Hearing{{Bill: BillRef{Jurisdiction: "vt", Identifier: "H.351", Title: "An act"}, When: when, Committee: "House Committee on Transportation"}}, nil
	}})
	r := renderBuiltin(t, d)
	if !strings.Contains(r.Text, "UPCOMING HEARINGS (1)") || !strings.Contains(r.Text, "Wed 11 Mar 2026 10:00 UTC, House Committee on Transportation") ||
		!strings.Contains(r.HTML, "Upcoming hearings (1)") {
		t.Errorf("hearing not rendered:\n%s", r.Text)
	}
}

func TestRenderFitTrimsToBudgetAndSaysSo(t *testing.T) {
	d := &Digest{Watchlist: "dmv-data", Title: "DMV data", Generated: buildTime, BaseURL: "https://billwatch.example.org",
		WatchlistURL: "https://billwatch.example.org/watchlists/dmv-data/"}
	for i := range 60 {
		ref := BillRef{ID: "vt/2026/H." + strconv.Itoa(i), Jurisdiction: "vt", Session: "2026", Identifier: "H." + strconv.Itoa(i),
			Title: strings.Repeat("An act relating to motor vehicle records ", 3), PageURL: "https://billwatch.example.org/bills/vt/2026/H." + strconv.Itoa(i) + "/"}
		d.Moved = append(d.Moved, MovedItem{Bill: ref, Steps: []Step{{Milestone: "passed committee", Text: "Favorable report", Date: "2026-03-03"}}})
	}
	tm, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	full, err := tm.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	budget := (len(full.HTML) + len(full.Text)) / 3
	r, fit, err := tm.RenderFit(d, budget)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.HTML)+len(r.Text) > budget || len(fit.Moved) >= 60 || len(fit.Moved)+fit.Omitted.Moved != 60 {
		t.Errorf("fit: %d bytes (budget %d), %d shown + %d omitted", len(r.HTML)+len(r.Text), budget, len(fit.Moved), fit.Omitted.Moved)
	}
	if len(d.Moved) != 60 || d.Omitted.Moved != 0 {
		t.Error("RenderFit changed the digest it was given")
	}
	more := "… and " + strconv.Itoa(fit.Omitted.Moved) + " more bills that moved: https://billwatch.example.org/watchlists/dmv-data/"
	if !strings.Contains(r.Text, more) || !strings.Contains(r.HTML, "see them all on billwatch") || fit.Subject() != "DMV data: 60 bills moved" {
		t.Errorf("the cut is not said: %q", fit.Subject())
	}
}
