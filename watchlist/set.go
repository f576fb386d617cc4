package watchlist

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownWatchlist is returned by Set.Select for a name the set lacks.
var ErrUnknownWatchlist = errors.New("unknown watchlist")

// Set is an ordered collection of watchlists with unique names, compiled
// together so that Set.Match reads each text once for all of them.
type Set struct {
	lists []*Watchlist
	index *index
}

// NewSet validates and compiles watchlists. Errors name the watchlist and
// the field and wrap ErrInvalidConfig; all problems are reported at once.
func NewSet(lists ...Watchlist) (*Set, error) {
	var errs []error
	built := make([]*Watchlist, 0, len(lists))
	seen := map[string]int{}
	for i := range lists {
		w := lists[i]
		label := listLabel(w.Name, i)
		if prev, dup := seen[w.Name]; dup && w.Name != "" {
			errs = append(errs, configErr(label, "name", "duplicates watchlist #%d", prev+1))
		}
		seen[w.Name] = i
		if err := w.normalize(label); err != nil {
			errs = append(errs, err)
			continue
		}
		w.index = newIndex([]*Watchlist{&w})
		built = append(built, &w)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return newSet(built), nil
}

func newSet(lists []*Watchlist) *Set {
	return &Set{lists: lists, index: newIndex(lists)}
}

// Watchlists returns the set's watchlists in order (built-in ones first
// after Merge). The slice is a copy; the watchlists are shared.
func (s *Set) Watchlists() []*Watchlist {
	return append([]*Watchlist(nil), s.lists...)
}

// Lookup returns the watchlist called name.
func (s *Set) Lookup(name string) (*Watchlist, bool) {
	for _, w := range s.lists {
		if w.Name == name {
			return w, true
		}
	}
	return nil, false
}

// Names returns the watchlist names in order.
func (s *Set) Names() []string {
	names := make([]string, len(s.lists))
	for i, w := range s.lists {
		names[i] = w.Name
	}
	return names
}

// Select returns the subset of the set with the given names, in the set's
// order (for the CLI's --watchlist). No names selects everything.
func (s *Set) Select(names ...string) (*Set, error) {
	if len(names) == 0 {
		return s, nil
	}
	want := map[string]bool{}
	for _, n := range names {
		if _, ok := s.Lookup(n); !ok {
			return nil, fmt.Errorf("%w %q (have: %s)", ErrUnknownWatchlist, n, strings.Join(s.Names(), ", "))
		}
		want[n] = true
	}
	var picked []*Watchlist
	for _, w := range s.lists {
		if want[w.Name] {
			picked = append(picked, w)
		}
	}
	return newSet(picked), nil
}

// Merge returns a set with s's watchlists followed by other's; a watchlist
// of other with the name of one of s replaces it in place. This is how a
// user's file adds watchlists to the defaults and overrides "dmv-data".
func (s *Set) Merge(other *Set) *Set {
	lists := append([]*Watchlist(nil), s.lists...)
	for _, w := range other.lists {
		replaced := false
		for i, have := range lists {
			if have.Name == w.Name {
				lists[i], replaced = w, true
				break
			}
		}
		if !replaced {
			lists = append(lists, w)
		}
	}
	return newSet(lists)
}

// Match matches d against every watchlist of the set, in set order.
func (s *Set) Match(d Doc) []Result {
	byList := s.index.scan(&d)
	out := make([]Result, len(s.lists))
	for i := range s.lists {
		out[i] = s.index.evaluate(&d, i, byList[i])
	}
	return out
}
