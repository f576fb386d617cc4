package wa

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

// documentRecord is one LegislativeDocument of GetDocuments.
type documentRecord struct {
	Name          string `xml:"Name"`
	Class         string `xml:"Class"`
	HtmURL        string `xml:"HtmUrl"`
	HtmCreateDate string `xml:"HtmCreateDate"`
}

// parseDocuments reads GetDocuments for one bill number and returns the
// bill's text versions and its amendments, each as the XML edition on
// lawfilesext (the service lists only the HTM and PDF; the XML lives at the
// same path under /Xml/). The query matches names by their start, so
// documents of other bills (an amendment drafted as "S1069.1") are dropped
// by number. Bill reports and digests have no XML edition and are left out.
func parseDocuments(body []byte, identifier string, number int) (versions, amendments []bill.Version, err error) {
	var doc struct {
		Records []documentRecord `xml:"LegislativeDocument"`
	}
	if err := decodeService(body, "ArrayOfLegislativeDocument", &doc); err != nil {
		return nil, nil, err
	}
	var keys []versionKey
	seen := map[string]bool{}
	for _, r := range doc.Records {
		dir, file, err := htmLocation(r.HtmURL)
		if err != nil {
			return nil, nil, fmt.Errorf("document %q: %w", r.Name, err)
		}
		xmlURL := xmlEdition(r.HtmURL)
		if leadingNumber(file) != number || seen[xmlURL] {
			continue
		}
		seen[xmlURL] = true
		date := ""
		if d, err := serviceDate(r.HtmCreateDate); err == nil {
			date = d
		}
		switch {
		case strings.HasPrefix(dir, "Bills/"):
			k, ok := parseVersionFile(file)
			if !ok {
				continue // a file name outside the documented grammar
			}
			keys = append(keys, k)
			versions = append(versions, bill.Version{Name: k.name(identifier), Date: date, URL: xmlURL,
				MediaType: "application/xml", Class: k.class()})
		case strings.HasPrefix(dir, "Amendments/"):
			amendments = append(amendments, bill.Version{Name: file, Date: date, URL: xmlURL,
				MediaType: "application/xml", Class: "amendment"})
		}
	}
	sort.Stable(byVersion{keys, versions})
	sort.SliceStable(amendments, func(i, j int) bool { return amendments[i].Name < amendments[j].Name })
	return versions, amendments, nil
}

// htmLocation splits a document's HtmUrl
// ("http://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/Bills/House Bills/2402-S.htm",
// spaces unencoded as the service writes them) into the directory under
// /Htm/ and the file name without ".htm".
func htmLocation(raw string) (dir, file string, err error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !strings.EqualFold(u.Hostname(), DocumentHost) {
		return "", "", fmt.Errorf("HtmUrl %q is not on %s", raw, DocumentHost)
	}
	_, rest, ok := strings.Cut(u.Path, "/Htm/")
	if !ok || !strings.HasSuffix(strings.ToLower(rest), ".htm") {
		return "", "", fmt.Errorf("HtmUrl %q: want .../Htm/<dir>/<name>.htm", raw)
	}
	return path.Dir(rest), strings.TrimSuffix(path.Base(rest), path.Ext(rest)), nil
}

// xmlEdition maps an HtmUrl to the XML edition's URL, https, escaped.
func xmlEdition(raw string) string {
	u, _ := url.Parse(strings.TrimSpace(raw))
	before, rest, _ := strings.Cut(u.Path, "/Htm/")
	rest = strings.TrimSuffix(rest, path.Ext(rest)) + ".xml"
	x := url.URL{Scheme: "https", Host: DocumentHost, Path: before + "/Xml/" + rest}
	return x.String()
}

func leadingNumber(file string) int {
	i := 0
	for i < len(file) && file[i] >= '0' && file[i] <= '9' {
		i++
	}
	n, _ := strconv.Atoi(file[:i])
	return n
}

// versionKey is a version file name's parts: "1163-S2.E2" is the second
// engrossment of the second substitute; ".PL" the text as passed by the
// legislature, ".SL" the session law (PL and SL drop the engrossment).
type versionKey struct{ sub, eng, stage int }

const (
	stageBill = iota
	stagePL
	stageSL
)

// versionFileRE is the documented grammar; resolutions and memorials append
// "-" and a short title ("4600-Temporary rules"), which is dropped.
var versionFileRE = lazyre.New(`^\d{4}(-S(\d?))?(\.E(\d?))?(\.(PL|SL))?(-[^S].*|-)?$`)

func parseVersionFile(file string) (versionKey, bool) {
	m := versionFileRE.FindStringSubmatch(file)
	if m == nil {
		return versionKey{}, false
	}
	var k versionKey
	if m[1] != "" {
		k.sub = ordinalNumber(m[2])
	}
	if m[3] != "" {
		k.eng = ordinalNumber(m[4])
	}
	switch m[6] {
	case "PL":
		k.stage = stagePL
	case "SL":
		k.stage = stageSL
	}
	return k, true
}

func ordinalNumber(s string) int {
	if s == "" {
		return 1
	}
	n, _ := strconv.Atoi(s)
	return n
}

var ordinals = []string{"", "", "Second ", "Third ", "Fourth ", "Fifth ", "Sixth ", "Seventh ", "Eighth ", "Ninth "}

// name spells the version as the legislature does: "Engrossed Second
// Substitute House Bill", with "(Passed Legislature)" or "(Session Law)".
func (k versionKey) name(identifier string) string {
	n := typeName(identifier)
	if k.sub > 0 {
		n = ordinals[k.sub] + "Substitute " + n
	}
	if k.eng > 0 {
		n = ordinals[k.eng] + "Engrossed " + n
	}
	switch k.stage {
	case stagePL:
		n += " (Passed Legislature)"
	case stageSL:
		n += " (Session Law)"
	}
	return n
}

// class maps to the Open States version classes.
func (k versionKey) class() string {
	switch {
	case k.stage == stageSL:
		return "became-law"
	case k.stage == stagePL:
		return "enrolled"
	case k.eng > 0:
		return "amendment" // engrossed: floor amendments folded in
	case k.sub > 0:
		return "substituted"
	}
	return "introduced"
}

// byVersion orders versions as a bill moves: substitutes, then their
// engrossments, then passed legislature and session law.
type byVersion struct {
	keys []versionKey
	vs   []bill.Version
}

func (b byVersion) Len() int { return len(b.keys) }
func (b byVersion) Less(i, j int) bool {
	x, y := b.keys[i], b.keys[j]
	if x.stage != y.stage {
		return x.stage < y.stage
	}
	if x.sub != y.sub {
		return x.sub < y.sub
	}
	return x.eng < y.eng
}
func (b byVersion) Swap(i, j int) {
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
	b.vs[i], b.vs[j] = b.vs[j], b.vs[i]
}
