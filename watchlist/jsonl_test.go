package watchlist

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

func TestReadDocs(t *testing.T) {
	long := strings.Repeat("driver's license ", 100000) // a 1.7 MB line
	input := "\xef\xbb\xbf" + `{"id":"vt/2026/H.1","title":"T","abstract":"A","text":"body"}` + "\n" +
		"\n   \n" +
		`{"id":"ny/2025/S1","jurisdiction":"ny","texts":[{"name":"Introduced","text":"x"},{"name":"Amended","text":"y"}],"extra":1}` + "\n" +
		`{"id":"us/119/HR1","text":"` + long + `"}` // no final newline
	docs, err := ReadAllDocs(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{
		{ID: "vt/2026/H.1", Title: "T", Abstract: "A", Texts: []Text{{Name: "text", Text: "body"}}},
		{ID: "ny/2025/S1", Jurisdiction: "ny", Texts: []Text{{Name: "Introduced", Text: "x"}, {Name: "Amended", Text: "y"}}},
		{ID: "us/119/HR1", Texts: []Text{{Name: "text", Text: long}}},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("docs = %+v", docs[:2])
	}
}

func TestReadDocsErrors(t *testing.T) {
	tests := []struct {
		input string
		want  string
		is    error
	}{
		{`{"id":"a"}` + "\n" + `{"id":` + "\n", "line 2: invalid JSON", nil},
		{"\n\n" + `{"title":"no id"}`, "line 3: missing \"id\"", ErrMissingID},
		{`{"id":"a","texts":"oops"}`, "line 1: invalid JSON", nil},
	}
	for _, tt := range tests {
		var got []Doc
		var err error
		for d, e := range ReadDocs(strings.NewReader(tt.input)) {
			if e != nil {
				err = e
				break
			}
			got = append(got, d)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.input, err, tt.want)
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%q: error %v does not wrap %v", tt.input, err, tt.is)
		}
	}
}

// TestGolden runs testdata/match_input.jsonl through the default watchlist
// plus testdata/example.toml and compares both output formats with
// testdata/golden. Run with -update to accept new output.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/match_input.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadAllDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	set := exampleSet(t)
	var results []Result
	for _, d := range docs {
		results = append(results, set.Match(d)...)
	}
	for _, format := range []struct {
		file   string
		asJSON bool
	}{{"match.txt", false}, {"match.jsonl", true}} {
		var buf bytes.Buffer
		if err := WriteResults(&buf, results, format.asJSON); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", format.file)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from golden:\n%s", format.file, buf.String())
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteResultsError(t *testing.T) {
	err := WriteResults(failingWriter{}, []Result{{ID: "a", Watchlist: "w", Reason: "r"}}, false)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v", err)
	}
}
