package wa

import (
	"bytes"
	"errors"
	"strings"

	"github.com/billwatch/billwatch/redline"
)

// DocumentText renders a Washington bill, session law or amendment, given
// as lawfilesext XML or HTM (sniffed; UTF-8 BOM and CRLF are fine), as
// normalized text: the heading lines, the title, then each section after a
// blank line with each paragraph on its own line. markup is the same text
// with the legislature's marks against current law kept as ⟦+new+⟧ and
// ⟦-((struck))-⟧ (package redline); text is markup without the markers.
// markup is "" when the document marks nothing.
func DocumentText(body []byte) (text, markup string, err error) {
	var spans []redline.Span
	switch sniff(body) {
	case "xml":
		spans, err = xmlDocument(body)
	case "html":
		spans, err = htmDocument(body)
	default:
		return "", "", errors.New("neither bill XML nor HTM")
	}
	if err != nil {
		return "", "", err
	}
	text, markup = finish(spans)
	if strings.TrimSpace(text) == "" {
		return "", "", errors.New("document has no text")
	}
	if markup == text {
		markup = ""
	}
	return text, markup, nil
}

// sniff tells XML from HTML by the first markup, the way lawfilesext
// documents begin: "<?xml" then a document element, or a doctype/<html>.
func sniff(body []byte) string {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, utf8BOM), " \t\r\n")
	switch {
	case bytes.HasPrefix(b, []byte("<?xml")):
		return "xml"
	case len(b) > 0 && b[0] == '<':
		head := bytes.ToLower(b[:min(len(b), 512)])
		if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html")) {
			return "html"
		}
		return "xml"
	}
	return ""
}
