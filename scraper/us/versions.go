package us

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/textnorm"
)

// versions turns textVersions into bill versions, oldest first (BILLSTATUS
// lists the newest first; an enrolled bill often has no date yet and stays in
// list position). Each version gets one document: the XML rendition when
// listed, else HTML, else PDF. Empty items (the samples end with one) are
// skipped; a relative or non-govinfo URL is a content fault.
func versions(items []xVersion) ([]bill.Version, error) {
	var out []bill.Version
	seen := map[string]bool{}
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		u, media := preferredFormat(it.URLs)
		if u == "" {
			continue
		}
		parsed, err := url.Parse(u)
		if err != nil || !parsed.IsAbs() || parsed.Scheme != "https" && parsed.Scheme != "http" {
			return nil, fmt.Errorf("text version %q: URL %q is not absolute", textnorm.CollapseSpaces(it.Type), u)
		}
		if seen[u] {
			continue
		}
		seen[u] = true
		code := versionCode(u)
		name := textnorm.CollapseSpaces(it.Type)
		if name == "" {
			name = strings.ToUpper(code)
		}
		v := bill.Version{Name: name, URL: u, MediaType: media, Class: versionClass(code)}
		if d := textnorm.CollapseSpaces(it.Date); d != "" {
			if v.Date, err = bill.ParseDate(d[:min(len(d), 10)]); err != nil {
				return nil, fmt.Errorf("text version %q: %w", name, err)
			}
		}
		out = append(out, v)
	}
	// An undated version sorts with the dated one before it in list order.
	keys := make(map[string]string, len(out))
	last := ""
	for _, v := range out {
		if v.Date != "" {
			last = v.Date
		}
		keys[v.URL] = last
	}
	sort.SliceStable(out, func(i, j int) bool { return keys[out[i].URL] < keys[out[j].URL] })
	return out, nil
}

// preferredFormat picks XML, then HTML, then PDF among a version's format URLs.
func preferredFormat(urls []string) (string, string) {
	best, media, rank := "", "", 99
	for _, u := range urls {
		u = strings.TrimSpace(u)
		var r int
		var m string
		switch ext := strings.ToLower(path.Ext(strings.SplitN(u, "?", 2)[0])); ext {
		case ".xml":
			r, m = 0, "application/xml"
		case ".htm", ".html":
			r, m = 1, "text/html"
		case ".pdf":
			r, m = 2, "application/pdf"
		default:
			continue
		}
		if r < rank {
			best, media, rank = u, m, r
		}
	}
	return best, media
}

var packageCode = lazyre.New(`BILLS-\d+[a-z]+\d+([a-z]+\d?)\b`)

// versionCode is GPO's version suffix of a BILLS package URL: "ih", "eh", "enr".
func versionCode(u string) string {
	if m := packageCode.FindStringSubmatch(u); m != nil {
		return m[1]
	}
	return ""
}

// versionClass groups GPO version codes (ih introduced in House, rs reported
// in Senate, eh engrossed in House, eas engrossed amendment Senate, enr
// enrolled...) into coarse classes; codes with no clear stage give "".
func versionClass(code string) string {
	switch strings.TrimRight(code, "0123456789") {
	case "ih", "is":
		return "introduced"
	case "rh", "rs", "rch", "rcs", "rah", "ras":
		return "reported"
	case "eh", "es", "ath", "ats", "cph", "cps", "eph", "eps":
		return "engrossed"
	case "eah", "eas":
		return "amendment"
	case "enr":
		return "enrolled"
	}
	return ""
}
