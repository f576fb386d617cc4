package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// applier carries one observation's transaction state.
type applier struct {
	ctx context.Context
	tx  *sql.Tx
	obs *Observation
	id  string
	res ApplyResult
}

// ApplyObservation records one bill observation: new metadata revisions, new
// and vanished actions, new versions and texts, watchlist flips and validators,
// each with its change-log row. Applying the same observation twice writes nothing.
func (s *Store) ApplyObservation(ctx context.Context, obs Observation) (ApplyResult, error) {
	b := &obs.Bill
	if b.Jurisdiction == "" || b.Session == "" || b.Identifier == "" {
		return ApplyResult{}, fmt.Errorf("apply observation: bill lacks jurisdiction, session or identifier: %q %q %q", b.Jurisdiction, b.Session, b.Identifier)
	}
	if obs.SeenAt.IsZero() {
		obs.SeenAt = s.now()
	}
	a := &applier{ctx: ctx, obs: &obs, id: b.ID()}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		a.tx = tx
		a.res = ApplyResult{}
		steps := []func() error{a.bill, a.actions, a.versions, a.matches, a.cache}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		if len(a.res.Changes) > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE bills SET last_changed = ? WHERE id = ?`, ts(obs.SeenAt), a.id); err != nil {
				return fmt.Errorf("bill %s: touch: %w", a.id, err)
			}
		}
		return nil
	})
	if err != nil {
		return ApplyResult{}, fmt.Errorf("apply %s: %w", a.id, err)
	}
	return a.res, nil
}

func (a *applier) exec(query string, args ...any) (sql.Result, error) {
	a.res.Rows++
	return a.tx.ExecContext(a.ctx, query, args...)
}

// change appends a change-log row.
func (a *applier) change(kind, summary string, details any) error {
	d := "{}"
	if details != nil {
		d = mustJSON(details)
	}
	r, err := a.exec(`INSERT INTO changes (bill_id, jurisdiction, kind, summary, details, seen_at, run_id) VALUES (?,?,?,?,?,?,?)`,
		a.id, a.obs.Bill.Jurisdiction, kind, summary, d, ts(a.obs.SeenAt), nullID(a.obs.RunID))
	if err != nil {
		return fmt.Errorf("record %s change: %w", kind, err)
	}
	id, _ := r.LastInsertId()
	a.res.Changes = append(a.res.Changes, Change{ID: id, BillID: a.id, Jurisdiction: a.obs.Bill.Jurisdiction, Kind: kind,
		Summary: summary, Details: json.RawMessage(d), SeenAt: a.obs.SeenAt, RunID: a.obs.RunID})
	return nil
}

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

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// bill inserts the bill or records a new metadata revision.
func (a *applier) bill() error {
	b := &a.obs.Bill
	m := metaOf(b)
	data := mustJSON(m)
	sum := sha(data)
	var rev int
	var oldData, status string
	var removed sql.NullString
	err := a.tx.QueryRowContext(a.ctx, `SELECT b.revision, r.data, b.status, b.removed_at FROM bills b
		JOIN bill_revisions r ON r.bill_id = b.id AND r.rev = b.revision WHERE b.id = ?`, a.id).Scan(&rev, &oldData, &status, &removed)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		a.res.New = true
		if _, err := a.exec(`INSERT INTO bills (id, jurisdiction, session, identifier, title, abstract, classification, status, revision, first_seen, last_changed)
			VALUES (?,?,?,?,?,?,?,?,1,?,?)`, a.id, b.Jurisdiction, b.Session, b.Identifier, b.Title, b.Abstract,
			strings.Join(m.Classification, ","), b.Status, ts(a.obs.SeenAt), ts(a.obs.SeenAt)); err != nil {
			return fmt.Errorf("insert bill: %w", err)
		}
		if err := a.revision(1, data, sum); err != nil {
			return err
		}
		return a.change(KindNewBill, fmt.Sprintf("New bill %s: %s", b.Identifier, b.Title), map[string]any{"title": b.Title, "actions": len(b.Actions), "versions": len(b.Versions)})
	case err != nil:
		return fmt.Errorf("load bill: %w", err)
	}
	if removed.Valid {
		if _, err := a.exec(`UPDATE bills SET removed_at = NULL WHERE id = ?`, a.id); err != nil {
			return fmt.Errorf("restore bill: %w", err)
		}
		if err := a.change(KindMetadata, b.Identifier+" is listed again by the legislature", FieldDetails{Fields: []string{"listed"}}); err != nil {
			return err
		}
	}
	if b.Status != "" && b.Status != status {
		if _, err := a.exec(`UPDATE bills SET status = ? WHERE id = ?`, b.Status, a.id); err != nil {
			return fmt.Errorf("update status: %w", err)
		}
	}
	if sha(oldData) == sum {
		return nil
	}
	var old meta
	if err := json.Unmarshal([]byte(oldData), &old); err != nil {
		return fmt.Errorf("decode stored revision %d: %w", rev, err)
	}
	if err := a.revision(rev+1, data, sum); err != nil {
		return err
	}
	if _, err := a.exec(`UPDATE bills SET title = ?, abstract = ?, classification = ?, revision = ? WHERE id = ?`,
		b.Title, b.Abstract, strings.Join(m.Classification, ","), rev+1, a.id); err != nil {
		return fmt.Errorf("update bill: %w", err)
	}
	return a.metaChanges(old, m)
}

func (a *applier) revision(rev int, data, sum string) error {
	if _, err := a.exec(`INSERT INTO bill_revisions (bill_id, rev, data, sha256, first_seen, run_id) VALUES (?,?,?,?,?,?)`,
		a.id, rev, data, sum, ts(a.obs.SeenAt), nullID(a.obs.RunID)); err != nil {
		return fmt.Errorf("insert revision %d: %w", rev, err)
	}
	m := metaOf(&a.obs.Bill)
	if err := a.index("title", m.Title); err != nil {
		return err
	}
	if m.Abstract != "" {
		return a.index("abstract", m.Abstract)
	}
	return nil
}

// index adds text to the full-text index unless the same field already has it.
func (a *applier) index(field, body string) error {
	var n int
	if err := a.tx.QueryRowContext(a.ctx, `SELECT count(*) FROM search WHERE bill_id = ? AND field = ? AND body = ?`, a.id, field, body).Scan(&n); err != nil {
		return fmt.Errorf("check search index: %w", err)
	}
	if n > 0 {
		return nil
	}
	if _, err := a.exec(`INSERT INTO search (bill_id, field, body) VALUES (?,?,?)`, a.id, field, body); err != nil {
		return fmt.Errorf("index %s: %w", field, err)
	}
	return nil
}
