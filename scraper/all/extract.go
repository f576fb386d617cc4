package all

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"unicode/utf8"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/scraper/us"
	"github.com/billwatch/billwatch/textnorm"
)

// sniffers route a local document to the source whose extractor knows its
// format; the first match wins.
var sniffers = []struct {
	source string
	media  string
	match  func(body []byte) bool
}{
	// USLM as the House publishes it, and as GPO publishes bill versions:
	// the Congress extractor's own namespace test decides, so what goes
	// there is read as USLM.
	{"us", "application/xml", us.LooksLikeUSLM},
	{"wa", "application/xml", func(b []byte) bool { return bytes.Contains(head(b), []byte("leg.wa.gov/2012/document")) }},
	{"ny", "text/html", func(b []byte) bool {
		h := bytes.ToLower(head(b)) // LBDC files: <billtext_html ...><PRE WIDTH="94">
		// "<pre" alone would also take USLM's <preamble> and <preface>.
		return bytes.Contains(h, []byte("<billtext")) || bytes.Contains(h, []byte("<pre>")) || bytes.Contains(h, []byte("<pre "))
	}},
}

func head(b []byte) []byte { return b[:min(len(b), 4096)] }

// ExtractFile turns a local bill document (PDF, XML, HTML or text) into
// normalized text, the same way the matching source would. It is what
// `billwatch diff FILE FILE` compares. The text may share body's memory (plain
// text that is already normalized is not copied): body is handed over.
func ExtractFile(ctx context.Context, name string, body []byte) (string, error) {
	for _, s := range sniffers {
		if !s.match(body) {
			continue
		}
		src, err := scraper.Get(s.source)
		if err != nil {
			break // that source is not built into this binary
		}
		text, markup, err := src.ExtractText(ctx, bill.Version{Name: filepath.Base(name), MediaType: s.media, URL: "file://" + name}, body)
		if err != nil {
			return "", err
		}
		if markup != "" {
			return markup, nil
		}
		return text, nil
	}
	switch {
	case bytes.HasPrefix(bytes.TrimLeft(body, " \r\n\t"), []byte("%PDF")):
		raw, err := textnorm.PDFToText(ctx, body)
		if err != nil {
			return "", err
		}
		return textnorm.NormalizePDFText(raw), nil
	case looksMarkup(body):
		t, err := textnorm.HTMLToText(bytes.NewReader(body)) // cleaned already
		if err != nil {
			return "", fmt.Errorf("read as HTML/XML: %w", err)
		}
		return t, nil
	}
	if looksBinary(body) {
		return "", ErrNotText // the caller names the file
	}
	return textnorm.CleanBytes(body), nil
}

// ErrNotText is returned for a file that is no text, HTML, XML or PDF document.
var ErrNotText = errors.New("not a text, HTML, XML or PDF document (binary data)")

// looksBinary reports NUL bytes, or mostly invalid UTF-8, in the first 8 KB.
func looksBinary(b []byte) bool {
	h := b[:min(len(b), 8192)]
	if bytes.IndexByte(h, 0) >= 0 {
		return true
	}
	bad := 0
	for len(h) > 0 {
		r, size := utf8.DecodeRune(h)
		if r == utf8.RuneError && size <= 1 {
			bad++
		}
		h = h[max(size, 1):]
	}
	return bad*10 > min(len(b), 8192) // more than 10% undecodable bytes
}

func looksMarkup(b []byte) bool {
	t := bytes.TrimLeft(b, " \r\n\t\xef\xbb\xbf")
	return bytes.HasPrefix(t, []byte("<"))
}
