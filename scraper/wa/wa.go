// Package wa is the Washington State Legislature source. Washington runs a
// real, keyless web service (wslwebservices.leg.wa.gov: XML over HTTP GET):
// the bill list comes from LegislationService.GetLegislationByYear, each
// bill's details, sponsors and history from GetLegislation, GetSponsors and
// GetLegislativeStatusChangesByBillNumber, and its documents from
// LegislativeDocumentService.GetDocuments. Bill texts are fetched from
// lawfilesext.leg.wa.gov as XML (namespace http://leg.wa.gov/2012/document),
// whose insert/strike marks against current law become billwatch's change
// markup; the HTM edition of a text is read too and renders the same.
// Facts: shared/docs/sources.md, Washington section; what is reconstructed:
// testdata/PROVENANCE.txt.
package wa

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/scraper"
)

// Official hosts. Every URL billwatch stores is on one of them.
const (
	ServiceHost  = "wslwebservices.leg.wa.gov" // the legislation web services
	DocumentHost = "lawfilesext.leg.wa.gov"    // bill texts and amendments
	PageHost     = "app.leg.wa.gov"            // the human bill page (a source link only, never fetched)
)

// ServiceNS is the XML namespace of every web-service response.
const ServiceNS = "http://WSLWebServices.leg.wa.gov/"

func init() { scraper.Register("wa", func() scraper.Source { return &Source{} }) }

// Source crawls one Washington biennium ("2025-26").
type Source struct {
	// now is the clock that decides which years of the biennium have begun
	// (nil: time.Now).
	now func() time.Time
}

// Info implements scraper.Source.
func (*Source) Info() scraper.Info {
	return scraper.Info{
		ID:    "wa",
		Name:  "Washington State Legislature",
		Hosts: []string{ServiceHost, DocumentHost, PageHost},
		// No limit is documented. openstates crawls this service at scrapelib's
		// default of 60 requests a minute with a 300 s timeout, because
		// answers can be slow; 60/min per host (one a second) keeps a
		// biennium of ~3,400 bills (4 requests each) to about four hours.
		RequestsPerMinute: 60,
		DefaultSession:    SessionFor,
		Recorded:          Recorded,
		RecordedSessions:  []string{"2021-22", "2025-26"},
		SessionYears:      SessionYears,
		Tested: "bill texts: real lawfilesext XML (HB 1069 PL, a Senate floor amendment to it, SB 6137 SL, 2SHB 1210 SL) and HTM (2SHB 1210 SL); " +
			"web-service responses: reconstructed from the documented structure with real bill facts (see scraper/wa/testdata/PROVENANCE.txt)",
	}
}

var sessionRE = lazyre.New(`^(\d{4})-(\d{2})$`)

// SessionFor maps a date to its biennium: the two-year session that starts
// in an odd year, written "2025-26".
func SessionFor(t time.Time) string {
	y := t.Year()
	if y%2 == 0 {
		y--
	}
	return fmt.Sprintf("%d-%02d", y, (y+1)%100)
}

// ValidSession accepts a biennium slug such as "2025-26".
func ValidSession(s string) error {
	if _, _, err := bienniumYears(s); err != nil {
		return err
	}
	return nil
}

// SessionYears gives the calendar years a biennium's actions fall in: its
// two years, and the December before, when bills are prefiled (HB 1069 of
// 2025-26 was prefiled on 2024-12-13).
func SessionYears(s string) (first, last int, err error) {
	first, last, err = bienniumYears(s)
	return first - 1, last, err
}

// bienniumYears returns the biennium's two calendar years.
func bienniumYears(s string) (int, int, error) {
	m := sessionRE.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, fmt.Errorf("washington session %q: want a biennium such as 2025-26", s)
	}
	first, _ := strconv.Atoi(m[1])
	second, _ := strconv.Atoi(m[2])
	if first%2 == 0 || (first+1)%100 != second || first < 1991 {
		return 0, 0, fmt.Errorf("washington session %q: a biennium starts in an odd year from 1991 on, e.g. 2025-26", s)
	}
	return first, first + 1, nil
}

// serviceURL builds a web-service GET URL; parameters keep a fixed order so a
// bill's source URLs never change between crawls.
func serviceURL(service, op string, params ...string) string {
	u := "https://" + ServiceHost + "/" + service + ".asmx/" + op
	for i := 0; i+1 < len(params); i += 2 {
		sep := "&"
		if i == 0 {
			sep = "?"
		}
		u += sep + params[i] + "=" + strings.ReplaceAll(url.QueryEscape(params[i+1]), "+", "%20")
	}
	return u
}

func listURL(year int) string {
	return serviceURL("legislationservice", "GetLegislationByYear", "year", strconv.Itoa(year))
}

func legislationURL(sess string, number int) string {
	return serviceURL("legislationservice", "GetLegislation", "biennium", sess, "billNumber", strconv.Itoa(number))
}

func sponsorsURL(sess, identifier string) string {
	return serviceURL("legislationservice", "GetSponsors", "biennium", sess, "billId", identifier)
}

// historyURL asks for the whole biennium's status changes, from the January
// before it (bills are prefiled in December) to the end of its second year,
// as openstates does.
func historyURL(sess string, number int) string {
	first, _, _ := bienniumYears(sess)
	return serviceURL("legislationservice", "GetLegislativeStatusChangesByBillNumber", "biennium", sess,
		"billNumber", strconv.Itoa(number), "beginDate", fmt.Sprintf("%d-01-01", first-1), "endDate", fmt.Sprintf("%d-12-31", first+1))
}

func documentsURL(sess string, number int) string {
	return serviceURL("legislativedocumentservice", "GetDocuments", "biennium", sess, "namedLike", strconv.Itoa(number))
}

// billPageURL is the bill's page for people, listed first in bill.Sources.
func billPageURL(sess string, number int) string {
	first, _, _ := bienniumYears(sess)
	return fmt.Sprintf("https://%s/billsummary?BillNumber=%d&Initiative=false&Year=%d", PageHost, number, first)
}

// ExtractText implements scraper.Source: lawfilesext XML (preferred) or HTM,
// sniffed from the bytes. markup is empty when the document marks no change.
// An HTML page where the version is XML is an error page, never bill text.
func (*Source) ExtractText(_ context.Context, v bill.Version, body []byte) (string, string, error) {
	if strings.Contains(v.MediaType, "xml") && sniff(body) == "html" {
		return "", "", fmt.Errorf("extract %s: %w: an HTML page where the XML bill text was expected", v.Name, scraper.ErrBadContent)
	}
	text, markup, err := DocumentText(body)
	if err != nil {
		return "", "", fmt.Errorf("extract %s: %w: %w", v.Name, scraper.ErrBadContent, err)
	}
	return text, markup, nil
}
