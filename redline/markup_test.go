package redline

import (
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestParseMarkup(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Span
	}{
		{"plain", "no marks here", []Span{{"no marks here", None}}},
		{"empty", "", nil},
		{"both", "the ⟦-commissioner-⟧ ⟦+department+⟧ shall", []Span{
			{"the ", None}, {"commissioner", StruckLaw}, {" ", None}, {"department", NewLaw}, {" shall", None}}},
		{"inside a word", "commis⟦-s-⟧ioner", []Span{{"commis", None}, {"s", StruckLaw}, {"ioner", None}}},
		{"adjacent same marks merge", "⟦+a+⟧⟦+b+⟧", []Span{{"ab", NewLaw}}},
		{"empty span dropped", "x⟦++⟧y", []Span{{"xy", None}}},
		{"stray bracket is text", "see ⟦note⟧ here", []Span{{"see ⟦note⟧ here", None}}},
		{"unterminated runs to end", "keep ⟦+new text", []Span{{"keep ", None}, {"new text", NewLaw}}},
		{"no nesting: inner opener is text", "⟦+a ⟦-b-⟧ c+⟧", []Span{{"a ⟦-b-⟧ c", NewLaw}}},
		{"closer outside a span is text", "a +⟧ b", []Span{{"a +⟧ b", None}}},
		{"brackets of the bill kept", "[Reserved] {see} ⟦-(a)-⟧", []Span{{"[Reserved] {see} ", None}, {"(a)", StruckLaw}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ParseMarkup(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseMarkup(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkupRoundTrip(t *testing.T) {
	in := "§ 2. The ⟦-commissioner-⟧ ⟦+department+⟧ may require ⟦+proof of identity+⟧."
	if got := Markup(ParseMarkup(in)); got != in {
		t.Errorf("Markup(ParseMarkup(x)) = %q, want %q", got, in)
	}
	if got, want := StripMarkup(in), "§ 2. The commissioner department may require proof of identity."; got != want {
		t.Errorf("StripMarkup = %q, want %q", got, want)
	}
}

// A change of markup alone (the new version no longer strikes a word) is not a
// change of words: the redline shows the word as unchanged, carrying the new
// version's mark, and counts it in Stats.MarkChanged.
func TestMarkupOnlyChange(t *testing.T) {
	r := Diff("The ⟦-commissioner-⟧ shall act.", "The commissioner shall act.")
	if r.Changed() {
		t.Fatalf("markup-only change reported as a word change: %+v", r.Ops)
	}
	if r.Stats.MarkChanged != 1 {
		t.Errorf("MarkChanged = %d, want 1", r.Stats.MarkChanged)
	}
	r = Diff("The commissioner shall act.", "The ⟦-commissioner-⟧ ⟦+department+⟧ shall act.")
	want := []Op{{Equal, "The", None}, {Equal, " commissioner", StruckLaw}, {Insert, " department", NewLaw}, {Equal, " shall act.", None}}
	if !reflect.DeepEqual(r.Ops, want) {
		t.Errorf("ops = %#v, want %#v", r.Ops, want)
	}
}

var (
	nyLineNumber = regexp.MustCompile(`(?m)^ {0,6}\d{1,2} {1,2}`)
	nyTag        = regexp.MustCompile(`(?i)</?(b|u|s|font|basefont|p|pre|style)[^>]*>`)
)

// nyMarkup converts NY LBDC bill text (fixed-width text in <PRE>, line numbers
// at the start of lines, <B><U> new law, <S> struck law) into the ⟦+ +⟧ / ⟦- -⟧
// convention, as the NY source will (test-only helper, enough for the fixture).
func nyMarkup(raw string) string {
	if i := strings.LastIndex(raw, "___________"); i >= 0 {
		raw = raw[i+len("___________"):]
	}
	if i := strings.Index(raw, "EXPLANATION--"); i >= 0 {
		if j := strings.Index(raw[i:], "</PRE>"); j >= 0 {
			raw = raw[:i] + raw[i+j:]
		}
	}
	raw = strings.NewReplacer("<B><U>", OpenNewLaw, "</U></B>", CloseNewLaw, "<S>", OpenStruckLaw, "</S>", CloseStruckLaw).Replace(raw)
	raw = nyTag.ReplaceAllString(raw, "")
	raw = strings.ReplaceAll(raw, "]]></billtext_html>", "")
	raw = nyLineNumber.ReplaceAllString(raw, "")
	return html.UnescapeString(raw)
}

func TestNewYorkBillTextKeepsItsMarks(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "ny", "lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML"))
	if err != nil {
		t.Fatal(err)
	}
	text := nyMarkup(string(raw))
	var newLaw string
	for _, s := range ParseMarkup(text) {
		if s.Mark == NewLaw {
			newLaw += s.Text
		}
	}
	if !strings.Contains(newLaw, "Products manufactured in compliance") || strings.Contains(newLaw, "ninetieth day") {
		t.Fatalf("new-law text not recovered from <B><U>: %.200q", newLaw)
	}
	// A committee amendment of the effective date, made to the real text.
	amended := strings.Replace(text, "ninetieth day", "one hundred twentieth day", 1)
	r := Diff(text, amended)
	if r.Summary != "§ 2 amended (+3 −1 words)" {
		t.Errorf("summary = %q", r.Summary)
	}
	marked := 0
	for _, op := range r.Ops {
		if op.Kind == Equal && op.Mark == NewLaw {
			marked += len(strings.Fields(op.Text))
		}
	}
	if marked < 200 {
		t.Errorf("only %d unchanged words carry the new-law mark", marked)
	}
	html := HTML(r.Ops)
	if !strings.Contains(html, `<span class="law-new">`) || !strings.Contains(html, `<del class="rl-del">`) {
		t.Errorf("HTML lacks the law-new span or the version deletion: %.300s", html)
	}
}
