package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Run statuses.
const (
	RunRunning = "running"
	RunOK      = "ok"
	RunPartial = "partial" // finished, but some bills could not be fetched
	RunFailed  = "failed"
	RunAborted = "aborted" // the process died mid-run; found by the next run
)

// Run is the health record of one crawl of one source and session.
type Run struct {
	ID           int64      `json:"id"`
	Source       string     `json:"source"`
	Session      string     `json:"session"`
	StartedAt    time.Time  `json:"started_at"`
	FinishedAt   *time.Time `json:"finished_at,omitempty"`
	Status       string     `json:"status"`
	Requests     int64      `json:"requests"`
	Bytes        int64      `json:"bytes"`
	NotModified  int64      `json:"not_modified"`
	BillsSeen    int        `json:"bills_seen"`
	BillsChanged int        `json:"bills_changed"`
	Changes      int        `json:"changes"`
	RowsWritten  int        `json:"rows_written"`
	Errors       []string   `json:"errors"`
	Message      string     `json:"message,omitempty"`
}

// StartRun records a new running run. Runs of the same source left "running"
// by a process that died are marked aborted first.
func (s *Store) StartRun(ctx context.Context, source, session string) (int64, error) {
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		now := ts(s.now())
		if _, err := tx.ExecContext(ctx, `UPDATE runs SET status = ?, finished_at = ?, message = 'process ended before the run finished'
			WHERE source = ? AND status = ?`, RunAborted, now, source, RunRunning); err != nil {
			return fmt.Errorf("mark aborted runs: %w", err)
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO runs (source, session, started_at, status) VALUES (?,?,?,?)`, source, session, now, RunRunning)
		if err != nil {
			return fmt.Errorf("insert run: %w", err)
		}
		id, err = r.LastInsertId()
		return err
	})
	return id, err
}

// FinishRun stores a run's final health. A failed run also writes a
// source_failed change so feeds and the digest never hide a broken scraper.
func (s *Store) FinishRun(ctx context.Context, r Run) error {
	errs := r.Errors
	if errs == nil {
		errs = []string{}
	}
	ej, _ := json.Marshal(errs)
	return s.withTx(ctx, func(tx *sql.Tx) error {
		now := s.now()
		if _, err := tx.ExecContext(ctx, `UPDATE runs SET finished_at = ?, status = ?, requests = ?, bytes = ?, not_modified = ?,
			bills_seen = ?, bills_changed = ?, changes = ?, rows_written = ?, errors = ?, message = ? WHERE id = ?`,
			ts(now), r.Status, r.Requests, r.Bytes, r.NotModified, r.BillsSeen, r.BillsChanged, r.Changes, r.RowsWritten, string(ej), r.Message, r.ID); err != nil {
			return fmt.Errorf("finish run %d: %w", r.ID, err)
		}
		if r.Status != RunFailed {
			return nil
		}
		summary := fmt.Sprintf("Source %s (session %s) failed: %s", r.Source, r.Session, r.Message)
		details := mustJSON(map[string]any{"session": r.Session, "message": r.Message, "errors": errs})
		if _, err := s.bind(ctx, tx).insertChange("", r.Source, KindSourceFailed, summary, details, ts(now), r.ID); err != nil {
			return fmt.Errorf("record source failure: %w", err)
		}
		return nil
	})
}

const runCols = `id, source, session, started_at, finished_at, status, requests, bytes, not_modified, bills_seen, bills_changed, changes, rows_written, errors, message`

func scanRun(sc interface{ Scan(...any) error }) (Run, error) {
	var r Run
	var started string
	var finished sql.NullString
	var errs string
	if err := sc.Scan(&r.ID, &r.Source, &r.Session, &started, &finished, &r.Status, &r.Requests, &r.Bytes, &r.NotModified,
		&r.BillsSeen, &r.BillsChanged, &r.Changes, &r.RowsWritten, &errs, &r.Message); err != nil {
		return r, err
	}
	r.StartedAt, _ = time.Parse(time.RFC3339Nano, started)
	if finished.Valid {
		t, _ := time.Parse(time.RFC3339Nano, finished.String)
		r.FinishedAt = &t
	}
	_ = json.Unmarshal([]byte(errs), &r.Errors)
	return r, nil
}

// LastRun returns the newest run of a source (any session when session is ""), or ErrNotFound.
func (s *Store) LastRun(ctx context.Context, source, session string, statuses ...string) (Run, error) {
	q := `SELECT ` + runCols + ` FROM runs WHERE source = ? AND (? = '' OR session = ?)`
	args := []any{source, session, session}
	if len(statuses) > 0 {
		q += ` AND status IN (` + placeholders(len(statuses)) + `)`
		for _, st := range statuses {
			args = append(args, st)
		}
	}
	r, err := scanRun(s.r.QueryRowContext(ctx, q+` ORDER BY id DESC LIMIT 1`, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("load last run of %s: %w", source, err)
	}
	return r, nil
}

// Runs lists the newest runs, newest first.
func (s *Store) Runs(ctx context.Context, source string, limit int) ([]Run, error) {
	return s.queryRuns(ctx, `SELECT `+runCols+` FROM runs WHERE (? = '' OR source = ?) ORDER BY id DESC LIMIT ?`,
		source, source, limit)
}

// LatestRuns returns the newest run of each session of a source ("" for
// every source), ordered by source and session, however long ago it was.
func (s *Store) LatestRuns(ctx context.Context, source string) ([]Run, error) {
	return s.queryRuns(ctx, `SELECT `+runCols+` FROM runs WHERE id IN
		(SELECT max(id) FROM runs WHERE (? = '' OR source = ?) GROUP BY source, session)
		ORDER BY source, session`, source, source)
}

func (s *Store) queryRuns(ctx context.Context, q string, args ...any) ([]Run, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list runs: %w", err)
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, fmt.Errorf("scan run: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// placeholders is "?,?,…,?" with n marks.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}
