package redline

import (
	"reflect"
	"strconv"
	"testing"
)

func sectionLabels(text string) []string {
	d := tokenize(text, newInterner(0), 0)
	var out []string
	for _, s := range findSections(d) {
		out = append(out, s.label)
	}
	return out
}

func TestFindSections(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"vermont", "AN ACT\nSec. 1. PURPOSE\ntext\nSec. 2. EFFECTIVE DATE\ntext", []string{"Preamble", "Sec. 1", "Sec. 2"}},
		{"new york", "Section 1. Section 165 of the state finance law\nis amended.\n§ 2. This act shall take effect", []string{"Section 1", "§ 2"}},
		{"uslm", "SEC. 2. DEFINITIONS.\n(a) text\nSEC. 3. REPEAL.", []string{"SEC. 2", "SEC. 3"}},
		{"SECTION and glued §", "SECTION 1. text\n§2. more\n§ 3a. lettered\nSec. 23-1098. hyphenated", []string{"SECTION 1", "§ 2", "§ 3a", "Sec. 23-1098"}},
		{"stars heading", "* * * Motor Vehicle Records * * *\nSec. 1. text", []string{"Motor Vehicle Records", "Sec. 1"}},
		{"bare stars are an omission, not a heading", "Sec. 1. text\n* * *\n(c) more", []string{"Sec. 1"}},
		{"titles and divisions", "DIVISION A\nTITLE I—AGRICULTURE\nSec. 101. text\nTITLE II\nSubtitle B", []string{"DIVISION A", "TITLE I", "Sec. 101", "TITLE II", "Subtitle B"}},
		{"mid-line references are not headings", "Text amended by Sec. 3. of this act and § 4. too", []string{"Text"}},
		{"number needs its period", "Section 165 of the state finance law\nis amended", []string{"Text"}},
		{"lower-case title is prose", "Title 23 of the code\nis amended", []string{"Text"}},
		{"flattened PDF text: after a sentence", "BILL AS INTRODUCED. Sec. 1. PURPOSE text. Sec. 2. EFFECTIVE DATE text", []string{"Preamble", "Sec. 1", "Sec. 2"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectionLabels(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sections of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSectionChanges(t *testing.T) {
	old := "Sec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 2. TWO\nzeta eta theta iota kappa.\n\nSec. 3. THREE\nlambda mu nu xi omicron."
	tests := []struct {
		name    string
		new     string
		summary string
	}{
		{"identical", old, "No changes"},
		{"amended", "Sec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 2. TWO\nzeta eta THETA iota kappa.\n\nSec. 3. THREE\nlambda mu nu xi omicron.",
			"Sec. 2 amended (+1 −1 words)"},
		{"removed", "Sec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 3. THREE\nlambda mu nu xi omicron.", "Sec. 2 removed"},
		{"renumbered after removal", "Sec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 2. THREE\nlambda mu nu xi omicron.",
			"Sec. 2 removed; 1 section renumbered"},
		{"moved", "Sec. 3. THREE\nlambda mu nu xi omicron.\n\nSec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 2. TWO\nzeta eta theta iota kappa.",
			"Sec. 3 moved"},
		{"rewritten under the same number", "Sec. 1. ONE\nalpha beta gamma delta epsilon.\n\nSec. 2. TWO\nsomething else entirely now.\n\nSec. 3. THREE\nlambda mu nu xi omicron.",
			"Sec. 2 amended (+4 −5 words)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Diff(old, tt.new)
			if r.Summary != tt.summary {
				t.Errorf("summary = %q, want %q\nsections: %+v", r.Summary, tt.summary, r.Sections)
			}
			checkOps(t, old, tt.new, r)
		})
	}
}

func TestSummaryCapsTheList(t *testing.T) {
	var old, new string
	for i := 1; i <= 12; i++ {
		n := strconv.Itoa(i)
		old += "Sec. " + n + ". text of section " + n + " here\n"
		new += "Sec. " + n + ". changed text of section " + n + " here\n"
	}
	r := DiffWith(old, new, Options{MaxSummarySections: 3})
	want := "Sec. 1 amended (+1 −0 words); Sec. 2 amended (+1 −0 words); Sec. 3 amended (+1 −0 words); and 9 more sections changed"
	if r.Summary != want {
		t.Errorf("summary = %q, want %q", r.Summary, want)
	}
	if len(r.Sections) != 12 {
		t.Errorf("%d sections reported, want 12", len(r.Sections))
	}
}
