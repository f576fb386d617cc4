package digest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// parsed is a received message taken apart with the standard library only.
type parsed struct {
	Header mail.Header
	Raw    string // the header section as sent
	Text   string
	HTML   string
	Parts  []string // content types in order
}

func parseMessage(t *testing.T, data []byte) parsed {
	t.Helper()
	var p parsed
	head, _, ok := bytes.Cut(data, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no CRLF CRLF between header and body:\n%q", data[:min(len(data), 400)])
	}
	p.Raw = string(head)
	msg, err := mail.ReadMessage(bufio.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	p.Header = msg.Header
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type %q: %v", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart() // decodes quoted-printable
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(part)
		if err != nil {
			t.Fatal(err)
		}
		ct, cp, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if !strings.EqualFold(cp["charset"], "utf-8") {
			t.Errorf("part %s charset %q", ct, cp["charset"])
		}
		p.Parts = append(p.Parts, ct)
		switch ct {
		case "text/plain":
			p.Text = string(body)
		case "text/html":
			p.HTML = string(body)
		}
	}
	return p
}

var messageIDPattern = regexp.MustCompile(`^<[A-Za-z0-9._-]+@billwatch\.example\.org>$`)

// checkHeaders asserts what every digest message must have.
func checkHeaders(t *testing.T, p parsed, to string) {
	t.Helper()
	for i, line := range strings.Split(p.Raw, "\r\n") {
		if len(line) > 998 {
			t.Errorf("header line %d is %d bytes", i+1, len(line))
		}
		for _, r := range line {
			if r > 126 || (r < 32 && r != '\t') {
				t.Errorf("header line %d has raw character %q: %q", i+1, r, line)
				break
			}
		}
	}
	if strings.Contains(strings.ReplaceAll(p.Raw, "\r\n", ""), "\n") {
		t.Error("bare LF in the header section")
	}
	h := p.Header
	if _, err := mail.ParseDate(h.Get("Date")); err != nil {
		t.Errorf("Date %q: %v", h.Get("Date"), err)
	}
	if id := h.Get("Message-Id"); !messageIDPattern.MatchString(id) {
		t.Errorf("Message-ID %q", id)
	}
	if h.Get("Mime-Version") != "1.0" {
		t.Errorf("MIME-Version %q", h.Get("Mime-Version"))
	}
	if from, err := mail.ParseAddress(h.Get("From")); err != nil || from.Address != "digest@billwatch.example.org" {
		t.Errorf("From %q: %v", h.Get("From"), err)
	}
	if got, err := h.AddressList("To"); err != nil || len(got) != 1 || got[0].Address != to {
		t.Errorf("To %q, want only %s: %v", h.Get("To"), to, err)
	}
	if h.Get("Subject") == "" || h.Get("Auto-Submitted") != "auto-generated" {
		t.Errorf("Subject %q, Auto-Submitted %q", h.Get("Subject"), h.Get("Auto-Submitted"))
	}
	if got := strings.Join(p.Parts, ","); got != "text/plain,text/html" {
		t.Errorf("parts %s, want text/plain then text/html", got)
	}
}

func decodedSubject(t *testing.T, h mail.Header) string {
	t.Helper()
	s, err := new(mime.WordDecoder).DecodeHeader(h.Get("Subject"))
	if err != nil {
		t.Fatalf("Subject %q: %v", h.Get("Subject"), err)
	}
	return s
}

// htmlLinks returns every href of an HTML document.
func htmlLinks(t *testing.T, doc string) []string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if a.Key == "href" {
				out = append(out, a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

func TestComposeRejectsUnsafeHeaderValues(t *testing.T) {
	d := &Digest{Watchlist: "dmv-data", Title: "DMV data", Generated: buildTime}
	r := Rendered{Subject: d.Subject(), Text: "x\n", HTML: "<p>x</p>"}
	good := Envelope{From: "billwatch <digest@billwatch.example.org>", To: "ana@example.org", Domain: "billwatch.example.org", Date: buildTime}
	if _, err := Compose(d, r, good); err != nil {
		t.Fatal(err)
	}
	bad := []func(e *Envelope){
		func(e *Envelope) { e.To = "ana@example.org\r\nBcc: evil@example.org" },
		func(e *Envelope) { e.From = "billwatch <digest@billwatch.example.org>\nX-Evil: 1" },
		func(e *Envelope) { e.Domain = "example.org>\r\nX-Evil: 1" },
		func(e *Envelope) { e.ListUnsubscribe = []string{"https://example.org/u\r\nX-Evil: 1"} },
		func(e *Envelope) { e.ListUnsubscribe = []string{"javascript:alert(1)"} },
	}
	for i, mutate := range bad {
		e := good
		mutate(&e)
		if _, err := Compose(d, r, e); !errors.Is(err, ErrBadHeader) {
			t.Errorf("case %d: err = %v, want ErrBadHeader", i, err)
		}
	}
}

func TestMessageIDIsStable(t *testing.T) {
	d := &Digest{Watchlist: "dmv-data", FromID: 4, ToID: 12}
	a, b := MessageID(d, "Ana@Example.org", "billwatch.example.org"), MessageID(d, "ana@example.org", "billwatch.example.org")
	if a != b || !messageIDPattern.MatchString("<"+a+">") || strings.Contains(a, "ana") {
		t.Errorf("ids %q %q", a, b)
	}
	d.ToID = 13
	if MessageID(d, "ana@example.org", "billwatch.example.org") == a {
		t.Error("a different range must get a different id")
	}
	once := &Digest{Watchlist: "dmv-data", ToID: 12, OneOff: true, Since: time.Unix(1e9, 0)}
	if MessageID(once, "ana@example.org", "billwatch.example.org") == a {
		t.Error("a one-off must not reuse the cursor digest's id")
	}
}
