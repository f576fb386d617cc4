// Package config reads billwatch's TOML configuration file. Watchlists live in
// the same file ([[watchlist]] tables) and are read by package watchlist; this
// package reads everything else. Secrets may come from the environment.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is the whole file.
type Config struct {
	// Contact is the URL or email put in the User-Agent so site operators can
	// reach whoever runs this crawler.
	Contact string `toml:"contact"`
	// BaseURL is where the pages and feeds are published (absolute links).
	BaseURL string                       `toml:"base_url"`
	Sources map[string]map[string]string `toml:"source"` // [source.ny] api_key = "..."
	Crawl   Crawl                        `toml:"crawl"`
	Digest  Digest                       `toml:"digest"`
	// Path is the file it was read from ("" for defaults).
	Path string `toml:"-"`
	// Raw is the file's bytes, for packages that read their own tables.
	Raw []byte `toml:"-"`
}

// Crawl settings.
type Crawl struct {
	Sessions map[string][]string `toml:"sessions"` // source → sessions to crawl; default: the current one
	// Sources to crawl by default (all registered when empty).
	Sources []string `toml:"sources"`
	// Mirror sends requests for an official host to another base URL (a
	// mirror, a caching proxy, or a local recording); stored URLs stay official.
	Mirror map[string]string `toml:"mirror"`
}

// Digest settings (SMTP secrets come from BILLWATCH_SMTP_PASSWORD).
type Digest struct {
	From            string `toml:"from"`
	SMTPHost        string `toml:"smtp_host"`
	SMTPPort        int    `toml:"smtp_port"`
	Username        string `toml:"smtp_username"`
	TLS             string `toml:"tls"` // "starttls" (default), "implicit", "none" (loopback only)
	Day             string `toml:"day"` // weekday for `watch`, default "monday"
	Hour            int    `toml:"hour"`
	ListUnsubscribe string `toml:"list_unsubscribe"` // mailto:/https: URIs, comma-separated; {watchlist} and {recipient} are filled in
	// Templates is a directory whose digest.txt.tmpl / digest.html.tmpl
	// replace the built-in templates (either or both).
	Templates string `toml:"templates"`
	// MessageIDDomain is the stable right-hand side of Message-IDs (default:
	// the host of base_url, else the domain of from).
	MessageIDDomain string `toml:"message_id_domain"`
	StaleAfter      string `toml:"stale_after"` // a source without a successful run for this long is reported: "72h" (default), "3d"
	Timezone        string `toml:"timezone"`    // IANA zone of day/hour, default the machine's
}

// DefaultPath is $XDG_CONFIG_HOME/billwatch/config.toml.
func DefaultPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "billwatch", "config.toml")
}

// DefaultDB is $XDG_DATA_HOME/billwatch/billwatch.db.
func DefaultDB() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "billwatch", "billwatch.db")
}

// Load reads path; a missing file at the default path yields the defaults,
// a missing file the user named is an error.
func Load(path string, explicit bool) (*Config, error) {
	c := &Config{}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		return c, nil
	case err != nil:
		return nil, fmt.Errorf("read config: %w", err)
	}
	if _, err := toml.Decode(string(data), c); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.Path, c.Raw = path, data
	return c, nil
}

// SourceSettings returns a source's settings, with BILLWATCH_<SOURCE>_<KEY>
// environment variables (e.g. BILLWATCH_NY_API_KEY) taking precedence.
func (c *Config) SourceSettings(source string, keys []string) map[string]string {
	out := map[string]string{}
	for k, v := range c.Sources[source] {
		out[k] = v
	}
	for _, k := range keys {
		env := "BILLWATCH_" + strings.ToUpper(source) + "_" + strings.ToUpper(k)
		if v := os.Getenv(env); v != "" {
			out[k] = v
		}
	}
	return out
}

// Section returns the file's top-level key as a TOML document of its own
// (e.g. the [[watchlist]] tables), for a package that parses its tables
// strictly and should not see the rest of the file.
func (c *Config) Section(key string) ([]byte, error) {
	var all map[string]any
	if _, err := toml.Decode(string(c.Raw), &all); err != nil {
		return nil, fmt.Errorf("config %s: %w", c.Path, err)
	}
	v, ok := all[key]
	if !ok {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(map[string]any{key: v}); err != nil {
		return nil, fmt.Errorf("config %s: re-encode %s: %w", c.Path, key, err)
	}
	return buf.Bytes(), nil
}
