package wa

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"time"
)

// errNotService marks a response that is not the web service's XML: an
// HTML error or maintenance page, a proxy's login page, truncated bytes.
var errNotService = errors.New("not a legislation web-service response")

// decodeService unmarshals a web-service response whose root element must be
// root in ServiceNS. The service answers plain XML (no SOAP envelope) to GET.
func decodeService(body []byte, root string, v any) error {
	b := bytes.TrimLeft(bytes.TrimPrefix(body, utf8BOM), " \t\r\n")
	if len(b) == 0 {
		return fmt.Errorf("%w: empty body", errNotService)
	}
	if !bytes.HasPrefix(b, []byte("<")) || sniff(b) == "html" {
		return fmt.Errorf("%w: got %q, want <%s> XML", errNotService, excerpt(b), root)
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	// Find the root first, so a wrong document says what it is.
	for {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%w: %w", errNotService, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != root || se.Name.Space != ServiceNS {
			return fmt.Errorf("%w: root element <%s> (namespace %q), want <%s>", errNotService, se.Name.Local, se.Name.Space, root)
		}
		if err := dec.DecodeElement(v, &se); err != nil {
			return fmt.Errorf("%w: <%s>: %w", errNotService, root, err)
		}
		return nil
	}
}

func excerpt(b []byte) string {
	s := strings.Join(strings.Fields(string(b[:min(len(b), 60)])), " ")
	return s
}

// serviceDate reads the service's dates ("2025-01-13T00:00:00", sometimes
// with a fraction or zone) as YYYY-MM-DD; the day is what it means.
func serviceDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	day, _, _ := strings.Cut(s, "T")
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return "", fmt.Errorf("date %q: want 2006-01-02T15:04:05", s)
	}
	return t.Format("2006-01-02"), nil
}

func isTrue(s string) bool { return strings.EqualFold(strings.TrimSpace(s), "true") }
