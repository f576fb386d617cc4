// Package paths is the URL scheme shared by billwatch's pages, feeds, `serve`
// and `publish`. Every path works both as a request path and as a static file:
// a path ending in "/" is a directory served as its index.html, any other path
// is a file of that name. Ids are written segment by segment with a reversible
// escape (see Segment), so any bill identifier maps to a safe file name.
package paths

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Fixed pages and files.
const (
	Home       = "/"
	Sources    = "/sources/"
	Feeds      = "/feeds/"
	OPML       = "/feeds.opml"     // the feeds people follow: all, watchlists, jurisdictions, bills on a watchlist
	OPMLAll    = "/feeds-all.opml" // every feed, one per bill included
	Stylesheet = "/assets/site.css"
)

// ErrBadPath is returned for a path that names nothing in the scheme.
var ErrBadPath = errors.New("no such page")

// Bill is the page of one bill, e.g. /bills/vt/2020/S.124/.
func Bill(id string) string { return "/bills/" + idSegments(id) + "/" }

// Diff is the redline page between two versions of a bill, by version id.
func Diff(billID string, from, to int64) string {
	return fmt.Sprintf("%sdiff/%d-%d.html", Bill(billID), from, to)
}

// Jurisdiction is the page of one jurisdiction (source id), e.g. /jurisdictions/vt/.
func Jurisdiction(j string) string { return "/jurisdictions/" + Segment(j) + "/" }

// Watchlist is the page of one watchlist, e.g. /watchlists/dmv-data/.
func Watchlist(name string) string { return "/watchlists/" + Segment(name) + "/" }

// ChangeAnchor is the fragment id of a change on its bill page.
func ChangeAnchor(id int64) string { return "change-" + strconv.FormatInt(id, 10) }

// RunAnchor is the fragment id of a run on the sources page.
func RunAnchor(id int64) string { return "run-" + strconv.FormatInt(id, 10) }

// idSegments escapes each "/"-separated part of an id.
func idSegments(id string) string {
	parts := strings.SplitN(id, "/", 3)
	for i, p := range parts {
		parts[i] = Segment(p)
	}
	return strings.Join(parts, "/")
}

// ParseIDSegments is the inverse of the bill part of Bill: "vt/2020/S.124" from
// the three escaped segments.
func ParseIDSegments(segs []string) (string, error) {
	if len(segs) != 3 {
		return "", ErrBadPath
	}
	out := make([]string, 3)
	for i, s := range segs {
		u, err := Unsegment(s)
		if err != nil || u == "" {
			return "", ErrBadPath
		}
		out[i] = u
	}
	return strings.Join(out, "/"), nil
}

// File is the file name, relative to the output directory, that holds path:
// "/" → "index.html", "/bills/vt/2020/S.124/" → "bills/vt/2020/S.124/index.html".
func File(path string) string {
	p := strings.TrimPrefix(path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return p
}

// Base turns site paths into links: absolute under a configured base URL
// (e.g. "https://example.org/billwatch"), root-relative when empty.
type Base string

// URL is the link to path.
func (b Base) URL(path string) string {
	return strings.TrimRight(string(b), "/") + path
}

// Absolute reports whether links made from b are absolute URLs.
func (b Base) Absolute() bool {
	return strings.HasPrefix(string(b), "http://") || strings.HasPrefix(string(b), "https://")
}
