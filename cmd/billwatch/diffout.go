package main

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"os"
	"sync"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/scraper/all"
)

var redlinePage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("redline").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}{{.CSS}}</style></head>
<body><h1>{{.Title}}</h1><p>From <b>{{.From}}</b> to <b>{{.To}}</b>: {{.Summary}}</p>
{{.Body}}</body></html>
`))
})

func writeRedline(w io.Writer, format string, r redline.Result, title, from, to string) error {
	switch format {
	case "json":
		b, err := redline.JSON(r)
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	case "html":
		return redlinePage().Execute(w, map[string]any{"Title": title, "From": from, "To": to, "Summary": r.Summary,
			"CSS": template.CSS(redline.Stylesheet), "Body": template.HTML(redline.HTML(r.Ops))})
	default:
		fmt.Fprintf(w, "--- %s\n+++ %s\n%s\n(+%d −%d words)\n\n", from, to, r.Summary, r.Stats.Inserted, r.Stats.Deleted)
		if err := redline.WriteText(w, r.Ops); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	}
}

// loadFiles loads both files at once: reading, PDF extraction and
// normalization are independent, and on two cores this takes a third off a
// whole-process diff of two long texts.
func loadFiles(ctx context.Context, pathA, pathB string) (string, string, error) {
	var textB string
	var errB error
	done := make(chan struct{})
	go func() {
		defer close(done)
		textB, errB = loadFile(ctx, pathB)
	}()
	textA, errA := loadFile(ctx, pathA)
	<-done
	if errA != nil {
		return "", "", errA
	}
	return textA, textB, errB
}

// loadFile reads a local text, HTML, XML or PDF file and normalizes it the way
// the sources normalize what they fetch.
func loadFile(ctx context.Context, path string) (string, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("diff: %w", err)
	}
	text, err := all.ExtractFile(ctx, path, body)
	if err != nil {
		return "", fmt.Errorf("diff %s: %w", path, err)
	}
	return text, nil
}
