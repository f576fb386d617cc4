// Package replay serves recorded (or reconstructed) legislature responses
// over HTTP, for tests and the offline demo. A site is a file tree of URL
// paths, in "day" layers: day2 overlays day1, so moving from one day to the
// next shows the crawler a legislature that changed. It answers conditional
// requests like a real server (ETag, Last-Modified → 304).
//
// File naming: the URL path, unescaped, is the file path; a path ending in "/"
// is stored as "_index"; a query string becomes "@" plus its parameters
// sorted (API-key parameters dropped), e.g. "api/3/bills/2017@limit=100&offset=1".
package replay

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// Site serves one host's tree.
type Site struct {
	FS   fs.FS    // holds one directory per day
	Days []string // e.g. {"day1", "day2"}; later days overlay earlier ones
	// Prefix is a directory inside each day, for sources with several
	// hosts: day1/<host>/...
	Prefix string

	mu  sync.Mutex
	day int
}

// Epoch is the Last-Modified of day 1; each later day is a week later.
var Epoch = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)

// SetDay switches to day n (1-based).
func (s *Site) SetDay(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.day = n - 1
}

func (s *Site) current() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.day
}

// FileName maps a request URL to its file name in a day directory.
func FileName(u *url.URL) string {
	p := strings.TrimPrefix(u.Path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "_index"
	}
	q := u.Query()
	for _, k := range []string{"key", "api_key", "apikey"} {
		q.Del(k)
	}
	if len(q) > 0 {
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			for _, v := range q[k] {
				parts = append(parts, k+"="+v)
			}
		}
		p += "@" + strings.Join(parts, "&")
	}
	return path.Clean(p)
}

// Lookup returns the file for name as of the current day, and the day it came from.
func (s *Site) Lookup(name string) ([]byte, int, error) {
	for d := s.current(); d >= 0; d-- {
		if d >= len(s.Days) {
			continue
		}
		b, err := fs.ReadFile(s.FS, path.Join(s.Days[d], s.Prefix, name))
		if err == nil {
			return b, d, nil
		}
	}
	return nil, 0, fs.ErrNotExist
}

// ServeHTTP implements http.Handler.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "read-only", http.StatusMethodNotAllowed)
		return
	}
	name := FileName(r.URL)
	body, day, err := s.Lookup(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256(body)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	w.Header().Set("Content-Type", ContentType(name, body))
	http.ServeContent(w, r, "", Epoch.AddDate(0, 0, 7*day), bytes.NewReader(body))
}

// ContentType guesses from the name, then the bytes.
func ContentType(name string, body []byte) string {
	switch strings.ToLower(path.Ext(strings.SplitN(name, "@", 2)[0])) {
	case ".pdf":
		return "application/pdf"
	case ".json":
		return "application/json"
	case ".xml":
		return "application/xml; charset=utf-8"
	case ".htm", ".html":
		return "text/html; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	trim := bytes.TrimLeft(body, " \t\r\n\xef\xbb\xbf")
	switch {
	case bytes.HasPrefix(trim, []byte("{")), bytes.HasPrefix(trim, []byte("[")):
		return "application/json"
	case bytes.HasPrefix(trim, []byte("<?xml")):
		return "application/xml; charset=utf-8"
	case bytes.HasPrefix(trim, []byte("%PDF")):
		return "application/pdf"
	}
	return http.DetectContentType(body)
}
