package digest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// A watchlist title or bill title with CR/LF and non-ASCII text reaches the
// message only as encoded header words or escaped body text: no header of
// its own, no extra recipient.
func TestHeaderInjectionIsEncodedNotObeyed(t *testing.T) {
	ms := newMailServer(t, false)
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime.Add(-time.Hour))
	evil := h351()
	evil.Identifier, evil.Title = "H.352", "Führerschein data\r\nX-Injected: yes\r\n\r\n<b>body</b>"
	f.apply(evil, nil, dmvMatch(`"privilege card" in title`))
	f.at(buildTime)
	title := "DMV data — données\r\nBcc: evil@example.org"
	svc := newService(t, f, ms, testWatchlists(t, title), TLSStartTLS)
	rs, err := svc.Send(context.Background(), Request{To: "ana@example.org"})
	if err != nil || statuses(rs) != "sent" {
		t.Fatalf("%+v %v", rs, err)
	}
	got := ms.messages()
	if len(got) != 1 || len(got[0].To) != 1 || got[0].To[0] != "ana@example.org" {
		t.Fatalf("envelope recipients: %+v", got)
	}
	p := parseMessage(t, got[0].Data)
	checkHeaders(t, p, "ana@example.org")
	for _, h := range []string{"Bcc", "X-Injected"} {
		if v, ok := p.Header[h]; ok {
			t.Errorf("injected header %s: %q", h, v)
		}
	}
	if s := decodedSubject(t, p.Header); !strings.HasPrefix(s, "DMV data — données Bcc: evil@example.org: ") || strings.ContainsAny(s, "\r\n") {
		t.Errorf("subject %q", s)
	}
	if strings.Contains(p.HTML, "<b>body</b>") || !strings.Contains(p.HTML, "&lt;b&gt;body&lt;/b&gt;") {
		t.Error("the bill title reached the HTML unescaped")
	}

	rs, err = svc.Send(context.Background(), Request{To: "ana@example.org\r\nBcc: evil@example.org"})
	if err != nil || statuses(rs) != "failed" || !errors.Is(rs[0].Err, ErrBadHeader) || len(ms.messages()) != 1 {
		t.Errorf("address with CRLF: %+v, %v", rs, err)
	}
}
