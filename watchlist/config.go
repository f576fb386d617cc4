package watchlist

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/BurntSushi/toml"
)

// The configuration file holds [[watchlist]] tables:
//
//	[[watchlist]]
//	name = "green-light"
//	title = "Green Light laws"
//	jurisdictions = ["ny", "vt"]
//	bills = ["vt/2026/H.121"]
//	any = ["driver's privilege card"]
//	all = [["driver's license"], ["immigration status", "lawful presence"]]
//	none = ["license fee"]
//	near = 40
//	recipients = ["alerts@example.org"]
//
// An All group is either an array of phrases or, to name it for
// explanations, a table: [[watchlist.all]] name = "records" phrases = [...].
// The file is decoded generically and then field by field, so that every
// error can name its watchlist and field.

//go:embed default.toml
var defaultTOML []byte

var defaultSet = sync.OnceValues(func() (*Set, error) { return Parse(defaultTOML) })

// Default returns the built-in watchlists (currently "dmv-data"). It panics
// if the embedded file is invalid, which the package tests rule out.
func Default() *Set {
	s, err := defaultSet()
	if err != nil {
		panic("watchlist: built-in default.toml: " + err.Error())
	}
	return s
}

// Load reads the configuration file at path and merges it over the
// defaults: its watchlists are added, and one named like a built-in one
// replaces it. An empty path returns the defaults.
func Load(path string) (*Set, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read watchlist config: %w", err)
	}
	user, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return Default().Merge(user), nil
}

// Parse reads a configuration file's content: only its own watchlists,
// without the defaults (see Load).
func Parse(data []byte) (*Set, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, fmt.Errorf("parse watchlist config: %w", err)
	}
	for _, k := range sortedKeys(raw) {
		if k != "watchlist" {
			return nil, fmt.Errorf("%w: unknown top-level key %q (watchlists go in [[watchlist]] tables)", ErrInvalidConfig, k)
		}
	}
	var tables []map[string]any
	switch v := raw["watchlist"].(type) {
	case nil:
	case []map[string]any:
		tables = v
	default:
		return nil, fmt.Errorf("%w: \"watchlist\" must be an array of tables: write [[watchlist]]", ErrInvalidConfig)
	}
	lists := make([]Watchlist, 0, len(tables))
	var errs []error
	for i, t := range tables {
		w, err := decodeWatchlist(t, i)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lists = append(lists, w)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return NewSet(lists...)
}
