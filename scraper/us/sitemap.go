package us

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/billwatch/billwatch/internal/lazyre"
)

// sitemapEntry is one <sitemap> of the index or one <url> of a sitemap.
type sitemapEntry struct {
	Loc     string    // absolute URL
	LastMod time.Time // zero when absent or unreadable
}

// listedBill is one BILLSTATUS file named by a congress/type sitemap.
type listedBill struct {
	Identifier string // "HR 6658"
	Type       string // "hr"
	Number     string // "6658"
	URL        string
	LastMod    time.Time
}

var errNotSitemap = errors.New("not a sitemap")

// parseSitemap reads a sitemap index (<sitemapindex><sitemap>) or a URL set
// (<urlset><url>) in the sitemaps.org schema; want names the root element
// expected. Namespaces are matched by local name: govinfo uses the default
// sitemaps.org namespace, and a prefix change must not break discovery.
func parseSitemap(body []byte, want string) ([]sitemapEntry, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = utf8Only
	var root xml.StartElement
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errNotSitemap, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			root = se
			break
		}
	}
	if root.Name.Local != want {
		return nil, fmt.Errorf("%w: root element <%s>, want <%s>", errNotSitemap, root.Name.Local, want)
	}
	var doc struct {
		Entries []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:",any"`
	}
	if err := dec.DecodeElement(&doc, &root); err != nil {
		return nil, fmt.Errorf("%w: %w", errNotSitemap, err)
	}
	out := make([]sitemapEntry, 0, len(doc.Entries))
	for _, e := range doc.Entries {
		loc := strings.TrimSpace(e.Loc)
		if loc == "" {
			continue
		}
		out = append(out, sitemapEntry{Loc: loc, LastMod: parseLastMod(e.LastMod)})
	}
	return out, nil
}

// parseLastMod reads a W3C datetime (the sitemaps.org lastmod format): a
// date, or a date and time with an optional fraction and zone.
func parseLastMod(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// typeSitemap is the sitemap of one congress and bill type.
type typeSitemap struct {
	Type string // "hr"
	sitemapEntry
}

// congressSitemaps picks the congress's per-type sitemaps from the index, in
// billTypes order. Entries of other congresses and unknown types are ignored.
func congressSitemaps(index []sitemapEntry, congress string) []typeSitemap {
	byLoc := map[string]sitemapEntry{}
	for _, e := range index {
		byLoc[e.Loc] = e
	}
	var out []typeSitemap
	for _, t := range billTypes {
		if e, ok := byLoc[sitemapURL(congress, t)]; ok {
			out = append(out, typeSitemap{Type: t, sitemapEntry: e})
		}
	}
	return out
}

var billStatusPath = lazyre.New(`^/bulkdata/BILLSTATUS/(\d+)/([a-z]+)/BILLSTATUS-(\d+)([a-z]+)(\d+)\.xml$`)

// listedBills turns a congress/type sitemap into the BILLSTATUS files it
// names. Entries of another congress or type, or off govinfo, are left out
// (returned as skipped) rather than failing the list.
func listedBills(entries []sitemapEntry, congress, typ string) (bills []listedBill, skipped []string) {
	for _, e := range entries {
		path, ok := strings.CutPrefix(e.Loc, Site)
		m := billStatusPath.FindStringSubmatch(path)
		if !ok || m == nil || m[1] != congress || m[2] != typ || m[3] != congress || m[4] != typ || m[5][0] == '0' {
			skipped = append(skipped, e.Loc)
			continue
		}
		bills = append(bills, listedBill{Identifier: identifier(typ, m[5]), Type: typ, Number: m[5], URL: e.Loc, LastMod: e.LastMod})
	}
	return bills, skipped
}

// utf8Only lets the decoder accept an explicit UTF-8 or ASCII declaration;
// govinfo serves nothing else, and anything else is a content fault.
func utf8Only(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return input, nil
	}
	return nil, fmt.Errorf("unsupported charset %q", charset)
}
