package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/billwatch/billwatch/digest"
)

// DigestCmd builds the weekly digest email, and sends it with --send.
type DigestCmd struct {
	Watchlist []string `help:"Only these watchlists (repeat the flag or separate with commas); default all." short:"w"`
	Since     string   `help:"One-off: changes seen since 7d, 2w or 2026-01-01 instead of since each recipient's last digest. Never moves the cursor."`
	To        string   `help:"Send to (or preview for) this address instead of the watchlists' recipients."`
	Out       string   `help:"Write the message as an .eml file ('-' for standard output); with several messages each name gets -<watchlist>-<recipient>."`
	Send      bool     `help:"Send by SMTP ([digest] in the config; password from BILLWATCH_SMTP_PASSWORD) and record each message the server accepts."`
	DryRun    bool     `help:"With --send: say what would be sent to whom, covering which changes; connect to nothing, record nothing." name:"dry-run"`
}

// DigestService builds the digest service on the open store and config;
// `watch` calls its SendDue on every tick.
func (a *App) DigestService() (*digest.Service, error) {
	st, err := a.Store()
	if err != nil {
		return nil, err
	}
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	wl, err := a.Watchlists()
	if err != nil {
		return nil, err
	}
	settings, err := digest.SettingsFromConfig(cfg, os.Getenv)
	if err != nil {
		return nil, err
	}
	return &digest.Service{Store: st, Watchlists: wl, Settings: settings, Log: slog.Default()}, nil
}

// Run previews (default) or sends.
func (c *DigestCmd) Run(a *App) error {
	since, err := parseSince(c.Since, time.Now())
	if err != nil {
		return err
	}
	svc, err := a.DigestService()
	if err != nil {
		return err
	}
	req := digest.Request{Watchlists: trimList(c.Watchlist), To: c.To, Since: since, DryRun: c.DryRun}
	if !c.Send {
		msgs, err := svc.Preview(a.ctx, req)
		if err != nil {
			return err
		}
		return c.show(a, msgs)
	}
	results, err := svc.Send(a.ctx, req)
	var failed int
	for _, r := range results {
		line := fmt.Sprintf("%-8s %s → %s", r.Status, r.Watchlist, orDash(r.Recipient))
		if r.Subject != "" {
			line += fmt.Sprintf(": %q (changes after #%d up to #%d)", r.Subject, r.FromID, r.ToID)
		}
		if r.Reason != "" {
			line += " — " + r.Reason
		}
		fmt.Fprintln(a.out, line)
		if r.Status == digest.StatusFailed {
			failed++
			fmt.Fprintln(a.errOut, "   ", r.Err)
		}
	}
	if err != nil {
		return err
	}
	if c.Out != "" {
		var msgs []*digest.Message
		for _, r := range results {
			if r.Message != nil {
				msgs = append(msgs, r.Message)
			}
		}
		if err := c.writeEML(a, msgs); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d digest(s) not sent", failed)
	}
	return nil
}

// show prints the plain-text part of each preview, or writes .eml files.
func (c *DigestCmd) show(a *App, msgs []*digest.Message) error {
	if c.Out != "" {
		return c.writeEML(a, msgs)
	}
	for i, m := range msgs {
		if i > 0 {
			fmt.Fprintln(a.out, strings.Repeat("=", 72))
		}
		fmt.Fprintf(a.out, "To: %s\nSubject: %s\nMessage-ID: <%s>\n\n%s", m.To, m.Rendered.Subject, m.ID, m.Rendered.Text)
	}
	fmt.Fprintln(a.errOut, "(preview only: nothing sent or recorded; use --send to send, --out FILE.eml for the whole message)")
	return nil
}

func (c *DigestCmd) writeEML(a *App, msgs []*digest.Message) error {
	if len(msgs) == 0 {
		return errors.New("no message to write")
	}
	for _, m := range msgs {
		if c.Out == "-" {
			if _, err := m.WriteTo(a.out); err != nil {
				return fmt.Errorf("write message: %w", err)
			}
			continue
		}
		name := c.Out
		if len(msgs) > 1 {
			ext := filepath.Ext(name)
			name = strings.TrimSuffix(name, ext) + "-" + m.Digest.Watchlist + "-" + m.To + ext
		}
		if err := a.writeOut(name, func(w io.Writer) error { _, err := m.WriteTo(w); return err }); err != nil {
			return fmt.Errorf("write message: %w", err)
		}
		fmt.Fprintf(a.errOut, "wrote %s (%s, to %s)\n", name, m.Rendered.Subject, m.To)
	}
	return nil
}

// trimList cleans a list flag: kong already splits "a,b" into items, but
// keeps the space of "a, b" and the empty item of "a,,b", which would name
// no watchlist.
func trimList(vals []string) []string {
	var out []string
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
