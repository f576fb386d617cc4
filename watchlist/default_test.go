package watchlist

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// labeled is a document with its expected outcome and where it came from.
type labeled struct {
	doc  Doc
	want bool
	from string
}

func loadLabeledJSONL(t *testing.T, path string, want bool) []labeled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// ReadDocs ignores the extra provenance fields ("row", "topic", "source").
	docs, err := ReadAllDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []labeled
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var meta struct {
			Row int `json:"row"`
		}
		if err := json.Unmarshal([]byte(line), &meta); err != nil {
			t.Fatal(err)
		}
		from := path + ":" + strconv.Itoa(i+1)
		if meta.Row > 0 {
			from = "§11 row " + strconv.Itoa(meta.Row)
		}
		out = append(out, labeled{doc: docs[i], want: want, from: from})
	}
	return out
}

// loadIllinois reads the 27 real Illinois bills (none on topic).
func loadIllinois(t *testing.T) []labeled {
	t.Helper()
	data, err := os.ReadFile("testdata/illinois.json")
	if err != nil {
		t.Fatal(err)
	}
	var bills []struct {
		ID, Title, Description string
	}
	if err := json.Unmarshal(data, &bills); err != nil {
		t.Fatal(err)
	}
	out := make([]labeled, len(bills))
	for i, b := range bills {
		out[i] = labeled{
			doc:  Doc{ID: "il/103/" + b.ID, Title: b.Title, Abstract: b.Description},
			from: "illinois.json " + b.ID,
		}
	}
	return out
}

func TestDefaultIsValid(t *testing.T) {
	s, err := Parse(defaultTOML)
	if err != nil {
		t.Fatalf("default.toml: %v", err)
	}
	w, ok := s.Lookup("dmv-data")
	if !ok || w.Title != "DMV data" || w.Near != 60 || len(w.All) != 2 {
		t.Fatalf("dmv-data = %+v", w)
	}
}

// TestDefaultPrecisionRecall checks the built-in watchlist on the real bills
// of topic-dmv-data.md §11 (positives), the §10 false-positive examples and
// the 27 real Illinois bills (negatives), and logs precision and recall.
func TestDefaultPrecisionRecall(t *testing.T) {
	var cases []labeled
	cases = append(cases, loadLabeledJSONL(t, "testdata/positives.jsonl", true)...)
	cases = append(cases, loadLabeledJSONL(t, "testdata/negatives.jsonl", false)...)
	cases = append(cases, loadIllinois(t)...)
	w, _ := Default().Lookup("dmv-data")

	var tp, fp, fn, tn int
	for _, c := range cases {
		r := w.Match(c.doc)
		switch {
		case r.Matched && c.want:
			tp++
		case r.Matched && !c.want:
			fp++
			t.Errorf("false positive %s (%s): %s", c.doc.ID, c.from, r.Reason)
		case !r.Matched && c.want:
			fn++
			t.Errorf("missed %s (%s): %s", c.doc.ID, c.from, r.Reason)
		default:
			tn++
		}
		if testing.Verbose() {
			t.Logf("%-5v %-22s %s", r.Matched, c.doc.ID, r.Reason)
		}
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("dmv-data: %d positives, %d negatives: tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f",
		tp+fn, fp+tn, tp, fp, fn, tn, precision, recall)
}

// TestDefaultLongOffTopicText runs dmv-data over a real 93,000-word session
// law that mentions the Department of Licensing, identification cards and
// disclosure many times: its title's "cannabis" vetoes the co-occurrence.
func TestDefaultLongOffTopicText(t *testing.T) {
	w, _ := Default().Lookup("dmv-data")
	d := Doc{
		ID:    "wa/2021-22/HB1210",
		Title: `AN ACT Relating to replacing the term "marijuana" with the term "cannabis" throughout the Revised Code of Washington`,
		Texts: []Text{{Name: "Session Law", Text: waText(t)}},
	}
	r := w.Match(d)
	if r.Matched || !strings.HasPrefix(r.Reason, `vetoed by "marijuana" in title, "cannabis" in title: "Department of Licensing" + "disclosed"`) {
		t.Errorf("got %v: %s", r.Matched, r.Reason)
	}
}
