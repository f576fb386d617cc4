package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"maps"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/billwatch/billwatch/feeds"
	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/web/paths"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets/site.css
var siteCSS []byte

// stylesheet is the site's CSS followed by the redline renderer's.
var stylesheet = append(append([]byte{}, siteCSS...), redline.Stylesheet...)

// stylesheetVersion changes whenever the CSS does, so pages can let browsers
// cache the stylesheet for long.
var stylesheetVersion = func() string {
	sum := sha256.Sum256(stylesheet)
	return hex.EncodeToString(sum[:4])
}()

var funcs = func() template.FuncMap {
	m := maps.Clone(feeds.Funcs)
	m["when"] = func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	}
	m["whenp"] = func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.UTC().Format("2006-01-02 15:04 UTC")
	}
	m["runAnchor"] = paths.RunAnchor
	m["plural"] = func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	}
	m["label"] = feeds.BillLabel
	m["lower"] = strings.ToLower
	m["dict"] = func(kv ...any) map[string]any {
		out := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			out[kv[i].(string)] = kv[i+1]
		}
		return out
	}
	return m
}()

// pageTemplates maps a page name to the layout plus that page's content. They
// are parsed on first use: every one-shot command links this package, and
// only serve and publish render pages.
var pageTemplates = sync.OnceValue(func() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	out := map[string]*template.Template{}
	for _, name := range []string{"home", "list", "bill", "diff", "sources", "feeds", "notfound"} {
		out[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html"))
	}
	return out
})

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
