package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/billwatch/billwatch/bill"
)

// Current rebuilds a bill as last observed: its current revision, the
// actions still listed, and its versions and documents. The pipeline uses it
// when only a version's document changed and the pages were not re-parsed.
func (s *Store) Current(ctx context.Context, id string) (bill.Bill, error) {
	// The bill row and its current revision in one read.
	var ident, status, data string
	err := s.r.QueryRowContext(ctx, `SELECT b.identifier, b.status, r.data FROM bills b
		JOIN bill_revisions r ON r.bill_id = b.id AND r.rev = b.revision WHERE b.id = ?`, id).Scan(&ident, &status, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return bill.Bill{}, ErrNotFound
	}
	if err != nil {
		return bill.Bill{}, fmt.Errorf("load %s: %w", id, err)
	}
	m, err := decodeMeta(id, data)
	if err != nil {
		return bill.Bill{}, err
	}
	j, sess, _, err := bill.ParseID(id)
	if err != nil {
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
	vs, err := s.StoredVersions(ctx, id)
	if err != nil {
		return b, err
	}
	for _, v := range vs {
		if v.Document {
			b.Documents = append(b.Documents, v.Version)
		} else {
			b.Versions = append(b.Versions, v.Version)
		}
	}
	return b, nil
}

// StoredVersion is a stored version or document as the pipeline re-checks it.
type StoredVersion struct {
	bill.Version
	Document bool // a supporting document, not a text version
	HasText  bool // a text was extracted from it at least once
}

// StoredVersions returns a stored bill's versions then documents, in page
// order, and whether each has a text: all that re-checking an unchanged
// bill needs, in one query that reads no text (EXISTS stops at the index).
// It returns ErrNotFound when the bill is not stored.
func (s *Store) StoredVersions(ctx context.Context, id string) ([]StoredVersion, error) {
	// From bills, so that a stored bill without versions still answers a row.
	rows, err := s.r.QueryContext(ctx, `SELECT v.role, v.name, v.date, v.url, v.media_type, v.class,
		EXISTS (SELECT 1 FROM version_texts t WHERE t.version_id = v.id)
		FROM bills b LEFT JOIN versions v ON v.bill_id = b.id
		WHERE b.id = ? ORDER BY v.role DESC, v.ord, v.id`, id)
	if err != nil {
		return nil, fmt.Errorf("load versions of %s: %w", id, err)
	}
	defer rows.Close()
	found := false
	var out []StoredVersion
	for rows.Next() {
		found = true
		var role, name, date, url, media, class sql.NullString
		var v StoredVersion
		if err := rows.Scan(&role, &name, &date, &url, &media, &class, &v.HasText); err != nil {
			return nil, fmt.Errorf("scan version of %s: %w", id, err)
		}
		if !role.Valid {
			continue // the bill has no versions
		}
		v.Version = bill.Version{Name: name.String, Date: date.String, URL: url.String, MediaType: media.String, Class: class.String}
		v.Document = role.String == "document"
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load versions of %s: %w", id, err)
	}
	if !found {
		return nil, ErrNotFound
	}
	return out, nil
}

// Sources returns the stored source URLs of a bill (nil when unknown).
func (s *Store) Sources(ctx context.Context, id string) []string {
	m, err := s.revisionMeta(ctx, id)
	if err != nil {
		return nil
	}
	return m.Sources
}
