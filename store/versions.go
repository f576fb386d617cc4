package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/billwatch/billwatch/bill"
)

func (a *applier) versions() error {
	for i, v := range a.obs.Bill.Versions {
		if err := a.version("version", i, v); err != nil {
			return err
		}
	}
	for i, v := range a.obs.Bill.Documents {
		if err := a.version("document", i, v); err != nil {
			return err
		}
	}
	return nil
}

// version records a version the first time its URL is seen, and a new text
// row whenever the document's bytes differ from the last stored text.
func (a *applier) version(role string, ord int, v bill.Version) error {
	var vid int64
	err := a.tx.QueryRowContext(a.ctx, `SELECT id FROM versions WHERE bill_id = ? AND url = ?`, a.id, v.URL).Scan(&vid)
	isNew := errors.Is(err, sql.ErrNoRows)
	if err != nil && !isNew {
		return fmt.Errorf("load version %s: %w", v.URL, err)
	}
	if isNew {
		r, err := a.exec(`INSERT INTO versions (bill_id, role, name, date, url, media_type, class, ord, first_seen, run_id)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, a.id, role, v.Name, v.Date, v.URL, v.MediaType, v.Class, ord, ts(a.obs.SeenAt), nullID(a.obs.RunID))
		if err != nil {
			return fmt.Errorf("insert version %s: %w", v.Name, err)
		}
		vid, _ = r.LastInsertId()
	}
	t, fetched := a.obs.Texts[v.URL]
	changed := false
	if fetched && t.Err == "" {
		var last string
		err := a.tx.QueryRowContext(a.ctx, `SELECT sha256 FROM version_texts WHERE version_id = ? ORDER BY id DESC LIMIT 1`, vid).Scan(&last)
		hadText := err == nil
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("load text of %s: %w", v.Name, err)
		}
		if last != t.SHA256 {
			if _, err := a.exec(`INSERT INTO version_texts (version_id, sha256, text, markup, fetched_at, run_id) VALUES (?,?,?,?,?,?)`,
				vid, t.SHA256, t.Text, t.Markup, ts(t.FetchedAt), nullID(a.obs.RunID)); err != nil {
				return fmt.Errorf("insert text of %s: %w", v.Name, err)
			}
			if err := a.index("version:"+v.Name, t.Text); err != nil {
				return err
			}
			changed = hadText
		}
	}
	if !isNew && !changed {
		return nil
	}
	d := VersionDetails{VersionID: vid, Name: v.Name, URL: v.URL, Date: v.Date}
	if fetched {
		d.TextError, d.Diff = t.Err, t.Diff
	}
	if a.res.New && !changed {
		return nil // part of the new bill; its new_bill change covers it
	}
	kind, summary := KindVersion, fmt.Sprintf("%s new version: %s", a.obs.Bill.Identifier, v.Name)
	switch {
	case role == "document":
		kind, summary = KindDocument, fmt.Sprintf("%s new document: %s", a.obs.Bill.Identifier, v.Name)
	case changed:
		kind, summary = KindVersionChanged, fmt.Sprintf("%s version %q was replaced by a different document", a.obs.Bill.Identifier, v.Name)
	}
	if d.Diff != nil && d.Diff.Summary != "" {
		summary += " — " + d.Diff.Summary
	}
	return a.change(kind, summary, d)
}
