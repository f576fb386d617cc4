package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// VersionText is the latest extracted text of one version.
type VersionText struct {
	VersionID int64  `json:"version_id"`
	BillID    string `json:"bill_id"`
	Name      string `json:"name"`
	URL       string `json:"url"`
	Role      string `json:"role"`
	Text      string `json:"text"`
	Markup    string `json:"markup,omitempty"`
	SHA256    string `json:"sha256"`
}

// Texts returns the latest text of every version (not documents) of a bill
// that has one, in page order.
func (s *Store) Texts(ctx context.Context, billID string) ([]VersionText, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT v.id, v.bill_id, v.name, v.url, v.role, t.text, t.markup, t.sha256
		FROM versions v JOIN version_texts t ON t.id = (SELECT max(id) FROM version_texts WHERE version_id = v.id)
		WHERE v.bill_id = ? AND v.role = 'version' ORDER BY v.ord, v.id`, billID)
	if err != nil {
		return nil, fmt.Errorf("load texts of %s: %w", billID, err)
	}
	defer rows.Close()
	var out []VersionText
	for rows.Next() {
		var t VersionText
		if err := rows.Scan(&t.VersionID, &t.BillID, &t.Name, &t.URL, &t.Role, &t.Text, &t.Markup, &t.SHA256); err != nil {
			return nil, fmt.Errorf("scan text: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Text returns the latest text of one version, or ErrNotFound when it has none.
func (s *Store) Text(ctx context.Context, versionID int64) (VersionText, error) {
	var t VersionText
	t.VersionID = versionID
	err := s.r.QueryRowContext(ctx, `SELECT v.bill_id, v.name, v.url, v.role, t.text, t.markup, t.sha256
		FROM versions v JOIN version_texts t ON t.id = (SELECT max(id) FROM version_texts WHERE version_id = v.id)
		WHERE v.id = ?`, versionID).Scan(&t.BillID, &t.Name, &t.URL, &t.Role, &t.Text, &t.Markup, &t.SHA256)
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("text of version %d: %w", versionID, ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("load text of version %d: %w", versionID, err)
	}
	return t, nil
}
