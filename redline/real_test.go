package redline

import (
	"regexp"
	"strings"
	"testing"
)

// Real version pairs from GPO (see testdata/uslm/PROVENANCE.txt).
func TestRealVersionPairs(t *testing.T) {
	tests := []struct {
		name, old, new string
		// bounds on the changed words, and phrases the summary must contain
		minChanged, maxChanged int
		summaryHas             []string
		statuses               []SectionStatus // each must occur among the sections
	}{
		// H.R. 264 engrossed in the House vs placed on the Senate calendar: the
		// Senate adds its calendar number, receipt dates and the Clerk's name.
		{"H.R. 264 EH vs PCS", "h264_eh.XML", "H264_PCS.XML", 20, 100,
			[]string{"Preamble amended", "Sec. 817 amended"}, []SectionStatus{Amended, Unchanged}},
		// H.R. 2157 as introduced vs enrolled: a heavy rewrite.
		// Title V is new, so later titles and their sections are renumbered.
		{"H.R. 2157 IH vs ENR", "H2157_IH.XML", "h2157_enr.XML", 3000, 9000,
			[]string{"TITLE I amended", "Sec. 103 (now Sec. 102) amended", "Sec. 108 added", "renumbered"},
			[]SectionStatus{Amended, Unchanged, Added, Removed, Moved}},
		{"H.R. 1058 RDS vs ENR", "H1058_RDS.XML", "h1058_enr.XML", 1, 2000, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := readUSLM(t, tt.old), readUSLM(t, tt.new)
			r := Diff(old, new)
			checkOps(t, old, new, r)
			changed := r.Stats.Inserted + r.Stats.Deleted
			if changed < tt.minChanged || changed > tt.maxChanged {
				t.Errorf("%d words changed, want %d..%d", changed, tt.minChanged, tt.maxChanged)
			}
			for _, s := range tt.summaryHas {
				if !strings.Contains(r.Summary, s) {
					t.Errorf("summary lacks %q: %s", s, r.Summary)
				}
			}
			seen := map[SectionStatus]bool{}
			for _, s := range r.Sections {
				seen[s.Status] = true
			}
			for _, st := range tt.statuses {
				if !seen[st] {
					t.Errorf("no section is %v", st)
				}
			}
			if r.Coarse {
				t.Errorf("real versions should not need the coarse fallback")
			}
			// Sections that kept their order add up to no more than the totals.
			var ins, del int
			for _, s := range r.Sections {
				if s.Status == Amended || s.Status == Unchanged {
					ins, del = ins+s.Inserted, del+s.Deleted
				}
			}
			if ins > r.Stats.Inserted || del > r.Stats.Deleted {
				t.Errorf("sections claim +%d −%d, the redline has +%d −%d", ins, del, r.Stats.Inserted, r.Stats.Deleted)
			}
			if ex := Excerpt(r, 40); len(ex) == 0 || len(strings.Fields(Text(ex))) > 60 {
				t.Errorf("excerpt of %d words: %q", len(strings.Fields(Text(ex))), Text(ex))
			}

			same := Diff(new, new)
			if same.Changed() || len(same.Ops) != 1 || same.Summary != "No changes" {
				t.Errorf("identical texts: %d ops, summary %q", len(same.Ops), same.Summary)
			}
		})
	}
}

// Reflowing the text (other line breaks, doubled spaces, CRLF) is no change.
func TestReflowIsNoChange(t *testing.T) {
	text := readUSLM(t, "h264_eh.XML")
	reflowed := regexp.MustCompile(`\s+`).ReplaceAllStringFunc(text, func(ws string) string {
		if len(ws)%3 == 0 {
			return "\r\n"
		}
		return "  "
	})
	r := Diff(text, reflowed)
	if r.Changed() || r.Summary != "No changes" {
		t.Errorf("reflow reported as %q (+%d −%d)", r.Summary, r.Stats.Inserted, r.Stats.Deleted)
	}
}

// Coalescing turns confetti into replacements without changing the net count.
func TestCoalescing(t *testing.T) {
	old := "the commissioner of motor vehicles may disclose records"
	new := "the department of public safety shall not disclose records"
	fine := DiffWith(old, new, Options{CoalesceWords: -1})
	coarse := Diff(old, new)
	if got := Text(coarse.Ops); got != "the [-commissioner of motor vehicles may-]{+department of public safety shall not+} disclose records" {
		t.Errorf("coalesced redline = %q", got)
	}
	if Text(fine.Ops) != "the [-commissioner-]{+department+} of [-motor vehicles may-]{+public safety shall not+} disclose records" {
		t.Errorf("uncoalesced redline = %q", Text(fine.Ops))
	}
	if coarse.Stats.Inserted-coarse.Stats.Deleted != fine.Stats.Inserted-fine.Stats.Deleted {
		t.Errorf("coalescing changed the net word count")
	}
	// An unchanged heading is never folded into the changes around it.
	r := Diff("old end.\nSec. 2. old start", "new end.\nSec. 2. new start")
	if !strings.Contains(Text(r.Ops), "\nSec. 2. ") {
		t.Errorf("heading folded into a replacement: %q", Text(r.Ops))
	}
}
