package feeds

import (
	"bytes"
	"encoding/xml"
	"fmt"
)

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Title   string      `xml:"head>title"`
	Outline []opmlEntry `xml:"body>outline"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

var groupNames = [...]string{All: "Everything", Watchlist: "Watchlists", Jurisdiction: "Jurisdictions", Bill: "Bills"}

// OPML lists feeds (their RSS form) as an OPML 2.0 subscription list, grouped
// by kind, for importing into a feed reader. With followedOnly it lists only
// the entries marked Followed, so an import does not subscribe to every bill.
func (b *Builder) OPML(entries []Entry, followedOnly bool) ([]byte, error) {
	doc := opmlDoc{Version: "2.0", Title: b.siteTitle() + " feeds"}
	children := map[Kind][]opmlEntry{}
	for _, e := range entries {
		if followedOnly && !e.Followed {
			continue
		}
		children[e.Scope.Kind] = append(children[e.Scope.Kind], opmlEntry{Text: Clean(e.Title), Title: Clean(e.Title), Type: "rss",
			XMLURL: b.url(e.Scope.Path(RSS)), HTMLURL: b.url(PagePath(e.Scope))})
	}
	for k := All; k <= Bill; k++ {
		if len(children[k]) > 0 {
			doc.Outline = append(doc.Outline, opmlEntry{Text: groupNames[k], Children: children[k]})
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("write OPML: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
