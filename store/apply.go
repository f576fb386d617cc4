package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// applier carries one observation's transaction state.
type applier struct {
	*txStmts
	obs *Observation
	id  string
	res ApplyResult
	// written records the versions (URL → id), texts and watchlist results
	// this observation inserted: for a new bill they are all that is stored,
	// so lookups of anything else are skipped.
	written map[string]int64
	// seenAt and runID are the observation's time and run as bound to every
	// row it writes, formatted once rather than per row.
	seenAt string
	runID  any
}

func (a *applier) wrote(kind, key string, id int64) {
	if a.written == nil {
		a.written = map[string]int64{}
	}
	a.written[kind+"\x00"+key] = id
}

// ApplyObservation records one bill observation: new metadata revisions, new
// and vanished actions, new versions and texts, watchlist flips and validators,
// each with its change-log row. Applying the same observation twice writes nothing.
func (s *Store) ApplyObservation(ctx context.Context, obs Observation) (ApplyResult, error) {
	rs, err := s.ApplyObservations(ctx, []Observation{obs})
	if err != nil {
		return ApplyResult{}, err
	}
	return rs[0], nil
}

// ApplyObservations applies observations in order in one transaction, with
// exactly the rows and change-log entries that applying them one by one
// would write. It is for bulk work (imports, backfills): it never waits on
// the network, so callers must have fetched everything first. On error
// nothing of the batch is written and the error names the bill that failed.
func (s *Store) ApplyObservations(ctx context.Context, obs []Observation) ([]ApplyResult, error) {
	for i := range obs {
		if b := &obs[i].Bill; b.Jurisdiction == "" || b.Session == "" || b.Identifier == "" {
			return nil, fmt.Errorf("apply observation: bill lacks jurisdiction, session or identifier: %q %q %q", b.Jurisdiction, b.Session, b.Identifier)
		}
	}
	out := make([]ApplyResult, len(obs))
	err := s.withBulkCache(ctx, len(obs), func() error {
		return s.withTx(ctx, func(tx *sql.Tx) error { return s.applyAll(ctx, tx, obs, out) })
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// applyAll applies obs in tx, storing each result in out.
func (s *Store) applyAll(ctx context.Context, tx *sql.Tx, obs []Observation, out []ApplyResult) error {
	st := s.bind(ctx, tx)
	for i := range obs {
		o := obs[i] // SeenAt defaults on a copy: the caller's slice is not modified
		if o.SeenAt.IsZero() {
			o.SeenAt = s.now()
		}
		a := &applier{txStmts: st, obs: &o, id: o.Bill.ID(), seenAt: ts(o.SeenAt), runID: nullID(o.RunID)}
		if err := a.apply(); err != nil {
			return fmt.Errorf("apply %s: %w", a.id, err)
		}
		out[i] = a.res
	}
	return nil
}

func (a *applier) apply() error {
	for _, step := range []func() error{a.bill, a.actions, a.versions, a.matches, a.cache} {
		if err := step(); err != nil {
			return err
		}
	}
	// A new bill's last_changed was set to SeenAt when it was inserted.
	if len(a.res.Changes) > 0 && !a.res.New {
		if _, err := a.txStmts.exec(sqlTouchBill, a.seenAt, a.id); err != nil {
			return fmt.Errorf("bill %s: touch: %w", a.id, err)
		}
	}
	return nil
}

// exec runs a statement that writes one history row and counts it.
func (a *applier) exec(query string, args ...any) (sql.Result, error) {
	a.res.Rows++
	return a.txStmts.exec(query, args...)
}

// change appends a change-log row.
func (a *applier) change(kind, summary string, details any) error {
	d := "{}"
	if details != nil {
		d = mustJSON(details)
	}
	return a.changeJSON(kind, summary, d)
}

// changeJSON appends a change-log row whose details are already encoded.
func (a *applier) changeJSON(kind, summary, d string) error {
	a.res.Rows++
	id, err := a.txStmts.insertChange(a.id, a.obs.Bill.Jurisdiction, kind, summary, d, a.seenAt, a.runID)
	if err != nil {
		return fmt.Errorf("record %s change: %w", kind, err)
	}
	a.res.Changes = append(a.res.Changes, Change{ID: id, BillID: a.id, Jurisdiction: a.obs.Bill.Jurisdiction, Kind: kind,
		Summary: summary, Details: json.RawMessage(d), SeenAt: a.obs.SeenAt, RunID: a.obs.RunID})
	return nil
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
