package wa

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

// listItem is one bill of the session's list.
type listItem struct {
	Identifier string // base identifier, stable across versions: "HB 1210"
	Number     int
	Chamber    string // of origin: bill.Lower / bill.Upper
}

// legislationInfo is a LegislationInfo record (GetLegislationByYear).
type legislationInfo struct {
	Biennium       string `xml:"Biennium"`
	BillID         string `xml:"BillId"`
	BillNumber     string `xml:"BillNumber"`
	OriginalAgency string `xml:"OriginalAgency"`
}

// billIDRE splits a version's bill id ("2E2SHB 1008", "ESSB 5000") into
// the base identifier: engrossment and substitute prefixes go, the type and
// number stay. Only bills, resolutions and memorials match; gubernatorial
// appointments (SGA) and initiatives do not.
var billIDRE = lazyre.New(`^(?:\d?E)?(?:\d?S)?([HS](?:B|CR|JM|JR|R)) (\d{4})$`)

// baseIdentifier returns "HB 1210" for "2SHB 1210", "" when id is not a bill.
func baseIdentifier(id string) (string, int) {
	m := billIDRE.FindStringSubmatch(strings.Join(strings.Fields(id), " "))
	if m == nil {
		return "", 0
	}
	n, _ := strconv.Atoi(m[2])
	return m[1] + " " + m[2], n
}

// parseList reads GetLegislationByYear: every bill active during the year.
// Records of another biennium and non-bills are skipped; versions of one
// bill collapse to its base identifier.
func parseList(body []byte, sess string) ([]listItem, error) {
	var doc struct {
		Items []legislationInfo `xml:"LegislationInfo"`
	}
	if err := decodeService(body, "ArrayOfLegislationInfo", &doc); err != nil {
		return nil, err
	}
	var out []listItem
	for i, r := range doc.Items {
		if b := strings.TrimSpace(r.Biennium); b != "" && b != sess {
			continue
		}
		id, n := baseIdentifier(r.BillID)
		if id == "" {
			continue
		}
		if num := strings.TrimSpace(r.BillNumber); num != "" && num != strconv.Itoa(n) {
			return nil, fmt.Errorf("record %d: bill id %q does not match bill number %q", i, r.BillID, num)
		}
		out = append(out, listItem{Identifier: id, Number: n, Chamber: chamberOf(r.OriginalAgency, id)})
	}
	if len(out) == 0 && len(doc.Items) > 0 {
		return nil, fmt.Errorf("none of %d records is a %s bill", len(doc.Items), sess)
	}
	return out, nil
}

// mergeLists joins the biennium's yearly lists, each bill once, by number.
func mergeLists(lists ...[]listItem) []listItem {
	seen := map[string]bool{}
	var out []listItem
	for _, l := range lists {
		for _, it := range l {
			if !seen[it.Identifier] {
				seen[it.Identifier] = true
				out = append(out, it)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Number != out[j].Number {
			return out[i].Number < out[j].Number
		}
		return out[i].Identifier < out[j].Identifier
	})
	return out
}

// chamberOf maps OriginalAgency ("House", "Senate"), else the identifier's
// first letter.
func chamberOf(agency, identifier string) string {
	switch strings.ToLower(strings.TrimSpace(agency)) {
	case "house":
		return bill.Lower
	case "senate":
		return bill.Upper
	}
	if strings.HasPrefix(identifier, "S") {
		return bill.Upper
	}
	return bill.Lower
}

// classification maps the identifier's type to the Open States bill
// classification. Washington's joint resolutions propose constitutional
// amendments; they keep their own name here, as the legislature uses it.
func classification(identifier string) string {
	t, _, _ := strings.Cut(identifier, " ")
	switch t[1:] {
	case "R":
		return "resolution"
	case "CR":
		return "concurrent resolution"
	case "JR":
		return "joint resolution"
	case "JM":
		return "joint memorial"
	}
	return "bill"
}

// typeName spells the identifier's type out, for version names.
func typeName(identifier string) string {
	t, _, _ := strings.Cut(identifier, " ")
	chamber := "House"
	if strings.HasPrefix(t, "S") {
		chamber = "Senate"
	}
	return chamber + " " + typeNames[t[1:]]
}

// typeNames spells out the type letters after the chamber's ("HB" is a bill).
var typeNames = map[string]string{"B": "Bill", "R": "Resolution", "CR": "Concurrent Resolution",
	"JR": "Joint Resolution", "JM": "Joint Memorial"}
