package us

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/textnorm"
)

// ErrNotBillStatus marks a document that is not a BILLSTATUS file at all
// (an HTML error page, another XML document).
var ErrNotBillStatus = errors.New("not a BILLSTATUS document")

// ParseBillStatus reads one BILLSTATUS XML file, in any of its formats, into
// a bill. sourceURL is the file's official URL; it becomes the bill's first
// source. Actions and versions come out oldest first.
func ParseBillStatus(body []byte, sourceURL string) (bill.Bill, error) {
	trim := bytes.TrimLeft(body, " \t\r\n\ufeff")
	if len(trim) == 0 || trim[0] != '<' || looksLikeHTML(trim) {
		return bill.Bill{}, fmt.Errorf("%w: the body is not XML (an error page?)", ErrNotBillStatus)
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = utf8Only
	var doc xBillStatus
	if err := dec.Decode(&doc); err != nil {
		return bill.Bill{}, fmt.Errorf("%w: %w", ErrNotBillStatus, err)
	}
	if doc.Bill == nil {
		return bill.Bill{}, fmt.Errorf("%w: no <bill> element", ErrNotBillStatus)
	}
	x := doc.Bill
	number := textnorm.CollapseSpaces(first(x.Number, x.BillNumber))
	typ := normalizeType(first(x.Type, x.BillType))
	congress := textnorm.CollapseSpaces(x.Congress)
	info, known := typeInfo[typ]
	if !known || number == "" || !isDigits(number) || ValidSession(congress) != nil {
		return bill.Bill{}, fmt.Errorf("bill type %q, number %q, congress %q: %w", typ, number, congress, ErrNotBillStatus)
	}
	b := bill.Bill{
		Jurisdiction:   "us",
		Session:        congress,
		Identifier:     identifier(typ, number),
		Classification: []string{info.class},
		Chamber:        chamberOf(x.OriginChamber, info.chamber),
		Sources:        []string{sourceURL, congressGovURL(congress, typ, number)},
		Status:         textnorm.CollapseSpaces(x.LatestAction.Text),
	}
	b.Title, b.OtherTitles = titles(x)
	b.Subjects = subjects(x)
	b.Abstract = abstract(x)
	b.Sponsors = sponsors(x)
	b.Related = related(x)
	b.Citations = laws(x)
	var err error
	if b.Actions, err = actions(x.Actions); err != nil {
		return bill.Bill{}, err
	}
	if b.Versions, err = versions(x.Versions); err != nil {
		return bill.Bill{}, err
	}
	if b.Title == "" {
		return bill.Bill{}, fmt.Errorf("%s: no title: %w", b.Identifier, ErrNotBillStatus)
	}
	return b, nil
}

func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.Contains(head, "<body")
}

func chamberOf(origin, fallback string) string {
	switch strings.ToLower(textnorm.CollapseSpaces(origin)) {
	case "house":
		return bill.Lower
	case "senate":
		return bill.Upper
	}
	return fallback
}

// titles returns the display title and every other title once. BILLSTATUS
// repeats the display title as a "Display Title" item; that copy is dropped.
func titles(x *xBill) (string, []bill.Title) {
	title := textnorm.CollapseSpaces(x.Title)
	var out []bill.Title
	seen := map[bill.Title]bool{}
	for _, t := range x.Titles {
		bt := bill.Title{Type: textnorm.CollapseSpaces(t.Type), Title: textnorm.CollapseSpaces(t.Title)}
		if bt.Title == "" || seen[bt] {
			continue
		}
		seen[bt] = true
		if title == "" && strings.EqualFold(bt.Type, "Display Title") {
			title = bt.Title
		}
		if strings.EqualFold(bt.Type, "Display Title") && bt.Title == title {
			continue
		}
		out = append(out, bt)
	}
	if title == "" {
		for _, t := range out {
			if strings.HasPrefix(t.Type, "Official Title") {
				return t.Title, out
			}
		}
	}
	return title, out
}

// subjects lists the policy area first, then the legislative subjects.
func subjects(x *xBill) []string {
	var out []string
	seen := map[string]bool{}
	for _, group := range [][]string{{x.PolicyArea, x.PrimarySubject}, x.Subjects, x.SubjectsBS, x.SubjectsOther} {
		for _, s := range group {
			if s = textnorm.CollapseSpaces(s); s != "" && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// abstract is the text of the latest CRS summary, HTML removed.
func abstract(x *xBill) string {
	var latest *xSummary
	for _, list := range [][]xSummary{x.Summaries, x.SummariesBS} {
		for i := range list {
			s := &list[i]
			if strings.TrimSpace(s.Text) == "" {
				continue
			}
			if latest == nil || newerSummary(s, latest) {
				latest = s
			}
		}
	}
	if latest == nil {
		return ""
	}
	text, err := textnorm.HTMLToText(strings.NewReader(latest.Text))
	if err != nil {
		return textnorm.CollapseSpaces(latest.Text)
	}
	return text
}

// newerSummary orders summaries by action date, then update date; a tie goes
// to the later one in the file.
func newerSummary(a, b *xSummary) bool {
	ad, bd := textnorm.CollapseSpaces(a.ActionDate), textnorm.CollapseSpaces(b.ActionDate)
	if ad != bd {
		return ad > bd
	}
	return textnorm.CollapseSpaces(a.UpdateDate) >= textnorm.CollapseSpaces(b.UpdateDate)
}
