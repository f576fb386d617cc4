package us

import (
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/textnorm"
)

// sponsors lists the sponsor(s), then the cosponsors with the date a
// withdrawn cosponsorship ended.
func sponsors(x *xBill) []bill.Sponsor {
	var out []bill.Sponsor
	add := func(p xPerson, primary bool) {
		name := personName(p)
		if name == "" {
			return
		}
		s := bill.Sponsor{Name: name, Primary: primary, Classification: "cosponsor", EntityType: "person"}
		if primary {
			s.Classification = "primary"
		}
		if d := textnorm.CollapseSpaces(p.Withdrawn); d != "" {
			if day, err := bill.ParseDate(d[:min(len(d), 10)]); err == nil {
				s.Withdrawn = day
			}
		}
		out = append(out, s)
	}
	for _, p := range x.Sponsors {
		add(p, true)
	}
	for _, p := range x.Cosponsors {
		add(p, false)
	}
	return out
}

// personName prefers the Library of Congress display name
// ("Rep. Miller, Jeff [R-FL-1]"), then the name parts, then the legacy "name".
func personName(p xPerson) string {
	if n := textnorm.CollapseSpaces(p.FullName); n != "" {
		return n
	}
	if n := textnorm.CollapseSpaces(strings.Join([]string{p.FirstName, p.MiddleName, p.LastName}, " ")); n != "" {
		return n
	}
	return textnorm.CollapseSpaces(p.Name)
}

// related maps related bills; CRS's "Identical bill" is a companion, every
// other relationship (procedurally related, text similarities, related bill)
// is "related".
func related(x *xBill) []bill.Related {
	var out []bill.Related
	seen := map[string]bool{}
	for _, r := range x.Related {
		typ, num, congress := normalizeType(r.Type), textnorm.CollapseSpaces(r.Number), textnorm.CollapseSpaces(r.Congress)
		if _, ok := typeInfo[typ]; !ok || num == "" || !isDigits(num) {
			continue
		}
		rel := "related"
		for _, t := range r.Relationships {
			if strings.Contains(strings.ToLower(t), "identical") {
				rel = "companion"
			}
		}
		id := identifier(typ, num)
		if seen[congress+"/"+id] {
			continue
		}
		seen[congress+"/"+id] = true
		out = append(out, bill.Related{Identifier: id, Session: congress, Relationship: rel})
	}
	return out
}

// laws cites enacted measures the way the Statutes do: "Pub. L. 117-58".
func laws(x *xBill) []string {
	var out []string
	for _, l := range x.Laws {
		num := textnorm.CollapseSpaces(l.Number)
		if num == "" {
			continue
		}
		prefix := "Pub. L. "
		if strings.Contains(strings.ToLower(l.Type), "private") {
			prefix = "Priv. L. "
		}
		out = append(out, prefix+num)
	}
	return out
}

func first(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
