package watchlist

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// snippetWords is how many words a snippet keeps on each side of a hit.
const snippetWords = 8

// evidence gathers the hits of one result and turns them into Hit values
// and reason text, both in a stable order.
type evidence struct {
	w    *Watchlist
	d    *Doc
	bill string
	occs []occurrence
}

func (e *evidence) addBill(id string) { e.bill = id }

func (e *evidence) add(o occurrence) {
	for _, have := range e.occs {
		if have == o {
			return
		}
	}
	e.occs = append(e.occs, o)
}

// hits returns the evidence sorted by field, position, group and term.
func (e *evidence) hits() []Hit {
	occs := slices.Clone(e.occs)
	slices.SortFunc(occs, func(a, b occurrence) int {
		return cmp.Or(
			cmp.Compare(a.field, b.field),
			cmp.Compare(a.pos, b.pos),
			cmp.Compare(a.ref.kind, b.ref.kind),
			cmp.Compare(a.ref.group, b.ref.group),
			cmp.Compare(a.ref.term, b.ref.term),
			cmp.Compare(a.end, b.end),
		)
	})
	var out []Hit
	if e.bill != "" {
		out = append(out, Hit{Term: e.bill, Group: "bills", Field: "id", Snippet: e.d.ID})
	}
	for _, o := range occs {
		out = append(out, Hit{
			Term:    e.term(o.ref),
			Group:   e.group(o.ref),
			Field:   fieldName(e.d, o.field),
			Snippet: snippet(fieldText(e.d, o.field), int(o.start), int(o.end)),
		})
	}
	return out
}

func (e *evidence) term(r phraseRef) string {
	switch r.kind {
	case kindAny:
		return e.w.Any[r.term]
	case kindAll:
		return e.w.All[r.group].Phrases[r.term]
	default:
		return e.w.None[r.term]
	}
}

func (e *evidence) group(r phraseRef) string {
	switch r.kind {
	case kindAny:
		return "any"
	case kindAll:
		return e.w.groupName(r.group)
	default:
		return "none"
	}
}

// describeTerms lists distinct terms with the field each was first seen in:
// `"privilege card" in title, "drive-only license" in version:Introduced`.
func (e *evidence) describeTerms(occs []occurrence) string {
	const maxTerms = 3
	var parts []string
	seen := map[phraseRef]bool{}
	for _, o := range occs {
		if seen[o.ref] {
			continue
		}
		seen[o.ref] = true
		parts = append(parts, quote(e.term(o.ref))+" in "+fieldName(e.d, o.field))
	}
	if len(parts) > maxTerms {
		parts = append(parts[:maxTerms], "+"+strconv.Itoa(len(parts)-maxTerms)+" more")
	}
	return strings.Join(parts, ", ")
}

// describeAll names one phrase per group from the first unit where all
// groups met, and how many other texts also qualified:
// `"driver's license" + "immigration enforcement" in abstract (+2 more texts)`.
func (e *evidence) describeAll(units []unit) string {
	first := units[0]
	terms := make([]string, len(e.w.All))
	var fields []int
	for _, o := range first.hits {
		if terms[o.ref.group] == "" {
			terms[o.ref.group] = quote(e.term(o.ref))
		}
		if !slices.Contains(fields, o.field) {
			fields = append(fields, o.field)
		}
	}
	slices.Sort(fields)
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = fieldName(e.d, f)
	}
	s := strings.Join(terms, " + ")
	if !slices.Contains(fields, fieldTitle) {
		s += " within " + strconv.Itoa(e.w.Near) + " words"
	}
	s += " in " + strings.Join(names, " and ")
	if len(units) > 1 {
		s += " (+" + strconv.Itoa(len(units)-1) + " more " + plural(len(units)-1, "text", "texts") + ")"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func quote(s string) string { return `"` + s + `"` }

func fieldName(d *Doc, field int) string {
	switch field {
	case fieldTitle:
		return "title"
	case fieldAbstract:
		return "abstract"
	}
	name := strings.Join(strings.Fields(d.Texts[field-2].Name), " ")
	if name == "" {
		name = strconv.Itoa(field - 1)
	}
	return "version:" + name
}

func fieldText(d *Doc, field int) string {
	switch field {
	case fieldTitle:
		return d.Title
	case fieldAbstract:
		return d.Abstract
	}
	return d.Texts[field-2].Text
}

// snippet returns the hit text[start:end] with up to snippetWords
// whitespace-separated words on each side, whitespace collapsed, and an
// ellipsis where the text goes on.
func snippet(text string, start, end int) string {
	from := start
	for n := 0; n < snippetWords && from > 0; n++ {
		from = skipBack(text, from, unicode.IsSpace)
		from = skipBack(text, from, func(r rune) bool { return !unicode.IsSpace(r) })
	}
	to := end
	for n := 0; n < snippetWords && to < len(text); n++ {
		to = skipForward(text, to, unicode.IsSpace)
		to = skipForward(text, to, func(r rune) bool { return !unicode.IsSpace(r) })
	}
	s := strings.Join(strings.Fields(text[from:to]), " ")
	if strings.TrimSpace(text[:from]) != "" {
		s = "…" + s
	}
	if strings.TrimSpace(text[to:]) != "" {
		s += "…"
	}
	return s
}

func skipBack(text string, i int, skip func(rune) bool) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !skip(r) {
			break
		}
		i -= size
	}
	return i
}

func skipForward(text string, i int, skip func(rune) bool) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !skip(r) {
			break
		}
		i += size
	}
	return i
}
