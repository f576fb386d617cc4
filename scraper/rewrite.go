package scraper

// Where a request really goes: the official URL the store keeps is rewritten
// to the address contacted (a local mirror in tests and the demo) and given
// the host's API key, which must never reach the store or the logs.

import (
	"fmt"
	"net/url"
	"strings"
)

// AddQuery adds a parameter (an API key) to every request this fetcher sends
// to host, and to no other host: a key for one API must not travel to a
// document server the same source links to. It is never part of a Response's
// URL, a validator's URL or an error message, so it never reaches the
// database or the logs.
func (f *Fetcher) AddQuery(host, name, value string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.query == nil {
		f.query = map[string]url.Values{}
	}
	if f.query[host] == nil {
		f.query[host] = url.Values{}
	}
	f.query[host].Set(name, value)
}

// rewrite maps an official URL to the address actually contacted.
func (f *Fetcher) rewrite(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("bad URL %q", rawURL)
	}
	f.mu.Lock()
	if add := f.query[u.Hostname()]; len(add) > 0 {
		q := u.Query()
		for k, vs := range add {
			q[k] = vs
		}
		u.RawQuery = q.Encode()
	}
	f.mu.Unlock()
	return f.rebase(u), nil
}

// rebase maps an official URL to the address actually contacted, adding nothing.
func (f *Fetcher) rebase(u *url.URL) string {
	base, ok := f.opt.Rewrite[u.Hostname()]
	if !ok {
		return u.String()
	}
	return strings.TrimSuffix(base, "/") + u.RequestURI()
}

// redact removes AddQuery values from an error message.
func (f *Fetcher) redact(err error) error {
	if err == nil || len(f.query) == 0 {
		return err
	}
	msg := err.Error()
	for _, q := range f.query {
		for _, vs := range q {
			for _, v := range vs {
				if v != "" {
					msg = strings.ReplaceAll(msg, url.QueryEscape(v), "REDACTED")
					msg = strings.ReplaceAll(msg, v, "REDACTED")
				}
			}
		}
	}
	if msg == err.Error() {
		return err
	}
	return &redactedError{msg: msg, err: err}
}

// redactedError keeps errors.Is working while hiding secrets in its text.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }
