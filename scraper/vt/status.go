package vt

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

// statusPage is what the bill status page tells.
type statusPage struct {
	Number     string
	Act        string // "Act 43" when enacted
	Title      string
	Sponsors   []bill.Sponsor
	LastAction string
	Versions   []bill.Version
	InternalID string // for the detailed-status JSON; "" when the bill has no activity yet
}

var internalIDRe = lazyre.New(`bill/loadBillDetailedStatus/[^/"']+/(\d+)`)

// errNotStatusPage means the page lacks the bill-title block: a redesign, an
// error page served with 200, or the wrong URL.
var errNotStatusPage = errors.New("no div.bill-title > h1 on the bill status page")

// parseStatus reads a bill status page. pageURL resolves relative links.
func parseStatus(body []byte, pageURL string) (statusPage, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return statusPage{}, fmt.Errorf("parse HTML: %w", err)
	}
	var p statusPage
	h1 := doc.Find("div.bill-title > h1").First()
	if h1.Length() == 0 {
		return p, errNotStatusPage
	}
	p.Act = clean(h1.Find("span").Text())
	p.Act = strings.Trim(p.Act, "()")
	h1.Find("span").Remove()
	p.Number = normalizeNumber(h1.Text())
	p.Title = clean(doc.Find("div.bill-title > h2").First().Text())
	if p.Title == "" {
		return p, fmt.Errorf("no title (div.bill-title > h2) for %s", p.Number)
	}
	p.Sponsors = parseSponsors(doc)
	doc.Find("dl.summary-table dt").Each(func(_ int, dt *goquery.Selection) {
		if strings.EqualFold(clean(dt.Text()), "Last Recorded Action") {
			p.LastAction = clean(dt.NextFiltered("dd").Text())
		}
	})
	base, _ := url.Parse(pageURL)
	p.Versions = parseVersions(doc, base)
	if m := internalIDRe.FindSubmatch(body); m != nil {
		p.InternalID = string(m[1])
	}
	return p, nil
}

// parseSponsors reads the Sponsor(s) list: primary sponsors first, then,
// after an "Additional Sponsors" item, cosponsors. The newer layout marks
// cosponsors with li.sponsor inside ul#bill-sponsors-list.
func parseSponsors(doc *goquery.Document) []bill.Sponsor {
	var list *goquery.Selection
	doc.Find("dl.summary-table dt").Each(func(_ int, dt *goquery.Selection) {
		if list == nil && strings.HasPrefix(clean(dt.Text()), "Sponsor") {
			list = dt.NextFiltered("dd").Find("ul").First()
		}
	})
	if l := doc.Find("ul#bill-sponsors-list"); l.Length() > 0 {
		list = l
	}
	if list == nil {
		return nil
	}
	var out []bill.Sponsor
	primary := true
	list.Children().Each(func(_ int, li *goquery.Selection) {
		txt := clean(li.Text())
		if strings.Contains(strings.ToLower(li.Find("span").Text()), "additional sponsors") {
			primary = false
			return
		}
		a := li.Find("a").First()
		if a.Length() == 0 || strings.HasPrefix(txt, "Less") || strings.HasPrefix(txt, "More") {
			return
		}
		name := clean(a.Text())
		if name == "" || strings.HasPrefix(name, "Less") || strings.HasPrefix(name, "More") {
			return
		}
		s := bill.Sponsor{Name: name, Primary: primary && !li.HasClass("sponsor"), EntityType: "person"}
		if strings.Contains(name, "Committee") {
			s.EntityType = "organization"
		}
		s.Classification = "cosponsor"
		if s.Primary {
			s.Classification = "primary"
		}
		out = append(out, s)
	})
	return out
}

// parseVersions reads "Bill/Resolution Text": each li div holds either one
// link, or a printing name, a <br> and "Official" | "Unofficial" links.
func parseVersions(doc *goquery.Document, base *url.URL) []bill.Version {
	var out []bill.Version
	doc.Find("h5").Each(func(_ int, h *goquery.Selection) {
		if !strings.Contains(clean(h.Text()), "Text") {
			return
		}
		h.NextAllFiltered("ul.bill-path").First().Find("li > div").Each(func(_ int, div *goquery.Selection) {
			links := div.Find("a")
			printing := clean(div.Clone().Children().Remove().End().Text())
			links.Each(func(_ int, a *goquery.Selection) {
				name := clean(a.Text())
				if printing != "" { // "As Passed by Both House and Senate" + "Official" | "Unofficial"
					name = printing + " (" + name + ")"
				}
				href, _ := a.Attr("href")
				u, err := base.Parse(strings.TrimSpace(href))
				if err != nil || name == "" {
					return
				}
				out = append(out, bill.Version{Name: name, URL: u.String(), MediaType: "application/pdf", Class: versionClass(name)})
			})
		})
	})
	return out
}

// versionClass maps a printing name to the Open States version classes.
func versionClass(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "introduced"):
		return "introduced"
	case strings.Contains(n, "enacted"), strings.Contains(n, "both house"):
		return "enrolled"
	case strings.Contains(n, "passed"), strings.Contains(n, "adopted"), strings.Contains(n, "amend"):
		return "amendment"
	}
	return ""
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
