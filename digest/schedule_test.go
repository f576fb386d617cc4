package digest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/config"
)

func TestLastSlot(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	cases := []struct {
		now  string
		loc  *time.Location
		want string
	}{
		{"2026-03-09T08:00:00Z", time.UTC, "2026-03-09T08:00:00Z"}, // Monday, on the hour
		{"2026-03-09T07:59:00Z", time.UTC, "2026-03-02T08:00:00Z"}, // a minute early: last week's
		{"2026-03-11T12:00:00Z", time.UTC, "2026-03-09T08:00:00Z"}, // Wednesday
		{"2026-03-09T12:30:00Z", ny, "2026-03-09T08:00:00-04:00"},  // 08:30 EDT (DST began 8 March)
		{"2026-03-09T11:30:00Z", ny, "2026-03-02T08:00:00-05:00"},  // 07:30 EDT: the week before, EST
	}
	for _, c := range cases {
		now, _ := time.Parse(time.RFC3339, c.now)
		got := LastSlot(now, time.Monday, 8, c.loc)
		want, _ := time.Parse(time.RFC3339, c.want)
		if !got.Equal(want) {
			t.Errorf("LastSlot(%s) = %s, want %s", c.now, got, want)
		}
	}
}

func TestSendDueSendsOncePerWeekEvenWhenQuiet(t *testing.T) {
	ms := newMailServer(t, false)
	f := newFixture(t)
	seedWeek(f)
	svc := newService(t, f, ms, testWatchlists(t, "DMV data"), TLSStartTLS)
	ctx := context.Background()

	// First tick: recipients who never got a digest are due at once.
	f.at(buildTime.Add(-time.Hour))
	rs, err := svc.SendDue(ctx)
	if err != nil || statuses(rs) != "sent,sent" {
		t.Fatalf("first tick: %+v %v", rs, err)
	}
	// The Monday 08:00 slot passes an hour later: due again, with nothing new.
	f.at(buildTime.Add(time.Minute))
	rs, err = svc.SendDue(ctx)
	if err != nil || statuses(rs) != "sent,sent" || !strings.Contains(rs[0].Subject, "no changes this week") {
		t.Fatalf("slot tick: %+v %v", rs, err)
	}
	// Later ticks in the same week do nothing.
	for _, later := range []time.Duration{time.Hour, 3 * 24 * time.Hour, 7*24*time.Hour - time.Minute} {
		f.at(buildTime.Add(later))
		if rs, err := svc.SendDue(ctx); err != nil || len(rs) != 0 {
			t.Fatalf("tick +%s: %+v %v", later, rs, err)
		}
	}
	if n := len(ms.messages()); n != 4 {
		t.Errorf("server got %d messages, want 4", n)
	}
	// A failed send stays due and is retried on the next tick.
	f.at(buildTime.Add(7 * 24 * time.Hour))
	ms.setRejectAll(true)
	if rs, _ := svc.SendDue(ctx); statuses(rs) != "failed,failed" {
		t.Fatalf("rejected tick: %s", statuses(rs))
	}
	ms.setRejectAll(false)
	f.at(buildTime.Add(7*24*time.Hour + time.Hour))
	if rs, _ := svc.SendDue(ctx); statuses(rs) != "sent,sent" {
		t.Fatalf("retry tick: %s", statuses(rs))
	}
}

func TestSettingsFromConfig(t *testing.T) {
	c := &config.Config{BaseURL: "https://bw.example.org/", Digest: config.Digest{From: "Billwatch <d@mail.example.org>", SMTPHost: "smtp.example.org",
		Username: "d", Day: "Thu", Hour: 7, StaleAfter: "2d", Timezone: "UTC", ListUnsubscribe: "mailto:u@example.org?subject={watchlist}"}}
	env := map[string]string{PasswordEnv: "s3cret"}
	s, err := SettingsFromConfig(c, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if s.Day != time.Thursday || s.Hour != 7 || s.StaleAfter != 48*time.Hour || s.Domain != "bw.example.org" || s.BaseURL != "https://bw.example.org" {
		t.Errorf("settings %+v", s)
	}
	if s.SMTP.Password != "s3cret" || strings.Contains(s.SMTP.String(), "s3cret") || s.SMTP.port() != 587 {
		t.Errorf("smtp %s", s.SMTP)
	}
	bad := []func(c *config.Config){
		func(c *config.Config) { c.Digest.Day = "someday" },
		func(c *config.Config) { c.Digest.Hour = 24 },
		func(c *config.Config) { c.Digest.StaleAfter = "soon" },
		func(c *config.Config) { c.Digest.From = "not an address" },
		func(c *config.Config) { c.Digest.ListUnsubscribe = "ftp://example.org/u" },
		func(c *config.Config) { c.Digest.MessageIDDomain = "bad domain" },
	}
	for i, mutate := range bad {
		cc := *c
		mutate(&cc)
		if _, err := SettingsFromConfig(&cc, func(string) string { return "" }); err == nil {
			t.Errorf("case %d: no error", i)
		}
	}
	if _, err := NewSMTP(SMTPConfig{Host: "smtp.example.org", TLS: TLSNone}); err == nil {
		t.Error(`tls = "none" to a remote host must be refused`)
	}
}
