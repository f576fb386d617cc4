package feeds

import (
	"embed"
	"fmt"
	"html/template"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/billwatch/billwatch/store"
)

//go:embed templates/item.html
var templateFS embed.FS

// Funcs are the template helpers shared with the web pages.
var Funcs = template.FuncMap{
	"upper":     strings.ToUpper,
	"join":      strings.Join,
	"url":       SafeURL,
	"highlight": Mark.Highlight,
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

// Highlighter marks the matched term in a watchlist hit's snippet with its
// Open and Close markup, which are written as they are (trusted).
type Highlighter struct{ Open, Close string }

// Mark is the highlighter of pages and feeds.
var Mark = Highlighter{Open: "<mark>", Close: "</mark>"}

// Highlight escapes a snippet and marks the first occurrence of term in it,
// ignoring case. The watchlist also matches plurals and other spellings of a
// phrase, so the term may not occur verbatim: then nothing is marked.
func (h Highlighter) Highlight(snippet, term string) template.HTML {
	snippet, term = Clean(snippet), Clean(term)
	esc := template.HTMLEscapeString
	if strings.TrimSpace(term) == "" {
		return template.HTML(esc(snippet))
	}
	i, j := indexFold(snippet, term)
	if i < 0 {
		return template.HTML(esc(snippet))
	}
	return template.HTML(esc(snippet[:i]) + h.Open + esc(snippet[i:j]) + h.Close + esc(snippet[j:]))
}

// indexFold finds the first occurrence of term in s under Unicode simple
// case folding (strings.EqualFold's rule, and regexp's (?i)), and returns
// its start and end in s; -1 when there is none. Folding can change a
// character's length in bytes (K and the Kelvin sign), so the end is where
// the match ends in s, not i+len(term).
func indexFold(s, term string) (int, int) {
	for i := 0; i < len(s); {
		if j, ok := prefixFold(s[i:], term); ok {
			return i, i + j
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return -1, -1
}

// prefixFold reports whether s starts with prefix under simple case folding,
// and how many bytes of s that prefix covers.
func prefixFold(s, prefix string) (int, bool) {
	n := 0
	for _, pr := range prefix {
		if n >= len(s) {
			return 0, false
		}
		sr, size := utf8.DecodeRuneInString(s[n:])
		if sr != pr && !equalFold(sr, pr) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// equalFold reports whether two runes are the same under simple folding:
// one is reached from the other through unicode.SimpleFold's orbit.
func equalFold(a, b rune) bool {
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
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
	it := Item{ID: ItemID(c), Title: title(c), Link: b.url(ChangePath(c)), Published: c.SeenAt.UTC(), HTML: html, Text: renderText(v),
		Change: c, Official: v.Official}
	if it.Official == "" && v.Version != nil {
		it.Official = SafeURL(v.Version.URL)
	}
	return it, nil
}
