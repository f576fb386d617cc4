package us

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/scraper"
	"github.com/billwatch/billwatch/textnorm"
)

// ExtractText implements scraper.Source. Bill texts on govinfo are XML (USLM,
// or GPO's older bill DTD), HTML (a <pre> block) or PDF; the body decides,
// the declared media type only says what was expected. USLM texts also yield
// a marked-up copy where their amendatory language marks text inserted into
// or struck from current law (see xmltext.go).
func (*Source) ExtractText(ctx context.Context, v bill.Version, body []byte) (string, string, error) {
	var text, markup string
	var err error
	switch kind := documentKind(body); {
	case kind == "pdf":
		var raw string
		if raw, err = textnorm.PDFToText(ctx, body); err == nil {
			text = textnorm.NormalizePDFText(raw) // GPO prints margin line numbers
		}
	case kind == "html" && v.MediaType == "application/xml":
		err = errors.New("an HTML page where XML was expected (an error page?)")
	case kind == "html":
		text, err = textnorm.HTMLToText(bytes.NewReader(body))
	case kind == "xml":
		text, markup, err = xmlText(body)
	default:
		err = errors.New("neither XML, HTML nor PDF")
	}
	if err != nil {
		return "", "", fmt.Errorf("extract %s: %w: %w", v.Name, scraper.ErrBadContent, err)
	}
	if strings.TrimSpace(text) == "" {
		return "", "", fmt.Errorf("extract %s: %w: no text", v.Name, scraper.ErrBadContent)
	}
	return text, markup, nil
}

// documentKind sniffs a body: "pdf", "html", "xml" or "".
func documentKind(body []byte) string {
	trim := bytes.TrimLeft(body, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(trim, []byte("%PDF")):
		return "pdf"
	case len(trim) == 0 || trim[0] != '<':
		return ""
	case looksLikeHTML(trim):
		return "html"
	}
	return "xml"
}
