package digest

import (
	"fmt"
	netmail "net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/config"
)

// PasswordEnv holds the SMTP password; it is never read from the config
// file, printed or logged.
const PasswordEnv = "BILLWATCH_SMTP_PASSWORD"

// Settings are the digest's configuration.
type Settings struct {
	BaseURL         string
	From            string
	Domain          string // Message-ID and List-Id domain
	ListUnsubscribe string // comma-separated URIs with {watchlist} / {recipient}
	Templates       string // override directory
	StaleAfter      time.Duration
	Day             time.Weekday // when SendDue sends
	Hour            int
	Location        *time.Location
	SMTP            SMTPConfig
	Sources         []string // sources whose health is reported; nil: all that have run
}

// SettingsFromConfig reads the [digest] section (and base_url), with the
// SMTP password from getenv(PasswordEnv).
func SettingsFromConfig(c *config.Config, getenv func(string) string) (Settings, error) {
	d := c.Digest
	s := Settings{BaseURL: strings.TrimRight(c.BaseURL, "/"), From: d.From, ListUnsubscribe: d.ListUnsubscribe,
		Templates: d.Templates, Hour: d.Hour, Location: time.Local, Sources: c.Crawl.Sources,
		SMTP: SMTPConfig{Host: d.SMTPHost, Port: d.SMTPPort, TLS: d.TLS, Username: d.Username, Password: getenv(PasswordEnv)}}
	if s.From == "" {
		s.From = "billwatch <billwatch@localhost>"
	}
	if _, err := netmail.ParseAddress(s.From); err != nil {
		return s, fmt.Errorf("[digest] from %q: %w", s.From, err)
	}
	var err error
	if s.Day, err = parseWeekday(d.Day); err != nil {
		return s, err
	}
	if s.Hour < 0 || s.Hour > 23 {
		return s, fmt.Errorf("[digest] hour = %d: want 0-23", s.Hour)
	}
	if d.Timezone != "" {
		if s.Location, err = time.LoadLocation(d.Timezone); err != nil {
			return s, fmt.Errorf("[digest] timezone: %w", err)
		}
	}
	if s.StaleAfter, err = parseStaleAfter(d.StaleAfter); err != nil {
		return s, err
	}
	s.Domain = d.MessageIDDomain
	if s.Domain == "" {
		s.Domain = defaultDomain(s.BaseURL, s.From)
	}
	if !domainPattern.MatchString(s.Domain) {
		return s, fmt.Errorf("[digest] message_id_domain %q is not a domain name", s.Domain)
	}
	for _, u := range unsubscribeURIs(s.ListUnsubscribe, "w", "r@example.org") {
		if err := checkUnsubscribeURI(u); err != nil {
			return s, fmt.Errorf("[digest] list_unsubscribe: %w", err)
		}
	}
	return s, nil
}

func parseWeekday(s string) (time.Weekday, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return time.Monday, nil
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if s == name || s == name[:3] {
			return d, nil
		}
	}
	return 0, fmt.Errorf("[digest] day = %q: want a weekday such as \"monday\"", s)
}

func parseStaleAfter(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DefaultStaleAfter, nil
	}
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days > 0 {
			return time.Duration(days) * 24 * time.Hour, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("[digest] stale_after = %q: want a duration such as \"72h\" or \"3d\"", s)
	}
	return d, nil
}

// defaultDomain is the host of base_url, else the domain of the From address.
func defaultDomain(baseURL, from string) string {
	if u, err := url.Parse(baseURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	if a, err := netmail.ParseAddress(from); err == nil {
		if _, dom, ok := strings.Cut(a.Address, "@"); ok && domainPattern.MatchString(dom) {
			return dom
		}
	}
	return "billwatch.invalid"
}

// unsubscribeURIs splits the configured list and fills in the placeholders.
func unsubscribeURIs(list, watchlistName, recipient string) []string {
	var out []string
	for _, u := range strings.Split(list, ",") {
		u = strings.TrimSpace(u)
		if u == "" {
			continue
		}
		u = strings.ReplaceAll(u, "{watchlist}", url.QueryEscape(watchlistName))
		out = append(out, strings.ReplaceAll(u, "{recipient}", url.QueryEscape(recipient)))
	}
	return out
}
