// Package store keeps billwatch's history in SQLite: bills, every version's
// text, every action, watchlist results and the change log. All SQL lives in
// this package. Writes go through one connection in BEGIN IMMEDIATE
// transactions; reads use a separate read-only pool, so readers never block on
// the writer in WAL mode.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// ErrNotFound is returned when a bill, version or run does not exist.
var ErrNotFound = errors.New("not found")

// ErrNoFTS5 means the binary was built without the sqlite_fts5 build tag.
var ErrNoFTS5 = errors.New("this billwatch binary was built without SQLite FTS5: build it with `make build` (or `go build -tags sqlite_fts5 ./cmd/billwatch`)")

// Store is an open billwatch database.
type Store struct {
	path string
	w    *sql.DB // exactly one connection: the only writer
	r    *sql.DB // read-only pool
	now  func() time.Time
	// stmts are the apply statements, prepared on w (see stmts.go).
	stmts map[string]*sql.Stmt
}

// Open opens (creating if needed) the database at path and applies migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database directory: %w", err)
		}
	}
	w, err := sql.Open("sqlite3", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	// Before migrating: the schema needs FTS5, and a binary without it
	// should say how to fix that rather than fail on CREATE VIRTUAL TABLE.
	if err := checkFTS5(ctx, w); err != nil {
		w.Close()
		return nil, err
	}
	s := &Store{path: path, w: w, now: func() time.Time { return time.Now().UTC() }}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	if err := s.prepare(ctx); err != nil {
		s.closeStmts()
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite3", dsn(path, true))
	if err != nil {
		s.closeStmts()
		w.Close()
		return nil, fmt.Errorf("open %s for reading: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	s.r = r
	return s, nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	if readOnly {
		q.Set("_query_only", "true")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// checkFTS5 fails early, with the fix in the message, when FTS5 is missing.
// It asks the writer's own connection: the compile options are the linked
// library's, so any connection answers, and every command opens this one anyway.
func checkFTS5(ctx context.Context, w *sql.DB) error {
	var used int
	if err := w.QueryRowContext(ctx, `SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		return fmt.Errorf("check sqlite compile options: %w", err)
	}
	if used == 0 {
		return ErrNoFTS5
	}
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// DB exposes the read-only pool for tools that run plain SQL (the CLI's export).
func (s *Store) DB() *sql.DB { return s.r }

// SetClock replaces the clock (tests and the demo use a fixed one).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Close checkpoints the WAL and closes both pools.
func (s *Store) Close() error {
	s.closeStmts()
	_, _ = s.w.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return errors.Join(s.r.Close(), s.w.Close())
}

// withTx runs fn in one BEGIN IMMEDIATE transaction on the writer.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// IsFTSSyntax reports whether err is an FTS5 query syntax error.
func IsFTSSyntax(err error) bool {
	var se sqlite3.Error
	if !errors.As(err, &se) || se.Code != sqlite3.ErrError {
		return false
	}
	msg := se.Error()
	for _, m := range []string{"fts5", "syntax error", "unterminated", "no such column", "unknown special query"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
