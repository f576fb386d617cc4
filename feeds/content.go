package feeds

import (
	"embed"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"sync"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

//go:embed templates/item.html
var templateFS embed.FS

// Funcs are the template helpers shared with the web pages.
var Funcs = template.FuncMap{
	"upper":     strings.ToUpper,
	"join":      strings.Join,
	"url":       safeURL,
	"highlight": Highlight,
	"chamber":   ChamberName,
}

// ChamberName says an Open States chamber code the way people do.
func ChamberName(code string) string {
	switch code {
	case "lower":
		return "House"
	case "upper":
		return "Senate"
	case "executive":
		return "Governor"
	case "legislature":
		return "Legislature"
	}
	return code
}

// itemTemplate is parsed on first use, not at every start of the binary.
var itemTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(Funcs).ParseFS(templateFS, "templates/item.html"))
})

// Highlight escapes a match snippet and wraps the first occurrence of the
// matched term (ignoring case, and its plural) in <mark>.
func Highlight(snippet, term string) template.HTML {
	snippet, term = Clean(snippet), Clean(term)
	esc := template.HTMLEscapeString
	if strings.TrimSpace(term) == "" {
		return template.HTML(esc(snippet))
	}
	re, err := regexp.Compile(`(?i)` + regexp.QuoteMeta(term))
	if err != nil {
		return template.HTML(esc(snippet))
	}
	loc := re.FindStringIndex(snippet)
	if loc == nil {
		return template.HTML(esc(snippet))
	}
	return template.HTML(esc(snippet[:loc[0]]) + "<mark>" + esc(snippet[loc[0]:loc[1]]) + "</mark>" + esc(snippet[loc[1]:]))
}

// renderHTML is the item's content.
func renderHTML(v view) (string, error) {
	var sb strings.Builder
	if err := itemTemplate().ExecuteTemplate(&sb, "item", v); err != nil {
		return "", fmt.Errorf("render item: %w", err)
	}
	return Clean(sb.String()), nil
}

// renderText is the item's plain-text description: what happened, the bill,
// why it is followed, and the links.
func renderText(v view) string {
	var sb strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&sb, format, args...)
		sb.WriteByte('\n')
	}
	line("%s", v.Summary)
	if b := v.Bill; b != nil {
		line("%s %s (%s session): %s", strings.ToUpper(b.Row.Jurisdiction), b.Row.Identifier, b.Row.Session, b.Row.Title)
		if b.Row.Status != "" {
			line("Status: %s", b.Row.Status)
		}
	}
	if d := v.Version; d != nil && d.Diff != nil {
		line("Changed since %q: %s", d.Diff.From, d.Diff.Summary)
		if d.Diff.Excerpt != "" {
			line("%s", d.Diff.Excerpt)
		}
	}
	if m := v.Match; m != nil && m.Reason != "" {
		line("Watchlist %s: %s", v.Watchlist(m.Watchlist), m.Reason)
	}
	if f := v.Failure; f != nil {
		line("%s", f.Message)
	}
	for _, w := range v.Why {
		line("On watchlist %s: %s", v.Watchlist(w.Watchlist), w.Reason)
	}
	if v.BillURL != "" {
		line("billwatch: %s", v.BillURL)
	}
	if v.Official != "" {
		line("Official page: %s", v.Official)
	}
	return Clean(strings.TrimSpace(sb.String()))
}

// item builds the feed item of one change.
func (b *Builder) item(c store.Change, info *billInfo) (Item, error) {
	v := b.newView(c, info)
	html, err := renderHTML(v)
	if err != nil {
		return Item{}, err
	}
	it := Item{ID: ItemID(c), Title: title(c), Published: c.SeenAt.UTC(), HTML: html, Text: renderText(v), Change: c, Official: v.Official}
	switch {
	case c.BillID != "":
		it.Link = v.BillURL + "#" + paths.ChangeAnchor(c.ID)
	default:
		it.Link = b.url(paths.Sources) + "#" + paths.RunAnchor(c.RunID)
	}
	if it.Official == "" && v.Version != nil {
		it.Official = safeURL(v.Version.URL)
	}
	return it, nil
}
