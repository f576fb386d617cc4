package redline

import (
	"fmt"
	"strings"
)

// summarize writes the one-line summary, e.g.
// "Sec. 2 amended (+41 −12 words); Sec. 5 added".
func summarize(secs []SectionChange, st Stats, maxItems int) string {
	var items []string
	renumbered := 0
	for _, s := range secs {
		name := s.New
		if s.Renumbered() {
			name = s.Old + " (now " + s.New + ")"
		}
		switch s.Status {
		case Unchanged:
			if s.Renumbered() {
				renumbered++
			}
		case Amended:
			items = append(items, name+" amended "+counted(s))
		case Added:
			items = append(items, s.New+" added")
		case Removed:
			items = append(items, s.Old+" removed")
		case Moved:
			item := name + " moved"
			if s.Inserted+s.Deleted > 0 {
				item += " and amended " + counted(s)
			}
			items = append(items, item)
		}
	}
	if len(items) > maxItems {
		more := len(items) - maxItems
		items = append(items[:maxItems], fmt.Sprintf("and %d more section%s changed", more, plural(more)))
	}
	if renumbered > 0 {
		items = append(items, fmt.Sprintf("%d section%s renumbered", renumbered, plural(renumbered)))
	}
	if len(items) == 0 {
		if st.Inserted+st.Deleted == 0 {
			return "No changes"
		}
		return fmt.Sprintf("Text amended (+%d −%d words)", st.Inserted, st.Deleted)
	}
	return strings.Join(items, "; ")
}

func counted(s SectionChange) string {
	return fmt.Sprintf("(+%d −%d words)", s.Inserted, s.Deleted)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
