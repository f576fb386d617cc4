package redline

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// waInline are the Washington bill-document elements that flow inside a line;
// every other element starts a new line.
var waInline = map[string]bool{"TextRun": true, "Value": true, "Hyphen": true, "SectionCite": true,
	"TitleNumber": true, "ChapterNumber": true, "SectionNumber": true, "BillSectionNumber": true}

// waText extracts a Washington bill document (test-only helper) and converts
// its amendingStyle="strike"/"add" runs into the ⟦-…-⟧ / ⟦+…+⟧ convention, as
// the Washington source will.
func waText(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var sb strings.Builder
	var closers []string // per open element: what to write when it ends
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			closer := ""
			switch {
			case t.Name.Local == "Hyphen":
				sb.WriteString("-")
			case hasAttr(t, "amendingStyle", "strike"):
				sb.WriteString(OpenStruckLaw)
				closer = CloseStruckLaw
			case hasAttr(t, "amendingStyle", "add"):
				sb.WriteString(OpenNewLaw)
				closer = CloseNewLaw
			case !waInline[t.Name.Local]:
				sb.WriteByte('\n')
				closer = "\n"
			}
			closers = append(closers, closer)
		case xml.EndElement:
			if n := len(closers); n > 0 {
				sb.WriteString(closers[n-1])
				closers = closers[:n-1]
			}
		case xml.CharData:
			sb.Write(t)
		}
	}
	return sb.String(), nil
}

func readWA(tb testing.TB) string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "wa", "lawfilesext_2021-22_1210-S2.xml"))
	if err != nil {
		tb.Fatal(err)
	}
	text, err := waText(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))))
	if err != nil {
		tb.Fatalf("extract WA 1210-S2: %v", err)
	}
	return text
}

// lawVersions splits marked-up bill text into the current law (struck text
// kept, new text dropped) and the law as the bill would leave it.
func lawVersions(marked string) (current, amended string, struck, added int) {
	var cur, am strings.Builder
	for _, s := range ParseMarkup(marked) {
		switch s.Mark {
		case StruckLaw:
			cur.WriteString(s.Text)
			struck += len(strings.Fields(s.Text))
		case NewLaw:
			am.WriteString(s.Text)
			added += len(strings.Fields(s.Text))
		default:
			cur.WriteString(s.Text)
			am.WriteString(s.Text)
		}
	}
	return cur.String(), am.String(), struck, added
}

// The WA session law marks every change it makes to current law, which gives a
// real ground truth: diffing current law against amended law must delete the
// struck words ("marijuana") and insert the added ones ("cannabis"), and the
// edit must be as small as an exact (uncapped) Myers diff, give or take.
func TestWashingtonMarkupIsGroundTruth(t *testing.T) {
	marked := readWA(t)
	current, amended, struck, added := lawVersions(marked)
	if struck < 1000 || added < 1000 {
		t.Fatalf("extractor found %d struck and %d added words; want the bill's ~1300 of each", struck, added)
	}
	r := DiffWith(current, amended, Options{CoalesceWords: -1})
	if r.Coarse {
		t.Errorf("a real bill should not need the coarse fallback")
	}
	minimal := exactEditCount(current, amended)
	if got := r.Stats.Inserted + r.Stats.Deleted; got > minimal+minimal/50+10 {
		t.Errorf("redline changes %d words; an exact diff changes %d", got, minimal)
	}
	// Deleted words are words the bill strikes, inserted words words it adds.
	// Only all-letter words are checked: punctuation at a mark's edge glues to a
	// neighbouring word ("section⟦-,-⟧⟦+:+⟧" changes the word "section,").
	struckWords, addedWords := map[string]bool{}, map[string]bool{}
	for _, sp := range ParseMarkup(marked) {
		for _, w := range strings.Fields(sp.Text) {
			switch sp.Mark {
			case StruckLaw:
				struckWords[w] = true
			case NewLaw:
				addedWords[w] = true
			}
		}
	}
	var stray, total int
	for _, op := range r.Ops {
		vocab := map[Kind]map[string]bool{Delete: struckWords, Insert: addedWords}[op.Kind]
		for _, w := range strings.Fields(op.Text) {
			if vocab != nil && isAllLetters(w) {
				total++
				if !vocab[w] {
					stray++
				}
			}
		}
	}
	if stray > total/100 {
		t.Errorf("%d of %d changed words are not in the bill's struck/added text", stray, total)
	}
	// Coalesced, the redline reads as replaced phrases and keeps the totals honest.
	c := Diff(current, amended)
	if c.Stats.Inserted-c.Stats.Deleted != r.Stats.Inserted-r.Stats.Deleted {
		t.Errorf("coalescing changed the net word count")
	}
	if len(c.Ops) >= len(r.Ops) {
		t.Errorf("coalescing did not reduce the number of ops: %d vs %d", len(c.Ops), len(r.Ops))
	}
	// The marked text itself carries the marks through the diff.
	self := Diff(marked, marked)
	if self.Changed() || len(self.Ops) < 2*1000 {
		t.Errorf("identical marked text: changed=%v, %d ops (want unchanged ops split by mark)", self.Changed(), len(self.Ops))
	}
}

// exactEditCount is the number of words an exact shortest edit script changes,
// by Myers without patience anchoring, cost cap or budget (test reference).
func exactEditCount(x, y string) int {
	in := newInterner(0)
	a, b := tokenize(x, in, 0), tokenize(y, in, 1)
	d := newDiffer(a.ids, b.ids, in.counts)
	d.budget, d.costCap = 1<<62, 1<<30
	d.myers(0, len(a.ids), 0, len(b.ids))
	return d.changes()
}

func isAllLetters(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return w != ""
}
