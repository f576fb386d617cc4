package watchlist

import (
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
)

// ErrInvalidConfig is wrapped by every validation error.
var ErrInvalidConfig = errors.New("invalid watchlist config")

// ConfigError is one problem with one field of one watchlist.
type ConfigError struct {
	Watchlist string // `"dmv-data"` or `#2` when the name is missing
	Field     string // TOML key, with an index when useful: `bills[2]`
	Msg       string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("watchlist %s: %s: %s", e.Watchlist, e.Field, e.Msg)
}

func (e *ConfigError) Unwrap() error { return ErrInvalidConfig }

func configErr(label, field, format string, args ...any) error {
	return &ConfigError{Watchlist: label, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// listLabel names a watchlist in errors: by name, or by position when it
// has none.
func listLabel(name string, i int) string {
	if name == "" {
		return fmt.Sprintf("#%d", i+1)
	}
	return fmt.Sprintf("%q", name)
}

var (
	slugPattern         = lazyre.New(`^[a-z0-9][a-z0-9-]*$`)
	jurisdictionPattern = lazyre.New(`^[a-z][a-z0-9-]*$`)
)

// normalize checks w, fills defaults and canonicalizes ids and addresses.
func (w *Watchlist) normalize(label string) error {
	w.clone()
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, configErr(label, field, format, args...))
	}
	switch {
	case w.Name == "":
		bad("name", "missing (a slug such as \"dmv-data\")")
	case !slugPattern.MatchString(w.Name):
		bad("name", "%q is not a slug: use lower-case letters, digits and hyphens", w.Name)
	}
	w.Title = strings.TrimSpace(w.Title)
	if w.Title == "" {
		w.Title = w.Name
	}
	for i, j := range w.Jurisdictions {
		j = strings.ToLower(strings.TrimSpace(j))
		if !jurisdictionPattern.MatchString(j) {
			bad(fmt.Sprintf("jurisdictions[%d]", i), "%q is not a jurisdiction id such as \"vt\" or \"us\"", w.Jurisdictions[i])
		}
		w.Jurisdictions[i] = j
	}
	for i, id := range w.Bills {
		canon, err := bill.NormalizeID(id)
		if err != nil {
			bad(fmt.Sprintf("bills[%d]", i), "%v", err)
			continue
		}
		w.Bills[i] = canon
	}
	checkPhrases(w.Any, "any", bad)
	for gi, g := range w.All {
		field := fmt.Sprintf("all[%d]", gi)
		if len(g.Phrases) == 0 {
			bad(field, "empty group: every group must list at least one phrase")
		}
		checkPhrases(g.Phrases, field, bad)
	}
	checkPhrases(w.None, "none", bad)
	if len(w.None) > 0 && len(w.All) == 0 {
		bad("none", "has no effect without \"all\": it only vetoes matches made by \"all\"")
	}
	if len(w.Bills) == 0 && len(w.Any) == 0 && len(w.All) == 0 {
		bad("any", "the watchlist matches nothing: give \"bills\", \"any\" or \"all\"")
	}
	switch {
	case w.Near < 0:
		bad("near", "%d: must be a positive number of words", w.Near)
	case w.Near == 0:
		w.Near = DefaultNear
	}
	for i, r := range w.Recipients {
		addr, err := mail.ParseAddress(r)
		if err != nil {
			bad(fmt.Sprintf("recipients[%d]", i), "%q is not an e-mail address", r)
			continue
		}
		w.Recipients[i] = addr.Address
	}
	return errors.Join(errs...)
}

// checkPhrases rejects phrases with no words and phrases that normalize to
// the same words as an earlier one (they would double every hit).
func checkPhrases(phrases []string, field string, bad func(field, format string, args ...any)) {
	seen := map[string]int{}
	for i, p := range phrases {
		f := fmt.Sprintf("%s[%d]", field, i)
		variants := phraseVariants(p)
		if len(variants) == 0 {
			bad(f, "%q has no words to match", p)
			continue
		}
		key := strings.Join(variants[0], " ")
		if prev, dup := seen[key]; dup {
			bad(f, "%q is the same phrase as %s[%d] %q once case, apostrophes and plurals are ignored", p, field, prev, phrases[prev])
			continue
		}
		seen[key] = i
	}
}

// clone gives w its own slices, so that normalizing never edits the caller's.
func (w *Watchlist) clone() {
	w.Jurisdictions = slices.Clone(w.Jurisdictions)
	w.Bills = slices.Clone(w.Bills)
	w.Any = slices.Clone(w.Any)
	w.None = slices.Clone(w.None)
	w.Recipients = slices.Clone(w.Recipients)
	groups := make([]Group, len(w.All))
	for i, g := range w.All {
		groups[i] = Group{Name: g.Name, Phrases: slices.Clone(g.Phrases)}
	}
	w.All = groups
}
