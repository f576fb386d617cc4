package feeds

import (
	"html"
	"strings"

	nethtml "golang.org/x/net/html"
)

// RedlineMode says where a stored redline excerpt is going.
type RedlineMode uint8

// The destinations of a redline excerpt.
const (
	// ForPage keeps the redline package's classes (styled by its Stylesheet)
	// and its visually hidden screen-reader labels.
	ForPage RedlineMode = iota
	// ForFeed writes markup that reads well without any stylesheet, as feed
	// readers drop classes and styles: <del>/<ins> only, the hidden labels
	// removed (they would show as text), line breaks as <br>.
	ForFeed
	// ForEmail writes marks with inline styles, as email clients drop
	// <style> blocks and classes (Gmail outside its own accounts, Outlook):
	// no wrapping div, the hidden labels removed, line breaks as <br>
	// (Outlook ignores white-space:pre-wrap).
	ForEmail
)

// Inline styles of the marks in email: redline.Stylesheet's colours.
const (
	styleDel       = `background-color:#fde0dc;color:#7f1d1d;text-decoration:line-through`
	styleIns       = `background-color:#d9f2dd;color:#14532d;text-decoration:underline`
	styleLawStruck = `text-decoration:line-through;color:#555555`
	styleLawNew    = `text-decoration:underline`
)

// allowedClasses are the only classes the redline renderer emits.
var allowedClasses = map[string]map[string]bool{
	"div":  {"redline": true},
	"del":  {"rl-del": true},
	"ins":  {"rl-ins": true},
	"span": {"law-struck": true, "law-new": true, "rl-sr": true},
}

// SanitizeRedline re-emits a stored redline excerpt (redline.HTML output kept
// in the change log) through an allowlist: only div, del, ins and span with
// the redline classes survive, written as the mode says with no attribute
// of their own, the content of elements that hold no text (script, style...)
// is dropped, other tags are dropped with their text kept, and all text is
// escaped again. The change log is data, so it is never trusted as markup.
func SanitizeRedline(stored string, mode RedlineMode) string {
	z := nethtml.NewTokenizer(strings.NewReader(stored))
	var sb strings.Builder
	var open []string // closing tags to write, innermost last
	skip := 0         // depth inside a dropped element
	for {
		switch z.Next() {
		case nethtml.ErrorToken: // io.EOF, or a broken document: close what is open either way
			for i := len(open) - 1; i >= 0; i-- {
				sb.WriteString(open[i])
			}
			return sb.String()
		case nethtml.TextToken:
			if skip == 0 {
				writeText(&sb, string(z.Text()), mode)
			}
		case nethtml.StartTagToken:
			tok := z.Token()
			switch {
			case skip > 0:
				if !voidElements[tok.Data] {
					skip++
				}
			case dropsContent(tok, mode):
				skip++
			case keep(tok, mode):
				start, end := emit(tok, mode)
				sb.WriteString(start)
				open = append(open, end)
			case allowedClasses[tok.Data] != nil:
				open = append(open, "") // same element, unknown class: tag dropped, text kept
			}
		case nethtml.EndTagToken:
			switch {
			case skip > 0:
				skip--
			case len(open) > 0 && allowedClasses[z.Token().Data] != nil:
				sb.WriteString(open[len(open)-1])
				open = open[:len(open)-1]
			}
		}
	}
}

// keep reports whether a start tag is written (its content always is, unless
// dropsContent).
func keep(tok nethtml.Token, mode RedlineMode) bool {
	classes, ok := allowedClasses[tok.Data]
	if !ok {
		return false
	}
	c := classOf(tok)
	if mode != ForPage && c == "rl-sr" {
		return false
	}
	return classes[c]
}

// rawElements hold text that is not page text: their content is dropped.
var rawElements = map[string]bool{"script": true, "style": true, "template": true, "textarea": true, "title": true,
	"noscript": true, "iframe": true, "object": true, "svg": true, "math": true, "xmp": true, "noembed": true, "noframes": true}

// voidElements never have an end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// dropsContent: the screen-reader labels outside pages, and elements whose content
// is not text (so a tampered log cannot smuggle a script in); other unknown
// tags lose only the tag.
func dropsContent(tok nethtml.Token, mode RedlineMode) bool {
	if rawElements[tok.Data] {
		return true
	}
	return mode != ForPage && tok.Data == "span" && classOf(tok) == "rl-sr"
}

func emit(tok nethtml.Token, mode RedlineMode) (string, string) {
	c := classOf(tok)
	switch mode {
	case ForPage:
		return `<` + tok.Data + ` class="` + c + `">`, `</` + tok.Data + `>`
	case ForEmail:
		switch c {
		case "rl-del":
			return `<del style="` + styleDel + `">`, `</del>`
		case "rl-ins":
			return `<ins style="` + styleIns + `">`, `</ins>`
		case "law-struck":
			return `<span style="` + styleLawStruck + `">[`, `]</span>`
		case "law-new":
			return `<span style="` + styleLawNew + `">`, `</span>`
		}
		return "", "" // the wrapping div: an email's layout is its own
	}
	switch c {
	case "law-struck":
		return `[<s>`, `</s>]`
	case "law-new":
		return `<u>`, `</u>`
	case "redline":
		return `<div>`, `</div>`
	}
	return `<` + tok.Data + `>`, `</` + tok.Data + `>`
}

func classOf(tok nethtml.Token) string {
	for _, a := range tok.Attr {
		if a.Key == "class" {
			return a.Val
		}
	}
	return ""
}

func writeText(sb *strings.Builder, text string, mode RedlineMode) {
	esc := html.EscapeString(Clean(text))
	switch mode {
	case ForFeed:
		esc = strings.ReplaceAll(esc, "\n", "<br>\n")
	case ForEmail:
		esc = strings.ReplaceAll(esc, "\n", "<br>")
	}
	sb.WriteString(esc)
}
