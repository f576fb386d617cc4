package digest

import (
	"fmt"
	htemplate "html/template"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/billwatch/billwatch/feeds"
)

// textWidth is where the plain-text part wraps prose (URLs are never cut).
const textWidth = 72

var textFuncs = map[string]any{
	"upper":  strings.ToUpper,
	"join":   strings.Join,
	"times":  times,
	"wrap":   wrap,
	"plural": plural,
	"indent": indent,
	"cap":    capitalize,
}

var htmlFuncs = map[string]any{
	"upper":  strings.ToUpper,
	"join":   strings.Join,
	"times":  times,
	"plural": plural,
	"cap":    capitalize,
	"hit":    hitHighlighter.Highlight,
	"dict":   dict,
	// Outlook's Word engine ignores max-width; a fixed-width table inside
	// conditional comments (which html/template would strip from the
	// template text) keeps the message 600px wide there.
	"msoOpen": func() htemplate.HTML {
		return `<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`
	},
	"msoClose": func() htemplate.HTML { return `<!--[if mso]></td></tr></table><![endif]-->` },
}

// Intro is the line under the title that says what the digest covers.
func (d *Digest) Intro() string {
	switch {
	case d.OneOff:
		return "Changes seen since " + d.Day(d.Since) + " (a one-off digest; your regular digest is unaffected)."
	case d.First && !d.Since.IsZero():
		return "Your first digest: changes seen since " + d.Day(d.Since) + "."
	case d.First:
		return "Your first digest."
	case d.Since.IsZero():
		return "Changes since your last digest."
	}
	return "Changes seen since your last digest on " + d.Day(d.Since) + "."
}

// Day formats a date for people: "Mon 18 Nov 2026" (UTC, as stored).
func (d *Digest) Day(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("Mon 2 Jan 2006")
}

// When formats a moment: "Mon 18 Nov 2026 14:05 UTC".
func (d *Digest) When(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format("Mon 2 Jan 2006 15:04 MST")
}

// Hours says a duration in whole hours or days: "3 days", "36 hours".
func (d *Digest) Hours(dur time.Duration) string {
	h := int(dur.Round(time.Hour) / time.Hour)
	if h%24 == 0 && h >= 24 {
		return fmt.Sprintf("%d %s", h/24, plural(h/24, "day", "days"))
	}
	return fmt.Sprintf("%d %s", h, plural(h, "hour", "hours"))
}

// wrap fills text to width: the first line starts with first, the others
// with rest. Words longer than a line (URLs) are kept whole.
func wrap(first, rest string, text string) string {
	var b strings.Builder
	prefix, col := first, 0
	for _, w := range strings.Fields(text) {
		n := utf8.RuneCountInString(w)
		switch {
		case col == 0:
			b.WriteString(prefix)
			col = utf8.RuneCountInString(prefix)
		case col+1+n > textWidth:
			b.WriteString("\n" + rest)
			col = utf8.RuneCountInString(rest)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}

// indent wraps each line of a multi-line text (a redline excerpt) on its
// own, keeping blank lines, with prefix in front of every line.
func indent(prefix, text string) string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if strings.TrimSpace(line) == "" {
			out = append(out, strings.TrimRight(prefix, " "))
			continue
		}
		out = append(out, wrap(prefix, prefix, line))
	}
	return strings.Join(out, "\n")
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return strings.ToUpper(string(r)) + s[size:]
}

// hitHighlighter bolds the matched term in a snippet, its colour inline:
// email clients drop stylesheets.
var hitHighlighter = feeds.Highlighter{Open: `<strong style="color:#111827;">`, Close: `</strong>`}

// dict builds a map for passing several values to a sub-template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

// times says how often: "once", "twice", "3 times".
func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
