package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"strings"
	"time"

	gfeeds "github.com/gorilla/feeds"
)

// Render writes the feed in a format. The bytes depend only on the feed's
// data: dates come from the change log, never from the clock.
func (f *Feed) Render(format Format) ([]byte, error) {
	switch format {
	case Atom:
		return f.atom()
	case JSON:
		return f.json()
	}
	return f.rss()
}

// generic is the gorilla/feeds model shared by the three formats.
func (f *Feed) generic() *gfeeds.Feed {
	g := &gfeeds.Feed{Title: Clean(f.Title), Link: &gfeeds.Link{Href: f.Link}, Description: Clean(f.Description),
		Updated: f.Updated.UTC(), Created: f.Updated.UTC()}
	for _, it := range f.Items {
		g.Items = append(g.Items, &gfeeds.Item{
			Title: it.Title,
			Link:  &gfeeds.Link{Href: it.Link},
			// RSS descriptions are HTML: escaping the plain text once here (and
			// once more by XML) makes readers show exactly the text, inert.
			Description: textAsHTML(it.Text),
			Id:          it.ID,
			IsPermaLink: "false",
			Created:     it.Published,
			Content:     it.HTML,
		})
	}
	return g
}

func textAsHTML(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>\n")
}

func (f *Feed) rss() ([]byte, error) {
	return writeXML(&gfeeds.Rss{Feed: f.generic()})
}

func (f *Feed) atom() ([]byte, error) {
	a := (&gfeeds.Atom{Feed: f.generic()}).AtomFeed()
	for i, e := range a.Entries {
		it := f.Items[i]
		// The description is plain text: say so, or readers parse it as HTML.
		e.Summary = &gfeeds.AtomSummary{Content: it.Text, Type: "text"}
		e.Published = it.Published.Format(time.RFC3339)
		if it.Official != "" {
			e.Links = append(e.Links, gfeeds.AtomLink{Href: it.Official, Rel: "related"})
		}
	}
	out := &atomFeed{Xmlns: a.Xmlns, Title: a.Title, ID: FeedID(f.Scope), Updated: a.Updated, Subtitle: a.Subtitle,
		Links: []gfeeds.AtomLink{{Href: f.Link, Rel: "alternate", Type: "text/html"}, {Href: f.Self[Atom], Rel: "self", Type: Atom.LinkType()}},
		// Atom wants an author for every entry; the feed's stands for all.
		Author:  &gfeeds.AtomAuthor{AtomPerson: gfeeds.AtomPerson{Name: "billwatch"}},
		Entries: a.Entries}
	return writeXML(out)
}

// atomFeed is gorilla/feeds' Atom feed element with room for two links:
// the page it follows and its own address (rel="self"), which readers use
// as the subscription URL.
type atomFeed struct {
	XMLName  xml.Name `xml:"feed"`
	Xmlns    string   `xml:"xmlns,attr"`
	Title    string   `xml:"title"`
	ID       string   `xml:"id"`
	Updated  string   `xml:"updated"`
	Subtitle string   `xml:"subtitle,omitempty"`
	Links    []gfeeds.AtomLink
	Author   *gfeeds.AtomAuthor  `xml:"author,omitempty"`
	Entries  []*gfeeds.AtomEntry `xml:"entry"`
}

func (a *atomFeed) FeedXml() any { return a }

func writeXML(x gfeeds.XmlFeed) ([]byte, error) {
	var buf bytes.Buffer
	if err := gfeeds.WriteXML(x, &buf); err != nil {
		return nil, fmt.Errorf("write feed: %w", err)
	}
	return CleanBytes(buf.Bytes()), nil
}

// jsonOut keeps "items" even when empty: JSON Feed requires it, and
// gorilla/feeds omits an empty list.
type jsonOut struct {
	*gfeeds.JSONFeed
	Items []*gfeeds.JSONItem `json:"items"`
}

func (f *Feed) json() ([]byte, error) {
	j := (&gfeeds.JSON{Feed: f.generic()}).JSONFeed()
	j.FeedUrl = f.Self[JSON]
	for i, e := range j.Items {
		it := f.Items[i]
		e.Summary = Clean(it.Change.Summary)
		e.ContentText = it.Text
		e.ExternalUrl = it.Official
	}
	out := jsonOut{JSONFeed: j, Items: j.Items}
	if out.Items == nil {
		out.Items = []*gfeeds.JSONItem{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // JSON needs no HTML escaping; keep the content readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("write JSON feed: %w", err)
	}
	return buf.Bytes(), nil
}
