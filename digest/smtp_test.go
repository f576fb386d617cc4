package digest

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

var recipients = []string{"ana@example.org", "Bo Example <bo@example.org>"}

func testWatchlists(t testing.TB, title string) *watchlist.Set {
	t.Helper()
	set, err := watchlist.NewSet(watchlist.Watchlist{Name: "dmv-data", Title: title, Any: []string{"privilege card"}, Recipients: recipients})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func newService(t testing.TB, f *fixture, ms *mailServer, set *watchlist.Set, mode string) *Service {
	t.Helper()
	s := Settings{BaseURL: "https://billwatch.example.org", From: "billwatch <digest@billwatch.example.org>", Domain: "billwatch.example.org",
		ListUnsubscribe: "mailto:unsubscribe@billwatch.example.org?subject={watchlist}, https://billwatch.example.org/unsubscribe?list={watchlist}&to={recipient}",
		StaleAfter:      DefaultStaleAfter, Day: time.Monday, Hour: 8, Location: time.UTC}
	if ms != nil {
		s.SMTP = ms.smtpConfig(mode)
	}
	return &Service{Store: f.st, Watchlists: set, Settings: s, Now: func() time.Time { return f.now },
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

func statuses(rs []Result) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Status)
	}
	return strings.Join(out, ",")
}

func TestSendOverSTARTTLSWithAuthAndNothingTwice(t *testing.T) {
	ms := newMailServer(t, false)
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, ms, testWatchlists(t, "DMV data"), TLSStartTLS)
	ctx := context.Background()

	rs, err := svc.Send(ctx, Request{})
	if err != nil {
		t.Fatal(err)
	}
	if statuses(rs) != "sent,sent" {
		t.Fatalf("results %s: %+v", statuses(rs), rs)
	}
	got := ms.messages()
	if len(got) != 2 {
		t.Fatalf("server got %d messages", len(got))
	}
	last, _ := f.st.LastChangeID(ctx)
	for i, m := range got {
		want := []string{"ana@example.org", "bo@example.org"}[i]
		if !m.TLS || m.Auth != testUser || m.From != "digest@billwatch.example.org" || len(m.To) != 1 || m.To[0] != want {
			t.Errorf("envelope %d: tls=%v auth=%q from=%q to=%v", i, m.TLS, m.Auth, m.From, m.To)
		}
		p := parseMessage(t, m.Data)
		checkHeaders(t, p, want)
		if s := decodedSubject(t, p.Header); s != rs[i].Subject || !strings.HasPrefix(s, "DMV data: 1 bill moved, 1 new bill") {
			t.Errorf("subject %q", s)
		}
		if u := p.Header.Get("List-Unsubscribe"); !strings.Contains(u, "<mailto:unsubscribe@billwatch.example.org?subject=dmv-data>") ||
			!strings.Contains(u, "to="+strings.ReplaceAll(want, "@", "%40")+">") {
			t.Errorf("List-Unsubscribe %q", u)
		}
		for _, l := range htmlLinks(t, p.HTML) {
			if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "mailto:") {
				t.Errorf("HTML link %q is not absolute", l)
			}
		}
		for _, want := range []string{"BILLS THAT MOVED", "https://billwatch.example.org/bills/vt/2026/H.351", "{+driver's+}"} {
			if !strings.Contains(p.Text, want) {
				t.Errorf("text part lacks %q", want)
			}
		}
		cur, err := f.st.DigestCursor(ctx, "dmv-data", want)
		if err != nil || cur.ToChangeID != last || cur.MessageID != rs[i].MessageID || !cur.Advances {
			t.Errorf("cursor of %s = %+v, %v", want, cur, err)
		}
	}

	// Re-running sends nothing: nothing new since the digest just sent.
	f.at(buildTime.Add(time.Minute))
	rs, err = svc.Send(ctx, Request{})
	if err != nil || statuses(rs) != "skipped,skipped" || len(ms.messages()) != 2 {
		t.Fatalf("re-run: %s (%d on server), %v", statuses(rs), len(ms.messages()), err)
	}

	// A new change is sent once, and only it.
	f.at(buildTime.Add(time.Hour))
	b := h351()
	b.Actions = append(b.Actions, bill.Action{Date: "2026-03-09", Chamber: "lower", Text: "Read third time and passed", Classification: []string{"passage"}})
	f.apply(b, nil, dmvMatch(`"privilege card" in title`))
	newest, _ := f.st.LastChangeID(ctx)
	rs, err = svc.Send(ctx, Request{To: "ana@example.org"})
	if err != nil || statuses(rs) != "sent" || rs[0].FromID != last || rs[0].ToID != newest || newest <= last {
		t.Fatalf("after a change: %+v, %v", rs, err)
	}
	if !strings.HasPrefix(rs[0].Subject, "DMV data: 1 bill moved") || strings.Contains(rs[0].Subject, "new bill") {
		t.Errorf("subject %q", rs[0].Subject)
	}
}

func TestSendOverImplicitTLS(t *testing.T) {
	ms := newMailServer(t, true)
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, ms, testWatchlists(t, "DMV data"), TLSImplicit)
	rs, err := svc.Send(context.Background(), Request{To: "cy@example.org"})
	if err != nil || statuses(rs) != "sent" {
		t.Fatalf("%+v %v", rs, err)
	}
	if got := ms.messages(); len(got) != 1 || !got[0].TLS {
		t.Fatalf("server got %+v", got)
	}
}

func TestRejectedSendRecordsNothingAndIsRetried(t *testing.T) {
	ms := newMailServer(t, false)
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, ms, testWatchlists(t, "DMV data"), TLSStartTLS)
	ctx := context.Background()

	ms.setRejectAll(true)
	rs, err := svc.Send(ctx, Request{})
	if err != nil || statuses(rs) != "failed,failed" || !strings.Contains(rs[0].Err.Error(), "554") {
		t.Fatalf("rejected: %+v, %v", rs, err)
	}
	if sends, _ := f.st.DigestSends(ctx, "", 10); len(sends) != 0 {
		t.Fatalf("a rejected send was recorded: %+v", sends)
	}
	first := rs

	// The next run sends the same changes, under the same Message-IDs.
	ms.setRejectAll(false)
	f.at(buildTime.Add(time.Hour))
	rs, err = svc.Send(ctx, Request{})
	if err != nil || statuses(rs) != "sent,sent" {
		t.Fatalf("retry: %+v, %v", rs, err)
	}
	for i := range rs {
		if rs[i].FromID != first[i].FromID || rs[i].ToID != first[i].ToID || rs[i].MessageID != first[i].MessageID || rs[i].Subject != first[i].Subject {
			t.Errorf("retry %d covers %d..%d %s, first attempt %d..%d %s", i, rs[i].FromID, rs[i].ToID, rs[i].MessageID,
				first[i].FromID, first[i].ToID, first[i].MessageID)
		}
	}

	// One refused recipient does not stop the others.
	ms.rejectTo["bo@example.org"] = true
	f.at(buildTime.Add(2 * time.Hour))
	f.apply(h351(), nil, store.Match{Watchlist: "dmv-data", Matched: false})
	rs, _ = svc.Send(ctx, Request{})
	if statuses(rs) != "sent,failed" {
		t.Errorf("one refused recipient: %s", statuses(rs))
	}
}

func TestWrongPasswordSendsAndRecordsNothing(t *testing.T) {
	ms := newMailServer(t, false)
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, ms, testWatchlists(t, "DMV data"), TLSStartTLS)
	svc.Settings.SMTP.Password = "wrong"
	rs, err := svc.Send(context.Background(), Request{To: "ana@example.org"})
	if err != nil || statuses(rs) != "failed" || len(ms.messages()) != 0 {
		t.Fatalf("%+v %v", rs, err)
	}
	if strings.Contains(rs[0].Err.Error(), "wrong") {
		t.Errorf("the error shows the password: %v", rs[0].Err)
	}
	if _, err := f.st.DigestCursor(context.Background(), "dmv-data", "ana@example.org"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("cursor after a failed login: %v", err)
	}
}

func TestDryRunConnectsToNothing(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, nil, testWatchlists(t, "DMV data"), "")
	svc.Settings.SMTP = SMTPConfig{Host: "192.0.2.1"} // TEST-NET: never reached
	rs, err := svc.Send(context.Background(), Request{DryRun: true})
	if err != nil || statuses(rs) != "dry-run,dry-run" || rs[0].ToID == 0 {
		t.Fatalf("%+v %v", rs, err)
	}
	if sends, _ := f.st.DigestSends(context.Background(), "", 10); len(sends) != 0 {
		t.Errorf("dry run recorded %+v", sends)
	}
}

func TestSendWithoutSMTPHostFailsEveryRecipient(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	svc := newService(t, f, nil, testWatchlists(t, "DMV data"), "")
	rs, err := svc.Send(context.Background(), Request{})
	if err == nil || statuses(rs) != "failed,failed" || !strings.Contains(err.Error(), "smtp_host") {
		t.Fatalf("%+v %v", rs, err)
	}
}
