package digest

import (
	"strings"
	"testing"

	"github.com/billwatch/billwatch/redline"
)

// The email form of an excerpt is feeds.SanitizeRedline's (tested there);
// here, that an empty excerpt stays empty, so the template shows no box.
func TestEmailRedlineEmpty(t *testing.T) {
	for _, in := range []string{"", " \n "} {
		if got := emailRedline(in); got != "" {
			t.Errorf("emailRedline(%q) = %q", in, got)
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
