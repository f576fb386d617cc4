package wa

import (
	"errors"
	"fmt"

	"github.com/billwatch/billwatch/textnorm"
)

// legislationRecord is one Legislation record of GetLegislation. The
// service returns one per substitute (HB 1210, SHB 1210, 2SHB 1210), the
// engrossment counted in each record's BillId.
type legislationRecord struct {
	Biennium         string `xml:"Biennium"`
	BillID           string `xml:"BillId"`
	BillNumber       string `xml:"BillNumber"`
	OriginalAgency   string `xml:"OriginalAgency"`
	Active           string `xml:"Active"`
	ShortDescription string `xml:"ShortDescription"`
	LongDescription  string `xml:"LongDescription"`
	LegalTitle       string `xml:"LegalTitle"`
	IntroducedDate   string `xml:"IntroducedDate"`
	CurrentStatus    struct {
		HistoryLine string `xml:"HistoryLine"`
		ActionDate  string `xml:"ActionDate"`
		Status      string `xml:"Status"`
	} `xml:"CurrentStatus"`
}

// details is what a bill's GetLegislation contributes.
type details struct {
	CurrentID  string // the current version's bill id: "2SHB 1210"
	Chamber    string
	Title      string
	ShortTitle string
	LegalTitle string
	Status     string // the current status's history line
}

var errNoRecord = errors.New("the legislation service has no record of this bill")

// parseLegislation reads GetLegislation for one bill number. The current
// version is the active record (the one the floor can pass), else the last.
func parseLegislation(body []byte, identifier string) (details, error) {
	var doc struct {
		Records []legislationRecord `xml:"Legislation"`
	}
	if err := decodeService(body, "ArrayOfLegislation", &doc); err != nil {
		return details{}, err
	}
	var cur *legislationRecord
	for i := range doc.Records {
		r := &doc.Records[i]
		if id, _ := baseIdentifier(r.BillID); id != identifier {
			continue // a companion or another type sharing the number
		}
		if cur == nil || isTrue(r.Active) || !isTrue(cur.Active) {
			cur = r
		}
	}
	if cur == nil {
		return details{}, fmt.Errorf("%w (%d records, none for %s)", errNoRecord, len(doc.Records), identifier)
	}
	d := details{CurrentID: textnorm.CollapseSpaces(cur.BillID), Chamber: chamberOf(cur.OriginalAgency, identifier),
		ShortTitle: textnorm.CollapseSpaces(cur.ShortDescription), LegalTitle: textnorm.CollapseSpaces(cur.LegalTitle), Status: textnorm.CollapseSpaces(cur.CurrentStatus.HistoryLine)}
	d.Title = firstNonEmpty(textnorm.CollapseSpaces(cur.LongDescription), d.ShortTitle, d.LegalTitle)
	if d.Title == "" {
		return details{}, fmt.Errorf("%s has no LongDescription, ShortDescription or LegalTitle", cur.BillID)
	}
	return d, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
