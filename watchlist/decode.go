package watchlist

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// fieldDecoder reads typed values out of one generic TOML table and records
// a ConfigError for each value of the wrong type.
type fieldDecoder struct {
	table map[string]any
	label string
	errs  []error
}

func (d *fieldDecoder) fail(field, format string, args ...any) {
	d.errs = append(d.errs, configErr(d.label, field, format, args...))
}

func (d *fieldDecoder) str(key string) string {
	v, ok := d.table[key]
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.fail(key, "must be a string, not %s", tomlType(v))
	}
	return s
}

func (d *fieldDecoder) strs(key string) []string {
	v, ok := d.table[key]
	if !ok {
		return nil
	}
	return d.strList(key, v)
}

func (d *fieldDecoder) strList(field string, v any) []string {
	items, ok := v.([]any)
	if !ok {
		d.fail(field, "must be an array of strings, not %s", tomlType(v))
		return nil
	}
	out := make([]string, 0, len(items))
	for i, it := range items {
		s, ok := it.(string)
		if !ok {
			d.fail(fmt.Sprintf("%s[%d]", field, i), "must be a string, not %s", tomlType(it))
			continue
		}
		out = append(out, s)
	}
	return out
}

func (d *fieldDecoder) integer(key string) int {
	v, ok := d.table[key]
	if !ok {
		return 0
	}
	n, ok := v.(int64)
	if !ok {
		d.fail(key, "must be an integer, not %s", tomlType(v))
		return 0
	}
	if n > 1<<20 {
		d.fail(key, "%d words is not a useful window", n)
	}
	return int(n)
}

// groups reads "all": an array of phrase arrays or of {name, phrases} tables.
func (d *fieldDecoder) groups() []Group {
	v, ok := d.table["all"]
	if !ok {
		return nil
	}
	var out []Group
	switch items := v.(type) {
	case []map[string]any:
		for i, t := range items {
			out = append(out, d.namedGroup(i, t))
		}
	case []any:
		for i, it := range items {
			field := fmt.Sprintf("all[%d]", i)
			switch g := it.(type) {
			case map[string]any:
				out = append(out, d.namedGroup(i, g))
			default:
				out = append(out, Group{Phrases: d.strList(field, g)})
			}
		}
	default:
		d.fail("all", "must be an array of phrase groups, e.g. [[\"driver's license\"], [\"immigration\"]], not %s", tomlType(v))
	}
	return out
}

func (d *fieldDecoder) namedGroup(i int, t map[string]any) Group {
	field := fmt.Sprintf("all[%d]", i)
	g := Group{}
	for _, k := range sortedKeys(t) {
		switch k {
		case "name":
			if s, ok := t[k].(string); ok {
				g.Name = s
			} else {
				d.fail(field+".name", "must be a string, not %s", tomlType(t[k]))
			}
		case "phrases":
			g.Phrases = d.strList(field+".phrases", t[k])
		default:
			d.fail(field, "unknown key %q (a group has \"name\" and \"phrases\")", k)
		}
	}
	return g
}

var watchlistKeys = []string{"name", "title", "description", "jurisdictions", "bills", "any", "all", "none", "near", "recipients"}

func decodeWatchlist(t map[string]any, i int) (Watchlist, error) {
	name, _ := t["name"].(string)
	d := &fieldDecoder{table: t, label: listLabel(name, i)}
	for _, k := range sortedKeys(t) {
		if !slices.Contains(watchlistKeys, k) {
			d.fail(k, "unknown field (known: %s)", strings.Join(watchlistKeys, ", "))
		}
	}
	w := Watchlist{
		Name:          d.str("name"),
		Title:         d.str("title"),
		Description:   strings.TrimSpace(d.str("description")),
		Jurisdictions: d.strs("jurisdictions"),
		Bills:         d.strs("bills"),
		Any:           d.strs("any"),
		All:           d.groups(),
		None:          d.strs("none"),
		Near:          d.integer("near"),
		Recipients:    d.strs("recipients"),
	}
	return w, errors.Join(d.errs...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	default:
		return fmt.Sprintf("a %T", v)
	}
}
