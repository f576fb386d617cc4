package digest

import (
	"strings"
	"testing"

	"github.com/billwatch/billwatch/redline"
)

func TestEmailRedline(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"insert and delete",
			`<div class="redline">shall <del class="rl-del"><span class="rl-sr">deleted text: </span>may</del> <ins class="rl-ins"><span class="rl-sr">inserted text: </span>shall not</ins> disclose</div>`,
			`shall <del style="` + styleDel + `">may</del> <ins style="` + styleIns + `">shall not</ins> disclose`},
		{"current-law markup", `<span class="law-struck"><span class="rl-sr">x</span>old</span> <span class="law-new">new</span>`,
			`<span style="` + styleLawStruck + `">[old]</span> <span style="` + styleLawNew + `">new</span>`},
		{"line breaks", "a\n\nb", "a<br><br>b"},
		{"text is re-escaped", `<ins class="rl-ins">&lt;script&gt;x &amp; y</ins>`, `<ins style="` + styleIns + `">&lt;script&gt;x &amp; y</ins>`},
		{"unknown markup is dropped", `<a href="javascript:x" onclick="y">link</a><img src="http://t/x.gif"><script>z</script>`, `link`},
		{"cut off mid-mark", `<del class="rl-del">gone`, `<del style="` + styleDel + `">gone</del>`},
	}
	for _, c := range cases {
		if got := string(emailRedline(c.in)); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// The excerpt the crawler stores (redline.HTML of redline.Excerpt) comes out
// with inline marks only.
func TestEmailRedlineOfRealExcerpt(t *testing.T) {
	r := redline.Diff(h351Intro, h351House)
	got := string(emailRedline(redline.HTML(redline.Excerpt(r, 60))))
	for _, bad := range []string{"class=", "rl-sr", "deleted text:"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q left in %s", bad, got)
		}
	}
	if !strings.Contains(got, `<ins style="`) || !strings.Contains(got, "driver&#39;s") {
		t.Errorf("excerpt %s", got)
	}
}
