package redline

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestHTMLEscapesEverythingAndLabelsChanges(t *testing.T) {
	r := Diff(`Sec. 1. Fee <b>5</b> & "x".`, `Sec. 1. Fee <script>alert('x')</script> & "y".`)
	out := HTML(r.Ops)
	for _, bad := range []string{"<script>", "<b>", `"y"`} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped %q in %s", bad, out)
		}
	}
	for _, want := range []string{"&lt;script&gt;", `<del class="rl-del"><span class="rl-sr">deleted text: </span>`,
		`<ins class="rl-ins"><span class="rl-sr">inserted text: </span>`} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q: %s", want, out)
		}
	}
	if !strings.Contains(Stylesheet, ".rl-sr") || !strings.Contains(Stylesheet, ".law-struck") {
		t.Errorf("stylesheet misses the classes the renderer uses")
	}
}

func TestLawMarksRenderApartFromVersionChanges(t *testing.T) {
	r := Diff("The ⟦-commissioner-⟧ shall.", "The ⟦-commissioner-⟧ ⟦+department+⟧ shall.")
	out := HTML(r.Ops)
	want := `The <span class="law-struck"><span class="rl-sr">struck from current law: </span>commissioner</span> ` +
		`<ins class="rl-ins"><span class="rl-sr">inserted text: </span><span class="law-new"><span class="rl-sr">new text in law: </span>department</span></ins> shall.`
	if !strings.Contains(out, want) {
		t.Errorf("HTML =\n%s\nwant it to contain\n%s", out, want)
	}
	if got := Text(r.Ops); got != "The ⟦-commissioner-⟧ {+⟦+department+⟧+} shall." {
		t.Errorf("Text = %q", got)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	r := Diff("Sec. 1. a ⟦-b-⟧ c\n\nSec. 2. d", "Sec. 1. a ⟦+x+⟧ c\n\nSec. 3. e")
	js, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"op":"delete"`, `"mark":"struck_law"`, `"status":"amended"`, `"stats":{"inserted":`, `"summary":"`} {
		if !strings.Contains(string(js), field) {
			t.Errorf("JSON lacks %s: %s", field, js)
		}
	}
	var back Result
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip changed the result:\n%+v\n%+v", back, r)
	}
	empty, _ := JSON(Diff("", ""))
	if !strings.Contains(string(empty), `"ops":[]`) || !strings.Contains(string(empty), `"sections":[]`) {
		t.Errorf("empty result should encode empty lists, not null: %s", empty)
	}
}

func TestWritersMatchStrings(t *testing.T) {
	r := Diff(readUSLM(t, "H2157_IH.XML"), readUSLM(t, "h2157_enr.XML"))
	var text, html strings.Builder
	if err := WriteText(&text, r.Ops); err != nil || text.String() != Text(r.Ops) {
		t.Errorf("WriteText differs from Text (err %v)", err)
	}
	if err := WriteHTML(&html, r.Ops); err != nil || html.String() != HTML(r.Ops) {
		t.Errorf("WriteHTML differs from HTML (err %v)", err)
	}
}

func TestExcerpt(t *testing.T) {
	if ex := Excerpt(Diff("same words", "same words"), 40); ex != nil {
		t.Errorf("no changes should give no excerpt, got %v", ex)
	}
	old := strings.Repeat("filler words here. ", 30) + "The commissioner may share records. " +
		strings.Repeat("more filler text. ", 30) + "Photographs are public. " + strings.Repeat("tail words. ", 30)
	new := strings.Replace(old, "may share", "shall not share", 1)
	new = strings.Replace(new, "Photographs are public.", "Photographs and facial templates are confidential and may not be disclosed to any agency that enforces immigration law.", 1)
	ex := Text(Excerpt(Diff(old, new), 40))
	for _, want := range []string{"[-may-]{+shall not+}", "{+and facial", Ellipsis} {
		if !strings.Contains(ex, want) {
			t.Errorf("excerpt lacks %q: %q", want, ex)
		}
	}
	if n := len(strings.Fields(ex)); n > 50 {
		t.Errorf("excerpt has %d words for a budget of 40: %q", n, ex)
	}
	if strings.Contains(ex, "\n") {
		t.Errorf("excerpt keeps line breaks: %q", ex)
	}
}

func TestWholeReplacementIsAValidResult(t *testing.T) {
	old, new := "Sec. 1. a ⟦-b-⟧\n c", "d  e"
	r := wholeReplacement(old, new)
	checkOps(t, old, new, r)
	if !r.Coarse || !strings.Contains(r.Summary, "unavailable") {
		t.Errorf("fallback must say what it is: %+v", r)
	}
}
