package digest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// pending is one message on its way, with where its result goes.
type pending struct {
	msg *Message
	win Window
	res int // index in the results
}

// Send builds and sends the digests of the selected watchlists to their
// recipients (or req.To) now, whatever the schedule. A recipient with
// nothing new since a digest sent less than ResendEmptyAfter ago is
// skipped, so re-running sends nothing. Each accepted message is recorded
// with its change range; a rejected one records nothing and is retried, with
// the same changes, by the next run. The error is for problems that stop
// everything (an unknown watchlist, a broken template, an unusable SMTP
// configuration); per-recipient failures are in the results.
func (s *Service) Send(ctx context.Context, req Request) ([]Result, error) {
	if !req.DryRun {
		release, err := s.Store.LockDigestSends(ctx)
		if err != nil {
			return nil, err
		}
		defer release()
	}
	return s.send(ctx, req)
}

// send is Send for a caller that holds the digest-send lock.
func (s *Service) send(ctx context.Context, req Request) ([]Result, error) {
	lists, err := s.selected(req.Watchlists)
	if err != nil {
		return nil, err
	}
	var results []Result
	var batch []pending
	for _, w := range lists {
		recipients := w.Recipients
		if req.To != "" {
			recipients = []string{req.To}
		}
		if len(recipients) == 0 {
			results = append(results, Result{Watchlist: w.Name, Status: StatusSkipped, Reason: "no recipients: set recipients in the watchlist or pass --to"})
			continue
		}
		seen := map[string]bool{}
		for _, to := range recipients {
			if key := strings.ToLower(strings.TrimSpace(to)); seen[key] {
				continue // listed twice: one message, one cursor
			} else {
				seen[key] = true
			}
			r, p, err := s.prepareOne(ctx, w, to, req)
			if err != nil {
				return results, err
			}
			if p != nil {
				p.res = len(results)
				batch = append(batch, *p)
			}
			results = append(results, r)
		}
	}
	if len(batch) == 0 || req.DryRun {
		return results, nil
	}
	if err := s.deliver(ctx, batch, results, req); err != nil {
		return results, err
	}
	return results, nil
}

// prepareOne composes one recipient's digest and decides whether it goes.
func (s *Service) prepareOne(ctx context.Context, w *watchlist.Watchlist, to string, req Request) (Result, *pending, error) {
	r := Result{Watchlist: w.Name, Recipient: to}
	m, win, err := s.Prepare(ctx, w, to, req.Since)
	if errors.Is(err, ErrBadHeader) { // a bad address fails this recipient, not the run
		r.Status, r.Reason, r.Err = StatusFailed, err.Error(), err
		return r, nil, nil
	}
	if err != nil {
		return r, nil, err
	}
	d := m.Digest
	r.Subject, r.FromID, r.ToID, r.MessageID, r.Message, r.Recipient = m.Rendered.Subject, d.FromID, d.ToID, m.ID, m, m.To
	if !req.force && !d.OneOff && !d.First && !d.HasChanges() && s.now().Sub(win.SentAt) < ResendEmptyAfter {
		r.Status, r.Reason = StatusSkipped, "nothing new since the digest of "+d.Day(win.SentAt)
		return r, nil, nil
	}
	if req.DryRun {
		r.Status, r.Reason = StatusDryRun, "not sent (--dry-run)"
		return r, nil, nil
	}
	return r, &pending{msg: m, win: win}, nil
}

// deliver sends the batch over one connection and records what was accepted.
func (s *Service) deliver(ctx context.Context, batch []pending, results []Result, req Request) error {
	if s.Transport == nil {
		t, err := NewSMTP(s.Settings.SMTP)
		if err != nil {
			for _, p := range batch {
				results[p.res].Status, results[p.res].Err, results[p.res].Reason = StatusFailed, err, "not sent: the SMTP settings are unusable"
			}
			return err
		}
		s.Transport = t
	}
	msgs := make([]*Message, len(batch))
	for i, p := range batch {
		msgs[i] = p.msg
	}
	errs := s.Transport.Deliver(ctx, msgs)
	for i, p := range batch {
		r := &results[p.res]
		if errs[i] != nil {
			r.Status, r.Err, r.Reason = StatusFailed, errs[i], "the server did not accept it; the next run sends the same changes"
			s.log().Warn("digest not sent", "watchlist", r.Watchlist, "recipient", r.Recipient, "err", errs[i])
			continue
		}
		d := p.msg.Digest
		send := store.DigestSend{Watchlist: d.Watchlist, Recipient: p.msg.To, FromChangeID: d.FromID, ToChangeID: d.ToID,
			SentAt: s.now(), MessageID: p.msg.ID, Advances: !d.OneOff}
		// Record with a context that a cancelled run cannot interrupt: the
		// server already has the message.
		if _, err := s.Store.RecordDigestSend(context.WithoutCancel(ctx), send); err != nil {
			r.Status, r.Err = StatusFailed, err
			r.Reason = fmt.Sprintf("sent but not recorded: the next run re-sends it with the same Message-ID <%s>", p.msg.ID)
			s.log().Error("digest sent but not recorded", "watchlist", r.Watchlist, "recipient", r.Recipient, "message_id", p.msg.ID, "err", err)
			continue
		}
		r.Status = StatusSent
		s.log().Info("digest sent", "watchlist", r.Watchlist, "recipient", r.Recipient, "subject", r.Subject,
			"changes_after", d.FromID, "changes_upto", d.ToID, "message_id", p.msg.ID)
	}
	return nil
}

// SendDue is what `watch` calls on every tick (hourly is plenty): for each
// watchlist recipient whose last digest was sent before the most recent
// scheduled slot (Settings.Day at Settings.Hour, in Settings.Location), it
// sends the digest — also when nothing changed, so that a quiet week says
// so — and records it. A recipient who never got one is due at once. A
// failed send stays due and is retried on the next tick with the same
// changes. Results list only what was attempted.
func (s *Service) SendDue(ctx context.Context) ([]Result, error) {
	// The lock covers the due check too: a recipient found due must not have
	// been sent to by another process in between.
	release, err := s.Store.LockDigestSends(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	slot := LastSlot(s.now(), s.Settings.Day, s.Settings.Hour, s.Settings.Location)
	var due []Result
	for _, w := range s.Watchlists.Watchlists() {
		for _, to := range w.Recipients {
			last, err := s.Store.DigestCursor(ctx, w.Name, to)
			if err == nil && !last.SentAt.Before(slot) {
				continue
			}
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return due, err
			}
			res, err := s.send(ctx, Request{Watchlists: []string{w.Name}, To: to, force: true})
			due = append(due, res...)
			if err != nil {
				return due, err
			}
		}
	}
	return due, nil
}

// LastSlot is the most recent weekly send time at or before now: weekday
// day at hour:00 in loc (nil: UTC).
func LastSlot(now time.Time, day time.Weekday, hour int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	t := now.In(loc)
	slot := time.Date(t.Year(), t.Month(), t.Day(), hour, 0, 0, 0, loc)
	for slot.Weekday() != day || slot.After(t) {
		slot = time.Date(slot.Year(), slot.Month(), slot.Day()-1, hour, 0, 0, 0, loc)
	}
	return slot
}
