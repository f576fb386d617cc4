package ny

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/textnorm"
)

// apiBill is the part of the API's bill view billwatch reads (field names as
// in shared/fixtures/ny/openleg_api_bill_S609-2017.json).
type apiBill struct {
	BasePrintNo string `json:"basePrintNo"`
	Session     int    `json:"session"`
	PrintNo     string `json:"printNo"`
	BillType    struct {
		Chamber    string `json:"chamber"`
		Resolution bool   `json:"resolution"`
	} `json:"billType"`
	Title         string   `json:"title"`
	ActiveVersion string   `json:"activeVersion"`
	SubstitutedBy *billRef `json:"substitutedBy"`
	Sponsor       *struct {
		Member *apiMember `json:"member"`
		Budget bool       `json:"budget"`
		Rules  bool       `json:"rules"`
	} `json:"sponsor"`
	Summary string `json:"summary"`
	Status  *struct {
		StatusDesc    string `json:"statusDesc"`
		CommitteeName string `json:"committeeName"`
	} `json:"status"`
	Actions          items[apiAction] `json:"actions"`
	PublishStatusMap struct {
		Items map[string]struct {
			Published bool `json:"published"`
		} `json:"items"`
	} `json:"publishStatusMap"`
	AmendmentVersions items[string] `json:"amendmentVersions"`
	Amendments        struct {
		Items map[string]apiAmendment `json:"items"`
	} `json:"amendments"`
	AdditionalSponsors items[apiMember] `json:"additionalSponsors"`
	PreviousVersions   items[billRef]   `json:"previousVersions"`
	ApprovalMessage    *struct {
		Year    int `json:"year"`
		Chapter int `json:"chapter"`
	} `json:"approvalMessage"`
}

type apiMember struct {
	ShortName string `json:"shortName"`
	FullName  string `json:"fullName"`
}

func (m apiMember) name() string {
	if n := textnorm.CollapseSpaces(m.FullName); n != "" {
		return n
	}
	return textnorm.CollapseSpaces(m.ShortName)
}

type apiAction struct {
	Date       string `json:"date"`
	Chamber    string `json:"chamber"`
	SequenceNo int    `json:"sequenceNo"`
	Text       string `json:"text"`
}

// apiAmendment is one print of the bill: "" for the original, "A", "B", ...
type apiAmendment struct {
	PrintNo       string           `json:"printNo"`
	PublishDate   string           `json:"publishDate"`
	SameAs        items[billRef]   `json:"sameAs"`
	LawSection    string           `json:"lawSection"`
	ActClause     string           `json:"actClause"`
	CoSponsors    items[apiMember] `json:"coSponsors"`
	MultiSponsors items[apiMember] `json:"multiSponsors"`
}

// ParseBill turns a bill response (`bills/{session}/{printNo}`) into a bill.
func ParseBill(body []byte) (bill.Bill, error) {
	e, err := decodeEnvelope(body)
	if err != nil {
		return bill.Bill{}, err
	}
	var r apiBill
	if err := json.Unmarshal(e.Result, &r); err != nil {
		return bill.Bill{}, fmt.Errorf("bill: %w", err)
	}
	ref := billRef{BasePrintNo: r.BasePrintNo, Session: r.Session}
	if err := ref.check(); err != nil {
		return bill.Bill{}, fmt.Errorf("bill: %w", err)
	}
	session, base := ref.session(), r.BasePrintNo
	versions := r.versionOrder()
	active := r.active(versions)
	class, chamber := classify(base, r.BillType.Chamber, r.Title+" "+active.ActClause)
	b := bill.Bill{Jurisdiction: "ny", Session: session, Identifier: base, Title: title(r.Title, active.ActClause),
		Classification: class, Chamber: chamber, Abstract: textnorm.CollapseSpaces(r.Summary), Sponsors: r.sponsors(active),
		Related: r.related(versions), Sources: []string{billURL(session, base), pageURL(session, base)}, Status: r.status()}
	if b.Title == "" {
		return bill.Bill{}, fmt.Errorf("bill %s: no title", base)
	}
	if s := textnorm.CollapseSpaces(active.LawSection); s != "" {
		b.Subjects = []string{s}
	}
	if c := textnorm.CollapseSpaces(active.ActClause); c != "" {
		b.OtherTitles = []bill.Title{{Type: "act clause", Title: c}}
	}
	if b.Actions, err = parseActions(r.Actions.Items); err != nil {
		return bill.Bill{}, fmt.Errorf("bill %s: %w", base, err)
	}
	if b.Versions, err = r.versions(session, versions); err != nil {
		return bill.Bill{}, fmt.Errorf("bill %s: %w", base, err)
	}
	b.Citations = r.chapter(b.Actions)
	return b, nil
}

// versionOrder lists the amendment versions in print order ("", "A", "B"):
// amendmentVersions when given, else the map's keys sorted.
func (r *apiBill) versionOrder() []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range r.AmendmentVersions.Items {
		if _, ok := r.Amendments.Items[v]; ok && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	var rest []string
	for v := range r.Amendments.Items {
		if !seen[v] {
			rest = append(rest, v)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// active is the amendment the bill currently stands at.
func (r *apiBill) active(order []string) apiAmendment {
	if a, ok := r.Amendments.Items[r.ActiveVersion]; ok {
		return a
	}
	if len(order) > 0 {
		return r.Amendments.Items[order[len(order)-1]]
	}
	return apiAmendment{}
}

// title drops the "@" some titles carry from the LBDC feed (the S609-2017
// response has "@Relates to ..."); the act clause stands in for a missing title.
func title(t, actClause string) string {
	if t = textnorm.CollapseSpaces(strings.TrimLeft(strings.TrimSpace(t), "@")); t != "" {
		return t
	}
	return textnorm.CollapseSpaces(actClause)
}

func (r *apiBill) status() string {
	if r.Status == nil {
		return ""
	}
	s := textnorm.CollapseSpaces(r.Status.StatusDesc)
	if c := textnorm.CollapseSpaces(r.Status.CommitteeName); c != "" && s != "" {
		s += " (" + c + ")"
	}
	return s
}
