package digest

import (
	"html/template"
	"strings"

	"golang.org/x/net/html"
)

// Inline styles for the redline in email: clients drop <style> blocks and
// class names (Gmail outside its own accounts, Outlook), so every mark
// carries its own colours. The colours are redline.Stylesheet's.
const (
	styleDel       = `background-color:#fde0dc;color:#7f1d1d;text-decoration:line-through`
	styleIns       = `background-color:#d9f2dd;color:#14532d;text-decoration:underline`
	styleLawStruck = `text-decoration:line-through;color:#555555`
	styleLawNew    = `text-decoration:underline`
)

// emailRedline rewrites a stored redline excerpt (package redline's HTML,
// class-based) into inline-styled HTML for email. It keeps only the marks it
// knows and re-escapes all text, so whatever the excerpt holds, the result
// is safe to insert. The visually-hidden screen-reader labels are dropped:
// email clients strip the CSS that hides them, so they would show.
func emailRedline(fragment string) template.HTML {
	if strings.TrimSpace(fragment) == "" {
		return ""
	}
	var sb strings.Builder
	var closers []string // per open element: what to write when it ends
	hidden := 0          // depth inside an rl-sr label
	z := html.NewTokenizer(strings.NewReader(fragment))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			for i := len(closers) - 1; i >= 0; i-- { // close what a truncated excerpt left open
				sb.WriteString(closers[i])
			}
			return template.HTML(sb.String())
		case html.TextToken:
			if hidden == 0 {
				writeText(&sb, string(z.Text()))
			}
		case html.StartTagToken:
			tok := z.Token()
			if voidElements[tok.Data] {
				if tok.Data == "br" && hidden == 0 {
					sb.WriteString("<br>")
				}
				continue
			}
			open, closer := redlineTag(tok)
			if hidden > 0 || hasClass(tok, "rl-sr") || tok.Data == "script" || tok.Data == "style" {
				hidden++
				open, closer = "", ""
			}
			sb.WriteString(open)
			closers = append(closers, closer)
		case html.EndTagToken:
			if len(closers) == 0 {
				continue
			}
			if hidden > 0 {
				hidden--
			}
			sb.WriteString(closers[len(closers)-1])
			closers = closers[:len(closers)-1]
		}
	}
}

// redlineTag maps one of redline's elements to an inline-styled one.
func redlineTag(tok html.Token) (open, closer string) {
	switch {
	case tok.Data == "del":
		return `<del style="` + styleDel + `">`, `</del>`
	case tok.Data == "ins":
		return `<ins style="` + styleIns + `">`, `</ins>`
	case tok.Data == "span" && hasClass(tok, "law-struck"):
		return `<span style="` + styleLawStruck + `">[`, `]</span>`
	case tok.Data == "span" && hasClass(tok, "law-new"):
		return `<span style="` + styleLawNew + `">`, `</span>`
	}
	return "", "" // the wrapping div and anything unknown: keep the text only
}

// voidElements never have an end tag, so they must not open a level.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

func hasClass(tok html.Token, class string) bool {
	for _, a := range tok.Attr {
		if a.Key == "class" {
			for _, c := range strings.Fields(a.Val) {
				if c == class {
					return true
				}
			}
		}
	}
	return false
}

// writeText escapes text and turns line breaks into <br>, since Outlook
// ignores white-space:pre-wrap.
func writeText(sb *strings.Builder, text string) {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			sb.WriteString("<br>")
		}
		sb.WriteString(html.EscapeString(line))
	}
}
