package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// meta is the part of a bill that forms a revision; actions, versions and the
// site's status line are tracked elsewhere.
type meta struct {
	Title          string         `json:"title"`
	Abstract       string         `json:"abstract,omitempty"`
	Classification []string       `json:"classification,omitempty"`
	Chamber        string         `json:"chamber,omitempty"`
	Subjects       []string       `json:"subjects,omitempty"`
	OtherTitles    []bill.Title   `json:"other_titles,omitempty"`
	Sponsors       []bill.Sponsor `json:"sponsors,omitempty"`
	Related        []bill.Related `json:"related,omitempty"`
	Sources        []string       `json:"sources,omitempty"`
	Citations      []string       `json:"citations,omitempty"`
}

func metaOf(b *bill.Bill) meta {
	m := meta{Title: b.Title, Abstract: b.Abstract, Chamber: b.Chamber, OtherTitles: b.OtherTitles,
		Sponsors: b.Sponsors, Related: b.Related, Sources: b.Sources, Citations: b.Citations,
		Classification: sortedCopy(b.Classification), Subjects: sortedCopy(b.Subjects)}
	return m
}

func sortedCopy(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

// bill inserts the bill or records a new metadata revision.
func (a *applier) bill() error {
	b := &a.obs.Bill
	m := metaOf(b)
	data := mustJSON(m)
	// Inserting first (a no-op for a stored bill) tells a new bill apart
	// without a lookup: in a bulk ingest nearly every bill is new.
	r, err := a.txStmts.exec(sqlInsertBill, a.id, b.Jurisdiction, b.Session, b.Identifier, b.Title, b.Abstract,
		strings.Join(m.Classification, ","), b.Status, a.seenAt, a.seenAt)
	if err != nil {
		return fmt.Errorf("insert bill: %w", err)
	}
	if n, err := r.RowsAffected(); err != nil {
		return fmt.Errorf("insert bill: %w", err)
	} else if n == 1 {
		a.res.New = true
		a.res.Rows++
		if err := a.revision(1, m, data); err != nil {
			return err
		}
		return a.change(KindNewBill, fmt.Sprintf("New bill %s: %s", b.Identifier, b.Title), map[string]any{"title": b.Title, "actions": len(b.Actions), "versions": len(b.Versions)})
	}
	var rev int
	var oldData, status string
	var removed sql.NullString
	if err := a.queryRow(sqlLoadBill, a.id).Scan(&rev, &oldData, &status, &removed); err != nil {
		return fmt.Errorf("load bill: %w", err)
	}
	if removed.Valid {
		if _, err := a.exec(sqlRestoreBill, a.id); err != nil {
			return fmt.Errorf("restore bill: %w", err)
		}
		if err := a.change(KindMetadata, b.Identifier+" is listed again by the legislature", FieldDetails{Fields: []string{"listed"}}); err != nil {
			return err
		}
	}
	if b.Status != "" && b.Status != status {
		if status != "" { // the line being replaced is kept (append-only)
			if _, err := a.exec(sqlKeepStatus, a.id, status, a.seenAt, a.runID); err != nil {
				return fmt.Errorf("keep status: %w", err)
			}
		}
		if _, err := a.exec(sqlUpdateStatus, b.Status, a.id); err != nil {
			return fmt.Errorf("update status: %w", err)
		}
	}
	if oldData == data { // canonical JSON: same bytes, same metadata
		return nil
	}
	var old meta
	if err := json.Unmarshal([]byte(oldData), &old); err != nil {
		return fmt.Errorf("decode stored revision %d: %w", rev, err)
	}
	if err := a.revision(rev+1, m, data); err != nil {
		return err
	}
	if _, err := a.exec(sqlUpdateMeta, b.Title, b.Abstract, strings.Join(m.Classification, ","), rev+1, a.id); err != nil {
		return fmt.Errorf("update bill: %w", err)
	}
	return a.metaChanges(old, m)
}

func (a *applier) revision(rev int, m meta, data string) error {
	if _, err := a.exec(sqlInsertRev, a.id, rev, data, sha(data), a.seenAt, a.runID); err != nil {
		return fmt.Errorf("insert revision %d: %w", rev, err)
	}
	if err := a.indexMeta(rev, "title", "$.title", m.Title); err != nil {
		return err
	}
	if m.Abstract != "" {
		return a.indexMeta(rev, "abstract", "$.abstract", m.Abstract)
	}
	return nil
}

// indexMeta adds a revision's title or abstract to the full-text index
// unless an earlier revision of the bill had the same value: every
// revision's title and abstract are indexed when written, so the revisions
// say what the index holds. (The index itself cannot answer this cheaply:
// its bill_id column is not indexed, so asking it scans every row.)
func (a *applier) indexMeta(rev int, field, path, body string) error {
	if rev > 1 {
		var n int
		if err := a.queryRow(sqlEarlierRevHas, a.id, rev, path, body).Scan(&n); err != nil {
			return fmt.Errorf("check search index: %w", err)
		}
		if n > 0 {
			return nil
		}
	}
	return a.index(field, 0, body)
}

// index adds a body to the full-text index: a search_docs row that says where
// its words are kept (the version_texts row textID, or inline for titles and
// abstracts), then the index entry under the same rowid. The two are separate
// statements on purpose: an FTS5 write made by a trigger runs in a statement
// savepoint, and FTS5 flushes its pending terms to a new segment at every
// savepoint, which made a bulk ingest 50% slower in all.
func (a *applier) index(field string, textID int64, body string) error {
	var tid, inline any = textID, nil
	if textID == 0 {
		tid, inline = nil, body
	}
	r, err := a.exec(sqlInsertDoc, a.id, field, tid, inline)
	if err != nil {
		return fmt.Errorf("index %s: %w", field, err)
	}
	id, err := r.LastInsertId()
	if err != nil {
		return fmt.Errorf("index %s: %w", field, err)
	}
	// Not counted in Rows: the search_docs row stands for the entry.
	if _, err := a.txStmts.exec(sqlInsertSearch, id, a.id, field, body); err != nil {
		return fmt.Errorf("index %s: %w", field, err)
	}
	return nil
}
