package watchlist

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
)

// ErrMissingID is returned for a JSON line without an "id".
var ErrMissingID = errors.New(`missing "id"`)

// docLine is one input line of `billwatch match`: the Doc fields, plus
// "text" as a shorthand for a single version.
type docLine struct {
	ID           string `json:"id"`
	Jurisdiction string `json:"jurisdiction"`
	Title        string `json:"title"`
	Abstract     string `json:"abstract"`
	Text         string `json:"text"`
	Texts        []Text `json:"texts"`
}

// ReadDocs reads JSON lines {"id","title","abstract","text"} (also
// "jurisdiction" and "texts": [{"name","text"}]) and yields one Doc per
// non-blank line. A bad line yields an error naming its line number and
// ends the sequence. Lines may be of any length.
func ReadDocs(r io.Reader) iter.Seq2[Doc, error] {
	return func(yield func(Doc, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for lineNo := 1; ; lineNo++ {
			line, err := br.ReadBytes('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				yield(Doc{}, fmt.Errorf("read documents: line %d: %w", lineNo, err))
				return
			}
			if lineNo == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
				d, perr := parseDocLine(trimmed)
				if perr != nil {
					yield(Doc{}, fmt.Errorf("read documents: line %d: %w", lineNo, perr))
					return
				}
				if !yield(d, nil) {
					return
				}
			}
			if err != nil { // io.EOF after the last line
				return
			}
		}
	}
}

// ReadAllDocs collects ReadDocs into a slice.
func ReadAllDocs(r io.Reader) ([]Doc, error) {
	var docs []Doc
	for d, err := range ReadDocs(r) {
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func parseDocLine(line []byte) (Doc, error) {
	var l docLine
	if err := json.Unmarshal(line, &l); err != nil {
		return Doc{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if strings.TrimSpace(l.ID) == "" {
		return Doc{}, ErrMissingID
	}
	d := Doc{ID: strings.TrimSpace(l.ID), Jurisdiction: l.Jurisdiction, Title: l.Title, Abstract: l.Abstract, Texts: l.Texts}
	if l.Text != "" {
		d.Texts = append([]Text{{Name: "text", Text: l.Text}}, d.Texts...)
	}
	return d, nil
}

// WriteResults prints every result given, one per line: JSON lines when
// asJSON, else "MATCH id [watchlist] — why" followed by one indented line per
// hit (`group "term" in field: snippet`), or "no    id [watchlist] — why"
// for a non-match.
func WriteResults(w io.Writer, results []Result, asJSON bool) error {
	bw := bufio.NewWriter(w)
	if asJSON {
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, r := range results {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("write results: %w", err)
			}
		}
	} else {
		for _, r := range results {
			writeHuman(bw, r)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

func writeHuman(w *bufio.Writer, r Result) {
	verdict := "no   "
	if r.Matched {
		verdict = "MATCH"
	}
	fmt.Fprintf(w, "%s %s [%s] — %s\n", verdict, r.ID, r.Watchlist, r.Reason)
	for _, h := range r.Hits {
		fmt.Fprintf(w, "      %s %q in %s: %s\n", h.Group, h.Term, h.Field, h.Snippet)
	}
}
