package feeds

import (
	"net/url"
	"strings"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/web/paths"
)

// SafeURL returns a scraped link when it is an absolute http(s) URL with a
// host, and "" otherwise: a relative, javascript: or unparsable link must
// never reach a page, feed or message. The URL comes back as net/url writes
// it, so whatever is returned is properly escaped.
func SafeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(Clean(u)))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// OfficialURL is a bill's page on the legislature's site: the first of its
// stored sources that SafeURL keeps, or "".
func OfficialURL(sources []string) string {
	for _, u := range sources {
		if s := SafeURL(u); s != "" {
			return s
		}
	}
	return ""
}

// ChangePath is the site path where a change is shown: its entry on its
// bill's page, or, for a source failure (which belongs to no bill), its run
// on the sources page.
func ChangePath(c store.Change) string {
	if c.BillID != "" {
		return paths.Bill(c.BillID) + "#" + paths.ChangeAnchor(c.ID)
	}
	return paths.Sources + "#" + paths.RunAnchor(c.RunID)
}

// DecodeVersion returns the details of a new, replaced or document version
// change, and nil for any other change (or details that do not decode).
func DecodeVersion(c store.Change) *store.VersionDetails {
	switch c.Kind {
	case store.KindVersion, store.KindVersionChanged, store.KindDocument:
		return decode[store.VersionDetails](c.Details)
	}
	return nil
}

// DiffPath is the site path of the full redline of a version change, or ""
// when its details lack the id of either version (a first version has no
// redline): the redline page is addressed by the two ids.
func DiffPath(billID string, v *store.VersionDetails) string {
	if v == nil || v.Diff == nil || v.Diff.FromVersionID == 0 || v.VersionID == 0 {
		return ""
	}
	return paths.Diff(billID, v.Diff.FromVersionID, v.VersionID)
}
