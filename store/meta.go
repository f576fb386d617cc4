package store

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// metaChanges writes one change per kind of metadata edit between revisions.
func (a *applier) metaChanges(old, cur meta) error {
	ident := a.obs.Bill.Identifier
	if old.Title != cur.Title {
		if err := a.change(KindTitle, fmt.Sprintf("%s title changed to: %s", ident, cur.Title), FieldDetails{Old: old.Title, New: cur.Title}); err != nil {
			return err
		}
	}
	if old.Abstract != cur.Abstract {
		if err := a.change(KindAbstract, ident+" summary changed", FieldDetails{Old: old.Abstract, New: cur.Abstract}); err != nil {
			return err
		}
	}
	if !reflect.DeepEqual(old.Sponsors, cur.Sponsors) {
		added, gone := diffSponsors(old, cur)
		summary := ident + " sponsors changed"
		if len(added) > 0 {
			summary += ": added " + strings.Join(added, ", ")
		}
		if len(gone) > 0 {
			summary += "; removed " + strings.Join(gone, ", ")
		}
		if err := a.change(KindSponsors, summary, FieldDetails{Added: added, Gone: gone}); err != nil {
			return err
		}
	}
	if len(cur.Citations) > len(old.Citations) && slices.Equal(old.Citations, cur.Citations[:len(old.Citations)]) {
		added := cur.Citations[len(old.Citations):]
		if err := a.change(KindMetadata, fmt.Sprintf("%s enacted as %s", ident, strings.Join(added, ", ")),
			FieldDetails{Fields: []string{"citations"}, Added: added}); err != nil {
			return err
		}
		old.Citations = cur.Citations
	}
	var fields []string
	for name, same := range map[string]bool{
		"classification": reflect.DeepEqual(old.Classification, cur.Classification),
		"chamber":        old.Chamber == cur.Chamber,
		"subjects":       reflect.DeepEqual(old.Subjects, cur.Subjects),
		"other_titles":   reflect.DeepEqual(old.OtherTitles, cur.OtherTitles),
		"related":        reflect.DeepEqual(old.Related, cur.Related),
		"sources":        reflect.DeepEqual(old.Sources, cur.Sources),
		"citations":      reflect.DeepEqual(old.Citations, cur.Citations),
	} {
		if !same {
			fields = append(fields, name)
		}
	}
	if len(fields) == 0 {
		return nil
	}
	slices.Sort(fields)
	return a.change(KindMetadata, fmt.Sprintf("%s %s changed", ident, strings.Join(fields, ", ")), FieldDetails{Fields: fields})
}

func diffSponsors(old, cur meta) (added, gone []string) {
	had := map[string]bool{}
	for _, s := range old.Sponsors {
		had[sponsorLabel(s.Name, s.Withdrawn)] = true
	}
	has := map[string]bool{}
	for _, s := range cur.Sponsors {
		l := sponsorLabel(s.Name, s.Withdrawn)
		has[l] = true
		if !had[l] {
			added = append(added, l)
		}
	}
	for _, s := range old.Sponsors {
		if l := sponsorLabel(s.Name, s.Withdrawn); !has[l] {
			gone = append(gone, l)
		}
	}
	return added, gone
}

func sponsorLabel(name, withdrawn string) string {
	if withdrawn != "" {
		return name + " (withdrawn " + withdrawn + ")"
	}
	return name
}
