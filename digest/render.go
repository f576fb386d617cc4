package digest

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	htemplate "html/template"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	ttemplate "text/template"
)

// Template file names, embedded under templates/ and looked up by the same
// names in the override directory (config [digest] templates).
const (
	TextTemplateName = "digest.txt.tmpl"
	HTMLTemplateName = "digest.html.tmpl"
)

//go:embed templates/*.tmpl
var builtin embed.FS

// Templates are the parsed plain-text and HTML templates.
type Templates struct {
	text *ttemplate.Template
	html *htemplate.Template
}

// Rendered is a digest as the message carries it.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// LoadTemplates parses the built-in templates, replacing each with the file
// of the same name in dir when dir is set and has it, so a deployment can
// restyle the HTML and keep the built-in text (or the reverse).
func LoadTemplates(dir string) (*Templates, error) {
	textSrc, err := templateSource(dir, TextTemplateName)
	if err != nil {
		return nil, err
	}
	htmlSrc, err := templateSource(dir, HTMLTemplateName)
	if err != nil {
		return nil, err
	}
	t := &Templates{}
	if t.text, err = ttemplate.New(TextTemplateName).Funcs(textFuncs).Parse(textSrc); err != nil {
		return nil, fmt.Errorf("parse digest text template: %w", err)
	}
	if t.html, err = htemplate.New(HTMLTemplateName).Funcs(htmlFuncs).Parse(htmlSrc); err != nil {
		return nil, fmt.Errorf("parse digest HTML template: %w", err)
	}
	return t, nil
}

func templateSource(dir, name string) (string, error) {
	if dir != "" {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			return string(b), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("read digest template: %w", err)
		}
	}
	b, err := builtin.ReadFile("templates/" + name)
	if err != nil {
		return "", fmt.Errorf("read built-in digest template %s: %w", name, err)
	}
	return string(b), nil
}

// Render fills both templates. Text lines end in LF; the message writer
// turns them into CRLF.
func (t *Templates) Render(d *Digest) (Rendered, error) {
	r := Rendered{Subject: d.Subject()}
	var tb, hb bytes.Buffer
	if err := t.text.Execute(&tb, d); err != nil {
		return r, fmt.Errorf("render digest text: %w", err)
	}
	if err := t.html.Execute(&hb, d); err != nil {
		return r, fmt.Errorf("render digest HTML: %w", err)
	}
	r.Text, r.HTML = tidyText(tb.String()), hb.String()
	return r, nil
}

// Budget is the most text RenderFit lets a digest's two parts have
// together. Gmail clips a message past about 102 KB (hiding the sources
// section at the bottom); it is unclear whether it counts the HTML alone or
// the whole message, so this budgets both parts, and quoted-printable adds
// about a tenth on top.
const Budget = 90_000

// RenderFit renders d, and if both parts together are over budget, renders
// it again with fewer items per section (the rest counted as "… and N
// more" with a link) until it fits or each section is down to three items.
// It returns the digest it rendered, which is d when nothing had to go.
func (t *Templates) RenderFit(d *Digest, budget int) (Rendered, *Digest, error) {
	r, err := t.Render(d)
	for n := d.maxSection(); err == nil && len(r.HTML)+len(r.Text) > budget && n > 3; {
		n = max(3, n*2/3)
		dd := *d
		dd.trim(n)
		if r, err = t.Render(&dd); err == nil {
			d = &dd
		}
	}
	return r, d, err
}

// maxSection is the length of the longest section.
func (d *Digest) maxSection() int {
	return max(len(d.New), len(d.Moved), len(d.Amended), len(d.Dropped), len(d.Other))
}

// tidyText trims trailing spaces and collapses runs of blank lines that
// template conditionals leave, so the templates can stay readable.
func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
