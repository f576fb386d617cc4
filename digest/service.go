package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	netmail "net/mail"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

// ResendEmptyAfter is how long Send waits before sending a digest with
// nothing new again: re-running `billwatch digest --send` repeats nothing,
// while a quiet week still gets its one-line "no changes" message.
const ResendEmptyAfter = 6 * 24 * time.Hour

// Service builds, sends and records digests.
type Service struct {
	Store      *store.Store
	Watchlists *watchlist.Set
	Settings   Settings
	Transport  Transport        // nil: SMTP from Settings.SMTP, made on first use
	Hearings   UpcomingHearings // nil until hearings exist
	Now        func() time.Time // nil: time.Now
	Log        *slog.Logger     // nil: slog.Default()

	tmpl *Templates
}

// Request says what Send (and Preview) do.
type Request struct {
	Watchlists []string  // none: every watchlist
	To         string    // replaces each watchlist's recipients
	Since      time.Time // one-off window instead of the cursor; never moves it
	DryRun     bool      // build and report; connect to nothing, record nothing
	force      bool      // send even when there is nothing new (SendDue)
}

// Result is what happened for one watchlist and recipient.
type Result struct {
	Watchlist string
	Recipient string
	Status    string // StatusSent, StatusSkipped, StatusFailed or StatusDryRun
	Reason    string // why skipped or failed, for people
	Subject   string
	FromID    int64
	ToID      int64
	MessageID string
	Message   *Message // nil when skipped before composing
	Err       error
}

// Result statuses.
const (
	StatusSent    = "sent"
	StatusSkipped = "skipped"
	StatusFailed  = "failed"
	StatusDryRun  = "dry-run"
)

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func (s *Service) templates() (*Templates, error) {
	if s.tmpl == nil {
		t, err := LoadTemplates(s.Settings.Templates)
		if err != nil {
			return nil, err
		}
		s.tmpl = t
	}
	return s.tmpl, nil
}

// window is the cursor of a recipient, or the first-digest window.
func (s *Service) window(ctx context.Context, w, recipient string, since time.Time) (Window, error) {
	if !since.IsZero() {
		return Window{Since: since}, nil
	}
	last, err := s.Store.DigestCursor(ctx, w, recipient)
	if err == nil {
		return Window{AfterID: last.ToChangeID, SentAt: last.SentAt}, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return Window{}, err
	}
	start := s.now().Add(-DefaultFirstWindow)
	after, err := s.Store.ChangeIDBefore(ctx, start)
	if err != nil {
		return Window{}, err
	}
	return Window{AfterID: after, SentAt: start, First: true}, nil
}

// Prepare builds, renders and composes the digest of one watchlist for one
// recipient, from their cursor (or since, for a one-off).
func (s *Service) Prepare(ctx context.Context, w *watchlist.Watchlist, recipient string, since time.Time) (*Message, Window, error) {
	addr, err := netmail.ParseAddress(recipient)
	if err != nil {
		return nil, Window{}, fmt.Errorf("%w: recipient %q of %s: %v", ErrBadHeader, recipient, w.Name, err)
	}
	recipient = addr.Address // cursors are keyed by the bare address
	win, err := s.window(ctx, w.Name, recipient, since)
	if err != nil {
		return nil, win, fmt.Errorf("digest %s for %s: %w", w.Name, recipient, err)
	}
	d, err := Build(ctx, s.Store, w, win, Options{BaseURL: s.Settings.BaseURL, Now: s.now(), StaleAfter: s.Settings.StaleAfter,
		Sources: s.Settings.Sources, Hearings: s.Hearings})
	if err != nil {
		return nil, win, err
	}
	unsub := unsubscribeURIs(s.Settings.ListUnsubscribe, w.Name, recipient)
	d.Unsubscribe = preferredUnsubscribe(unsub)
	t, err := s.templates()
	if err != nil {
		return nil, win, err
	}
	r, d, err := t.RenderFit(d, Budget)
	if err != nil {
		return nil, win, err
	}
	m, err := Compose(d, r, Envelope{From: s.Settings.From, To: recipient, Date: s.now(), Domain: s.Settings.Domain, ListUnsubscribe: unsub})
	return m, win, err
}

func preferredUnsubscribe(uris []string) string {
	for _, u := range uris {
		if strings.HasPrefix(u, "https:") {
			return u
		}
	}
	if len(uris) > 0 {
		return uris[0]
	}
	return ""
}

// Preview composes one message per selected watchlist, for --to or the
// watchlist's first recipient (or a placeholder address), without sending
// or recording anything.
func (s *Service) Preview(ctx context.Context, req Request) ([]*Message, error) {
	lists, err := s.selected(req.Watchlists)
	if err != nil {
		return nil, err
	}
	var out []*Message
	for _, w := range lists {
		to := req.To
		if to == "" && len(w.Recipients) > 0 {
			to = w.Recipients[0]
		}
		if to == "" {
			to = "recipient@example.invalid"
		}
		m, _, err := s.Prepare(ctx, w, to, req.Since)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func (s *Service) selected(names []string) ([]*watchlist.Watchlist, error) {
	set, err := s.Watchlists.Select(names...)
	if err != nil {
		return nil, err
	}
	return set.Watchlists(), nil
}
