package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
)

// DigestSend is one digest email that the SMTP server accepted.
type DigestSend struct {
	ID           int64     `json:"id"`
	Watchlist    string    `json:"watchlist"`
	Recipient    string    `json:"recipient"`
	FromChangeID int64     `json:"from_change_id"` // exclusive
	ToChangeID   int64     `json:"to_change_id"`   // inclusive
	SentAt       time.Time `json:"sent_at"`
	MessageID    string    `json:"message_id"`
	// Advances is false for a one-off digest (an explicit --since) that is
	// recorded for the history but must not move the recipient's cursor.
	Advances bool `json:"advances"`
}

// RecordDigestSend stores an accepted digest. Call it only after the server
// accepted the message: a row is what stops the next run from sending the
// same changes again.
func (s *Store) RecordDigestSend(ctx context.Context, d DigestSend) (int64, error) {
	if d.Watchlist == "" || d.Recipient == "" {
		return 0, fmt.Errorf("record digest send: watchlist and recipient are required")
	}
	if d.ToChangeID < d.FromChangeID {
		return 0, fmt.Errorf("record digest send: change range %d..%d is reversed", d.FromChangeID, d.ToChangeID)
	}
	if d.SentAt.IsZero() {
		d.SentAt = s.now()
	}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, `INSERT INTO digest_sends (watchlist, recipient, from_change_id, to_change_id, sent_at, message_id, advances)
			VALUES (?,?,?,?,?,?,?)`, d.Watchlist, digestRecipient(d.Recipient), d.FromChangeID, d.ToChangeID, ts(d.SentAt), d.MessageID, d.Advances)
		if err != nil {
			return fmt.Errorf("record digest send to %s: %w", d.Recipient, err)
		}
		id, err = r.LastInsertId()
		return err
	})
	return id, err
}

// DigestCursor returns the send that holds a recipient's cursor for a
// watchlist (the highest to_change_id among sends that advance it), or
// ErrNotFound when nothing was ever sent to them.
func (s *Store) DigestCursor(ctx context.Context, watchlist, recipient string) (DigestSend, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+digestCols+` FROM digest_sends WHERE watchlist = ? AND recipient = ? AND advances
		ORDER BY to_change_id DESC, id DESC LIMIT 1`, watchlist, digestRecipient(recipient))
	d, err := scanDigestSend(row)
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrNotFound
	}
	if err != nil {
		return d, fmt.Errorf("load digest cursor of %s for %s: %w", recipient, watchlist, err)
	}
	return d, nil
}

// DigestSends lists the newest sends of a watchlist ("" for all), newest first.
func (s *Store) DigestSends(ctx context.Context, watchlist string, limit int) ([]DigestSend, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+digestCols+` FROM digest_sends WHERE (? = '' OR watchlist = ?)
		ORDER BY id DESC LIMIT ?`, watchlist, watchlist, limit)
	if err != nil {
		return nil, fmt.Errorf("list digest sends: %w", err)
	}
	defer rows.Close()
	var out []DigestSend
	for rows.Next() {
		d, err := scanDigestSend(rows)
		if err != nil {
			return nil, fmt.Errorf("scan digest send: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// ChangeIDBefore is the newest change id seen before t (0 when none): the
// cursor a first digest starts from, so that it covers a recent window
// rather than the whole history.
func (s *Store) ChangeIDBefore(ctx context.Context, t time.Time) (int64, error) {
	var id int64
	err := s.r.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM changes WHERE seen_at < ?`, ts(t)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("find change before %s: %w", ts(t), err)
	}
	return id, nil
}

// RunSources lists every source that has a recorded run, sorted.
func (s *Store) RunSources(ctx context.Context) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT source FROM runs ORDER BY source`)
	if err != nil {
		return nil, fmt.Errorf("list run sources: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			return nil, fmt.Errorf("scan run source: %w", err)
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

const digestCols = `id, watchlist, recipient, from_change_id, to_change_id, sent_at, message_id, advances`

func scanDigestSend(sc interface{ Scan(...any) error }) (DigestSend, error) {
	var d DigestSend
	var sent string
	if err := sc.Scan(&d.ID, &d.Watchlist, &d.Recipient, &d.FromChangeID, &d.ToChangeID, &sent, &d.MessageID, &d.Advances); err != nil {
		return d, err
	}
	d.SentAt, _ = time.Parse(time.RFC3339Nano, sent)
	return d, nil
}

// digestRecipient keys cursors by bare, lower-cased address so that
// "Ana <Ana@Example.org>" and "ana@example.org" share one. The store owns the
// key, so every caller (the sender records what it sent to; `watch` asks with
// the address as written in the watchlist) gets the same one. Text that is
// not an address is keyed as it is, lower-cased: the cursor still works for
// whoever spells it the same way.
func digestRecipient(addr string) string {
	if a, err := mail.ParseAddress(addr); err == nil {
		return strings.ToLower(a.Address)
	}
	return strings.ToLower(strings.TrimSpace(addr))
}
