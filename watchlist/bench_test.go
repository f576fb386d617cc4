package watchlist

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"
)

// wordsPerPage is the assumed length of a printed bill page, used to size
// the benchmark text and to report time per page.
const (
	wordsPerPage   = 500
	benchmarkPages = 60
)

var waTextOnce = sync.OnceValues(func() (string, error) {
	f, err := os.Open("testdata/wa_1210-S2.htm.gz")
	if err != nil {
		return "", err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return "", err
	}
	return stripTags(raw)
})

// waText is the text of WA 2SHB 1210 (2021-22), a real 1.1 MB session law,
// with its HTML tags stripped: about 93,000 words.
func waText(t testing.TB) string {
	t.Helper()
	s, err := waTextOnce()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func stripTags(doc []byte) (string, error) {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return b.String(), nil
			}
			return "", z.Err()
		case html.TextToken:
			b.Write(z.Text())
			b.WriteByte(' ')
		}
	}
}

// pages returns the first n pages' worth of whitespace-separated words of
// text, repeating it if it is too short.
func pages(text string, n int) string {
	fields := strings.Fields(text)
	want := n * wordsPerPage
	out := make([]string, 0, want)
	for len(out) < want {
		out = append(out, fields[:min(len(fields), want-len(out))]...)
	}
	return strings.Join(out, " ")
}

func exampleSet(t testing.TB) *Set {
	t.Helper()
	data, err := os.ReadFile("testdata/example.toml")
	if err != nil {
		t.Fatal(err)
	}
	user, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return Default().Merge(user)
}

func benchDoc(b *testing.B) Doc {
	text := pages(waText(b), benchmarkPages)
	return Doc{
		ID:       "wa/2021-22/HB1210",
		Title:    "Replacing marijuana with cannabis",
		Abstract: "Replaces the term marijuana with cannabis throughout the Revised Code of Washington.",
		Texts:    []Text{{Name: "Session Law", Text: text}},
	}
}

func reportPerPage(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchmarkPages, "ns/page")
}

// BenchmarkSetMatch60Pages matches a 60-page real bill text against the
// default watchlist plus the three of testdata/example.toml.
func BenchmarkSetMatch60Pages(b *testing.B) {
	s := exampleSet(b)
	d := benchDoc(b)
	b.SetBytes(int64(len(d.Texts[0].Text)))
	b.ResetTimer()
	for b.Loop() {
		s.Match(d)
	}
	reportPerPage(b)
}

// BenchmarkDefaultMatch60Pages is the same text against dmv-data alone.
func BenchmarkDefaultMatch60Pages(b *testing.B) {
	w, _ := Default().Lookup("dmv-data")
	d := benchDoc(b)
	b.SetBytes(int64(len(d.Texts[0].Text)))
	b.ResetTimer()
	for b.Loop() {
		w.Match(d)
	}
	reportPerPage(b)
}

// BenchmarkCompileDefault measures building the default watchlist's index.
func BenchmarkCompileDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(defaultTOML); err != nil {
			b.Fatal(err)
		}
	}
}
