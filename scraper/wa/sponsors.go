package wa

import (
	"sort"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/textnorm"
)

type sponsorRecord struct {
	Name  string `xml:"Name"`
	Type  string `xml:"Type"`
	Order string `xml:"Order"`
}

// parseSponsors reads GetSponsors. Members are named as the legislature
// prints them ("Fosse", "J. Johnson"). The prime sponsor is the one typed
// "Primary"; a response without types marks the first in order primary, as
// openstates does.
func parseSponsors(body []byte) ([]bill.Sponsor, error) {
	var doc struct {
		Sponsors []sponsorRecord `xml:"Sponsor"`
	}
	if err := decodeService(body, "ArrayOfSponsor", &doc); err != nil {
		return nil, err
	}
	recs := doc.Sponsors
	sort.SliceStable(recs, func(i, j int) bool { return order(recs[i].Order) < order(recs[j].Order) })
	typed := false
	for _, r := range recs {
		typed = typed || strings.TrimSpace(r.Type) != ""
	}
	var out []bill.Sponsor
	for i, r := range recs {
		name := textnorm.CollapseSpaces(r.Name)
		if name == "" {
			continue
		}
		primary := strings.EqualFold(strings.TrimSpace(r.Type), "primary") || (!typed && i == 0)
		s := bill.Sponsor{Name: name, Primary: primary, Classification: "cosponsor", EntityType: "person"}
		if primary {
			s.Classification = "primary"
		}
		out = append(out, s)
	}
	return out, nil
}

// order reads a sponsor's Order; records without one keep document order.
func order(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 1 << 30
	}
	return n
}
