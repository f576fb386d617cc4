// Package feeds turns billwatch's change log into feeds people subscribe to:
// RSS 2.0, Atom and JSON Feed (written with github.com/gorilla/feeds), for
// everything, per watchlist, per jurisdiction and per bill, plus OPML files
// listing them. One item per change; item ids are derived from the change's
// natural key and never change; every date comes from the change log (no
// "now"), so rendering the same data twice gives the same bytes.
package feeds

import (
	"errors"
	"strings"

	"github.com/billwatch/billwatch/web/paths"
)

// Format is a feed format.
type Format uint8

// The formats every feed is published in.
const (
	RSS Format = iota
	Atom
	JSON
)

// Formats lists every format, RSS first (the one OPML lists).
var Formats = []Format{RSS, Atom, JSON}

// Ext is the file suffix of the format; feeds are static files, so the suffix
// is what makes a static host send a sensible content type.
func (f Format) Ext() string {
	switch f {
	case Atom:
		return ".atom.xml"
	case JSON:
		return ".json"
	}
	return ".rss.xml"
}

// ContentType is the media type served for the format.
func (f Format) ContentType() string {
	switch f {
	case Atom:
		return "application/atom+xml; charset=utf-8"
	case JSON:
		return "application/feed+json; charset=utf-8"
	}
	return "application/rss+xml; charset=utf-8"
}

// LinkType is the media type used in autodiscovery <link> elements.
func (f Format) LinkType() string {
	return strings.TrimSuffix(f.ContentType(), "; charset=utf-8")
}

// Name is a short human name of the format.
func (f Format) Name() string {
	switch f {
	case Atom:
		return "Atom"
	case JSON:
		return "JSON Feed"
	}
	return "RSS"
}

// Kind says what a feed follows.
type Kind uint8

// The kinds of feed.
const (
	All          Kind = iota // every change
	Watchlist                // changes of bills on one watchlist, its match flips, and source failures it must not hide
	Jurisdiction             // changes of one jurisdiction (source), failures included
	Bill                     // changes of one bill
)

var kindDirs = [...]string{All: "", Watchlist: "watchlists", Jurisdiction: "jurisdictions", Bill: "bills"}

// Scope names one feed: a kind and its key (watchlist name, jurisdiction id or bill id).
type Scope struct {
	Kind Kind
	Key  string
}

// Everything is the all-changes feed.
var Everything = Scope{Kind: All}

// Path is the site path of the feed in format f, e.g. /feeds/all.rss.xml,
// /feeds/watchlists/dmv-data.atom.xml, /feeds/bills/vt/2020/S.124.json.
func (s Scope) Path(f Format) string {
	if s.Kind == All {
		return "/feeds/all" + f.Ext()
	}
	key := paths.Segment(s.Key)
	if s.Kind == Bill {
		key = strings.TrimSuffix(strings.TrimPrefix(paths.Bill(s.Key), "/bills/"), "/")
	}
	return "/feeds/" + kindDirs[s.Kind] + "/" + key + f.Ext()
}

// ErrNotFeed is returned by ParsePath for a path that is not a feed's.
var ErrNotFeed = errors.New("not a feed path")

// ParsePath is the inverse of Scope.Path.
func ParsePath(p string) (Scope, Format, error) {
	rest, ok := strings.CutPrefix(p, "/feeds/")
	if !ok {
		return Scope{}, 0, ErrNotFeed
	}
	for _, f := range Formats {
		name, ok := strings.CutSuffix(rest, f.Ext())
		if !ok {
			continue
		}
		if name == "all" {
			return Everything, f, nil
		}
		segs := strings.Split(name, "/")
		for k := Watchlist; k <= Bill; k++ {
			if segs[0] != kindDirs[k] {
				continue
			}
			var key string
			var err error
			if k == Bill {
				key, err = paths.ParseIDSegments(segs[1:])
			} else if len(segs) == 2 {
				key, err = paths.Unsegment(segs[1])
			} else {
				err = ErrNotFeed
			}
			if err != nil || key == "" {
				return Scope{}, 0, ErrNotFeed
			}
			return Scope{Kind: k, Key: key}, f, nil
		}
	}
	return Scope{}, 0, ErrNotFeed
}
