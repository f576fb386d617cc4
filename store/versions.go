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
	vid, isNew, err := a.versionID(v.URL)
	if err != nil {
		return err
	}
	if isNew {
		r, err := a.exec(sqlInsertVersion, a.id, role, v.Name, v.Date, v.URL, v.MediaType, v.Class, ord, a.seenAt, a.runID)
		if err != nil {
			return fmt.Errorf("insert version %s: %w", v.Name, err)
		}
		vid, _ = r.LastInsertId()
		a.wrote("version", v.URL, vid)
	}
	t, fetched := a.obs.Texts[v.URL]
	changed := false
	if fetched && t.Err == "" {
		last, hadText, err := a.lastTextSHA(vid, isNew)
		if err != nil {
			return fmt.Errorf("load text of %s: %w", v.Name, err)
		}
		if last != t.SHA256 {
			if err := a.insertText(vid, v.Name, t); err != nil {
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

// versionID finds a stored version by URL. A bill inserted by this
// observation has only the versions this observation wrote.
func (a *applier) versionID(url string) (id int64, isNew bool, err error) {
	if a.res.New {
		id, ok := a.written["version\x00"+url]
		return id, !ok, nil
	}
	err = a.queryRow(sqlLoadVersion, a.id, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("load version %s: %w", url, err)
	}
	return id, false, nil
}

// lastTextSHA is the fingerprint of a version's latest text; a version
// inserted by this observation has none.
func (a *applier) lastTextSHA(vid int64, isNew bool) (string, bool, error) {
	if isNew {
		return "", false, nil
	}
	var last string
	err := a.queryRow(sqlLastTextSHA, vid).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return last, err == nil, err
}

// insertText stores a new text of a version and indexes it, unless a text of
// a version of this bill with the same name already had these words: then
// the index already holds them under the field "version:<name>".
func (a *applier) insertText(vid int64, name string, t Text) error {
	// A new bill's texts are all written by this observation.
	_, seen := a.written["text\x00"+name+"\x00"+t.Text]
	if !a.res.New {
		var n int
		if err := a.queryRow(sqlTextSeen, a.id, name, t.Text).Scan(&n); err != nil {
			return fmt.Errorf("check search index: %w", err)
		}
		seen = n > 0
	}
	r, err := a.exec(sqlInsertText, vid, t.SHA256, t.Text, t.Markup, ts(t.FetchedAt), a.runID)
	if err != nil {
		return fmt.Errorf("insert text of %s: %w", name, err)
	}
	if a.res.New {
		a.wrote("text", name+"\x00"+t.Text, 0)
	}
	if seen {
		return nil
	}
	tid, err := r.LastInsertId()
	if err != nil {
		return fmt.Errorf("insert text of %s: %w", name, err)
	}
	return a.index("version:"+name, tid, t.Text)
}
