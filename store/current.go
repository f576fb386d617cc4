package store

import (
	"context"

	"github.com/billwatch/billwatch/bill"
)

// Current rebuilds a bill as last observed: its current revision, the
// actions still listed, and its versions and documents. The pipeline uses it
// when only a version's document changed and the pages were not re-parsed.
func (s *Store) Current(ctx context.Context, id string) (bill.Bill, error) {
	m, err := s.revisionMeta(ctx, id)
	if err != nil {
		return bill.Bill{}, err
	}
	j, sess, _, err := bill.ParseID(id)
	if err != nil {
		return bill.Bill{}, err
	}
	var ident, status string
	if err := s.r.QueryRowContext(ctx, `SELECT identifier, status FROM bills WHERE id = ?`, id).Scan(&ident, &status); err != nil {
		return bill.Bill{}, err
	}
	b := bill.Bill{Jurisdiction: j, Session: sess, Identifier: ident, Title: m.Title, Abstract: m.Abstract,
		Classification: m.Classification, Chamber: m.Chamber, Subjects: m.Subjects, OtherTitles: m.OtherTitles,
		Sponsors: m.Sponsors, Related: m.Related, Sources: m.Sources, Citations: m.Citations, Status: status}
	acts, err := s.Actions(ctx, id)
	if err != nil {
		return b, err
	}
	for i, a := range acts {
		if a.Removed != nil {
			continue
		}
		b.Actions = append(b.Actions, bill.Action{Date: a.Date, Chamber: a.Chamber, Actor: a.Actor, Text: a.Text, Order: i, Classification: a.Classification})
	}
	vs, err := s.Versions(ctx, id)
	if err != nil {
		return b, err
	}
	for _, v := range vs {
		bv := bill.Version{Name: v.Name, Date: v.Date, URL: v.URL, MediaType: v.MediaType, Class: v.Class}
		if v.Role == "document" {
			b.Documents = append(b.Documents, bv)
		} else {
			b.Versions = append(b.Versions, bv)
		}
	}
	return b, nil
}

// Sources returns the stored source URLs of a bill (nil when unknown).
func (s *Store) Sources(ctx context.Context, id string) []string {
	m, err := s.revisionMeta(ctx, id)
	if err != nil {
		return nil
	}
	return m.Sources
}

// HasText reports whether a version URL of a bill already has extracted text.
func (s *Store) HasText(ctx context.Context, billID, url string) bool {
	var n int
	_ = s.r.QueryRowContext(ctx, `SELECT count(*) FROM versions v JOIN version_texts t ON t.version_id = v.id WHERE v.bill_id = ? AND v.url = ?`,
		billID, url).Scan(&n)
	return n > 0
}
