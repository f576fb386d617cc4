package ny

import (
	"fmt"
	"strconv"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

var constitution = lazyre.New(`(?i)amendment (to|of) .*constitution|constitutional amendment`)

// classify maps the print number's letter (OpenLegislation's BillType) to
// the bill classification and chamber: S/A bills; B/C concurrent
// resolutions (how New York proposes constitutional amendments); L joint;
// J, K, R, E other resolutions. chamber is the API's billType.chamber.
func classify(base, chamber, titles string) ([]string, string) {
	var class []string
	switch base[0] {
	case 'S', 'A':
		class = []string{"bill"}
	case 'B', 'C':
		class = []string{"concurrent resolution"}
		if constitution.MatchString(titles) {
			class = append(class, "constitutional amendment")
		}
	case 'L':
		class = []string{"joint resolution"}
	default:
		class = []string{"resolution"}
	}
	switch chamber {
	case "SENATE":
		return class, bill.Upper
	case "ASSEMBLY":
		return class, bill.Lower
	}
	switch base[0] {
	case 'S', 'J', 'B', 'R':
		return class, bill.Upper
	}
	return class, bill.Lower
}

// sponsors: the sponsor (a member, or the Rules Committee / a budget bill
// when no member is named), then the active print's co- and multi-sponsors
// and the bill's additional sponsors.
func (r *apiBill) sponsors(active apiAmendment) []bill.Sponsor {
	var out []bill.Sponsor
	seen := map[string]bool{}
	add := func(s bill.Sponsor) {
		if s.Name != "" && !seen[s.Name] {
			seen[s.Name] = true
			out = append(out, s)
		}
	}
	if sp := r.Sponsor; sp != nil {
		switch {
		case sp.Member != nil && sp.Member.name() != "":
			add(bill.Sponsor{Name: sp.Member.name(), Primary: true, Classification: "primary", EntityType: "person"})
		case sp.Rules:
			add(bill.Sponsor{Name: "Rules Committee", Primary: true, Classification: "primary", EntityType: "organization"})
		case sp.Budget:
			add(bill.Sponsor{Name: "Budget Bill", Primary: true, Classification: "primary", EntityType: "organization"})
		}
	}
	for _, list := range [][]apiMember{active.CoSponsors.Items, active.MultiSponsors.Items, r.AdditionalSponsors.Items} {
		for _, m := range list {
			add(bill.Sponsor{Name: m.name(), Classification: "cosponsor", EntityType: "person"})
		}
	}
	return out
}

// related: same-as bills of every print (versions, in print order: their
// companions in the other chamber), the bill that substituted this one, and
// the same bill in earlier sessions.
func (r *apiBill) related(versions []string) []bill.Related {
	var out []bill.Related
	seen := map[string]bool{}
	add := func(ref billRef, rel string) {
		if ref.BasePrintNo == "" || ref.Session == 0 {
			return
		}
		k := rel + "/" + ref.session() + "/" + ref.BasePrintNo
		if !seen[k] {
			seen[k] = true
			out = append(out, bill.Related{Identifier: ref.BasePrintNo, Session: ref.session(), Relationship: rel})
		}
	}
	for _, v := range versions {
		for _, s := range r.Amendments.Items[v].SameAs.Items {
			add(s, "companion")
		}
	}
	if r.SubstitutedBy != nil {
		add(*r.SubstitutedBy, "replaced-by")
	}
	for _, p := range r.PreviousVersions.Items {
		add(p, "prior-session")
	}
	return out
}

// versions: one per published amendment print, its text at the full-text view.
func (r *apiBill) versions(session string, order []string) ([]bill.Version, error) {
	var out []bill.Version
	for _, v := range order {
		if st, ok := r.PublishStatusMap.Items[v]; ok && !st.Published {
			continue // withdrawn from publication: the API has no text for it
		}
		a := r.Amendments.Items[v]
		name := a.PrintNo
		if name == "" {
			name = r.BasePrintNo + v
		}
		if !anyPrintNo.MatchString(name) || (v != "" && !versionLetter.MatchString(v)) {
			return nil, fmt.Errorf("amendment %q: bad print number %q", v, name)
		}
		ver := bill.Version{Name: name, URL: textURL(session, r.BasePrintNo, v), MediaType: "application/json", Class: "introduced"}
		if v != "" {
			ver.Class = "amendment"
		}
		if a.PublishDate != "" {
			d, err := bill.ParseDate(a.PublishDate)
			if err != nil {
				return nil, fmt.Errorf("amendment %s: %w", name, err)
			}
			ver.Date = d
		}
		out = append(out, ver)
	}
	return out, nil
}

var versionLetter = lazyre.New(`^[A-Z]$`)

// chapter is the law's citation once signed: the approval message's chapter,
// else the "SIGNED CHAP.348" action ("Chapter 348 of 2017", as LBDC writes it).
func (r *apiBill) chapter(acts []bill.Action) []string {
	if m := r.ApprovalMessage; m != nil && m.Chapter > 0 && m.Year > 0 {
		return []string{fmt.Sprintf("Chapter %d of %d", m.Chapter, m.Year)}
	}
	for _, a := range acts {
		if m := signedChapter.FindStringSubmatch(a.Text); m != nil && len(a.Date) >= 4 {
			n, _ := strconv.Atoi(m[1])
			return []string{fmt.Sprintf("Chapter %d of %s", n, a.Date[:4])}
		}
	}
	return nil
}

var signedChapter = lazyre.New(`(?i)^\s*signed\s+chap(?:ter)?\.?\s*(\d{1,5})\b`)
