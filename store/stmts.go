package store

import (
	"context"
	"database/sql"
	"fmt"
)

// The statements an observation runs. They are prepared once on the writer
// connection when the store opens and bound to each write transaction with
// Tx.StmtContext, which reuses the connection's prepared statement: parsing
// SQL for every row was most of the cost of a bulk ingest.
const (
	sqlLoadBill = `SELECT b.revision, r.data, b.status, b.removed_at FROM bills b
		JOIN bill_revisions r ON r.bill_id = b.id AND r.rev = b.revision WHERE b.id = ?`
	sqlInsertBill = `INSERT INTO bills (id, jurisdiction, session, identifier, title, abstract, classification, status, revision, first_seen, last_changed)
		VALUES (?,?,?,?,?,?,?,?,1,?,?) ON CONFLICT(id) DO NOTHING`
	sqlRestoreBill   = `UPDATE bills SET removed_at = NULL WHERE id = ?`
	sqlUpdateStatus  = `UPDATE bills SET status = ? WHERE id = ?`
	sqlKeepStatus    = `INSERT INTO status_history (bill_id, status, replaced_at, run_id) VALUES (?,?,?,?)`
	sqlUpdateMeta    = `UPDATE bills SET title = ?, abstract = ?, classification = ?, revision = ? WHERE id = ?`
	sqlTouchBill     = `UPDATE bills SET last_changed = ? WHERE id = ?`
	sqlInsertRev     = `INSERT INTO bill_revisions (bill_id, rev, data, sha256, first_seen, run_id) VALUES (?,?,?,?,?,?)`
	sqlEarlierRevHas = `SELECT count(*) FROM bill_revisions WHERE bill_id = ? AND rev < ? AND json_extract(data, ?) = ?`
	sqlInsertDoc     = `INSERT INTO search_docs (bill_id, field, text_id, body) VALUES (?,?,?,?)`
	sqlInsertSearch  = `INSERT INTO search (rowid, bill_id, field, body) VALUES (?,?,?,?)`
	sqlInsertChange  = `INSERT INTO changes (bill_id, jurisdiction, kind, summary, details, seen_at, run_id) VALUES (?,?,?,?,?,?,?)`
	sqlLoadActions   = `SELECT id, key, removed_at IS NOT NULL, text, date FROM actions WHERE bill_id = ?`
	sqlInsertAction  = `INSERT INTO actions (bill_id, key, date, time, chamber, actor, text, ord, classification, first_seen, run_id)
		VALUES (?,?,?,?,?,?,?,?,?,?,?)`
	sqlRestoreAction = `UPDATE actions SET removed_at = NULL WHERE id = ?`
	sqlRemoveAction  = `UPDATE actions SET removed_at = ? WHERE id = ?`
	sqlLoadVersion   = `SELECT id FROM versions WHERE bill_id = ? AND url = ?`
	sqlInsertVersion = `INSERT INTO versions (bill_id, role, name, date, url, media_type, class, ord, first_seen, run_id)
		VALUES (?,?,?,?,?,?,?,?,?,?)`
	sqlLastTextSHA = `SELECT sha256 FROM version_texts WHERE version_id = ? ORDER BY id DESC LIMIT 1`
	sqlTextSeen    = `SELECT count(*) FROM version_texts t JOIN versions v ON v.id = t.version_id
		WHERE v.bill_id = ? AND v.name = ? AND t.text = ?`
	sqlInsertText  = `INSERT INTO version_texts (version_id, sha256, text, markup, fetched_at, run_id) VALUES (?,?,?,?,?,?)`
	sqlLastMatch   = `SELECT matched, explanation FROM matches WHERE bill_id = ? AND watchlist = ? ORDER BY id DESC LIMIT 1`
	sqlInsertMatch = `INSERT INTO matches (bill_id, watchlist, matched, explanation, seen_at, run_id) VALUES (?,?,?,?,?,?)`
	sqlUpsertCache = `INSERT INTO http_cache (url, etag, last_modified, sha256, fetched_at) VALUES (?,?,?,?,?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
		sha256 = excluded.sha256, fetched_at = excluded.fetched_at`
)

var applyStatements = []string{sqlLoadBill, sqlInsertBill, sqlRestoreBill, sqlUpdateStatus, sqlKeepStatus, sqlUpdateMeta, sqlTouchBill,
	sqlInsertRev, sqlEarlierRevHas, sqlInsertDoc, sqlInsertSearch, sqlInsertChange, sqlLoadActions, sqlInsertAction, sqlRestoreAction,
	sqlRemoveAction, sqlLoadVersion, sqlInsertVersion, sqlLastTextSHA, sqlTextSeen, sqlInsertText, sqlLastMatch,
	sqlInsertMatch, sqlUpsertCache}

// prepare prepares the apply statements on the writer. It must run while no
// transaction holds the writer's only connection.
func (s *Store) prepare(ctx context.Context) error {
	s.stmts = make(map[string]*sql.Stmt, len(applyStatements))
	for _, q := range applyStatements {
		st, err := s.w.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %.40q: %w", q, err)
		}
		s.stmts[q] = st
	}
	return nil
}

func (s *Store) closeStmts() {
	for _, st := range s.stmts {
		st.Close()
	}
}

// bind returns the prepared statements for use in tx.
func (s *Store) bind(ctx context.Context, tx *sql.Tx) *txStmts {
	return &txStmts{ctx: ctx, tx: tx, store: s.stmts, bound: map[string]*sql.Stmt{}}
}

// txStmts binds the prepared statements to one transaction, each on first use.
type txStmts struct {
	ctx   context.Context
	tx    *sql.Tx
	store map[string]*sql.Stmt
	bound map[string]*sql.Stmt
}

func (t *txStmts) stmt(q string) *sql.Stmt {
	if st, ok := t.bound[q]; ok {
		return st
	}
	parent, ok := t.store[q]
	if !ok {
		return nil
	}
	st := t.tx.StmtContext(t.ctx, parent)
	t.bound[q] = st
	return st
}

func (t *txStmts) exec(q string, args ...any) (sql.Result, error) {
	if st := t.stmt(q); st != nil {
		return st.ExecContext(t.ctx, args...)
	}
	return t.tx.ExecContext(t.ctx, q, args...)
}

func (t *txStmts) queryRow(q string, args ...any) *sql.Row {
	if st := t.stmt(q); st != nil {
		return st.QueryRowContext(t.ctx, args...)
	}
	return t.tx.QueryRowContext(t.ctx, q, args...)
}

func (t *txStmts) query(q string, args ...any) (*sql.Rows, error) {
	if st := t.stmt(q); st != nil {
		return st.QueryContext(t.ctx, args...)
	}
	return t.tx.QueryContext(t.ctx, q, args...)
}
