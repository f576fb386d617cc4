package feeds

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/billwatch/billwatch/feeds/feedtest"
)

// TestHostileTextIsInert feeds markup, "]]>", control characters and invalid
// UTF-8 through every format: the XML must stay valid, titles must read
// back as the text itself (escaped once, not twice), and the HTML content
// must hold no element or attribute billwatch did not write.
func TestHostileTextIsInert(t *testing.T) {
	st := openFixture(t, feedtest.Options{Day2: true, Hostile: true})
	b := newBuilder(st)
	scope := Scope{Kind: Bill, Key: "zz/2026/H.666"}
	wantTitle := "[ZZ] New bill H.666: " + strings.Join(strings.Fields(Clean(feedtest.HostileTitle)), " ")
	for _, f := range Formats {
		out := render(t, b, scope, f)
		if f != JSON {
			if err := wellFormed(out); err != nil {
				t.Fatalf("%s: %v", f.Name(), err)
			}
		}
		if bytes.ContainsAny(out, "\x00\x01\x02\x08\x0b\x0c\x1b\x7f") || !isClean(string(out)) {
			t.Errorf("%s: control characters or invalid UTF-8 left in the output", f.Name())
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", f.Name(), err)
		}
		if len(feed.Items) != 3 {
			t.Fatalf("%s: %d items", f.Name(), len(feed.Items))
		}
		last := feed.Items[len(feed.Items)-1]
		if last.Title != wantTitle {
			t.Errorf("%s: title\n got %q\nwant %q", f.Name(), last.Title, wantTitle)
		}
		for _, it := range feed.Items {
			checkInert(t, f.Name()+" "+it.GUID, it.Content)
			if f == RSS {
				checkInert(t, f.Name()+" description "+it.GUID, it.Description)
			}
			if !strings.Contains(it.Content, "&lt;script&gt;") {
				t.Errorf("%s: the <script> of the title is not shown as text in %q", f.Name(), it.Content)
			}
			if strings.Contains(it.Content, "&amp;lt;") || strings.Contains(it.Content, "&amp;amp;") {
				t.Errorf("%s: double escaping in %q", f.Name(), it.Content)
			}
		}
	}
}

// checkInert parses an HTML fragment as a browser would and fails on any
// element outside what the item template and the redline writer produce,
// on event-handler attributes and on non-http links.
func checkInert(t *testing.T, where, fragment string) {
	t.Helper()
	allowed := map[string]bool{"p": true, "strong": true, "a": true, "ul": true, "li": true, "br": true, "mark": true,
		"blockquote": true, "div": true, "del": true, "ins": true, "s": true, "u": true}
	nodes, err := nethtml.ParseFragment(strings.NewReader(fragment), &nethtml.Node{Type: nethtml.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			if !allowed[n.Data] {
				t.Errorf("%s: element <%s> in content", where, n.Data)
			}
			for _, a := range n.Attr {
				if a.Key != "href" && a.Key != "class" {
					t.Errorf("%s: attribute %s=%q on <%s>", where, a.Key, a.Val, n.Data)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("%s: link %q", where, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
}

func TestSanitizeRedline(t *testing.T) {
	stored := `<div class="redline">a &amp; b
<del class="rl-del"><span class="rl-sr">deleted text: </span>old</del> <ins class="rl-ins"><span class="rl-sr">inserted text: </span>new</ins> <span class="law-struck"><span class="rl-sr">struck from current law: </span>law</span></div>`
	cases := []struct {
		name, in string
		mode     RedlineMode
		want     string
	}{
		{"page keeps classes", stored, ForPage, `<div class="redline">a &amp; b
<del class="rl-del"><span class="rl-sr">deleted text: </span>old</del> <ins class="rl-ins"><span class="rl-sr">inserted text: </span>new</ins> <span class="law-struck"><span class="rl-sr">struck from current law: </span>law</span></div>`},
		{"feed needs no stylesheet", stored, ForFeed, "<div>a &amp; b<br>\n<del>old</del> <ins>new</ins> [<s>law</s>]</div>"},
		{"script dropped with its content", `<del class="rl-del">x<script>alert(1)</script></del>`, ForPage, `<del class="rl-del">x</del>`},
		{"attributes dropped", `<ins class="rl-ins" onclick="x()" style="a">y</ins>`, ForPage, `<ins class="rl-ins">y</ins>`},
		{"unknown class loses the tag", `<span class="evil">z</span><del class="rl-del">d</del>`, ForPage, `z<del class="rl-del">d</del>`},
		{"unknown tags lose the tag", `<b>bold</b> <img src=x onerror=alert(1)> <a href="javascript:x">l</a>`, ForFeed, `bold  l`},
		{"unclosed is closed", `<div class="redline"><ins class="rl-ins">open`, ForPage, `<div class="redline"><ins class="rl-ins">open</ins></div>`},
		{"entities stay escaped once", `&lt;script&gt; ]]&gt; &amp;amp;`, ForFeed, `&lt;script&gt; ]]&gt; &amp;amp;`},
		{"control characters removed", "a\x01b\x0c", ForPage, "ab"},
		{"email styles inline", stored, ForEmail, `a &amp; b<br><del style="` + styleDel + `">old</del> <ins style="` + styleIns + `">new</ins> <span style="` +
			styleLawStruck + `">[law]</span>`},
		{"email current-law markup", `<span class="law-struck"><span class="rl-sr">x</span>old</span> <span class="law-new">new</span>`, ForEmail,
			`<span style="` + styleLawStruck + `">[old]</span> <span style="` + styleLawNew + `">new</span>`},
		{"email line breaks", "a\n\nb", ForEmail, "a<br><br>b"},
		{"email unknown markup dropped", `<a href="javascript:x" onclick="y">link</a><img src="http://t/x.gif"><script>z</script><style>s</style>`, ForEmail, `link`},
		{"email cut off mid-mark", `<del class="rl-del">gone`, ForEmail, `<del style="` + styleDel + `">gone</del>`},
		{"email raw elements dropped", `<ins class="rl-ins">a<svg><text>b</text></svg><textarea>c</textarea>d</ins>`, ForEmail, `<ins style="` + styleIns + `">ad</ins>`},
	}
	for _, c := range cases {
		if got := SanitizeRedline(c.in, c.mode); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestClean(t *testing.T) {
	cases := map[string]string{
		"plain":                     "plain",
		"tab\tnew\nline\r":          "tab\tnew\nline\r",
		"a\x00b\x01c\x0bd\x1fe\x7f": "abcde",
		"bad \xff\xfe utf8":         "bad  utf8",
		"c1 \u0085 \u009f ok é 漢 🙂": "c1   ok é 漢 🙂",
		"nonchar \uffff\ufffe":      "nonchar ",
	}
	for in, want := range cases {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHighlight(t *testing.T) {
	strong := Highlighter{Open: "<strong>", Close: "</strong>"}
	cases := []struct {
		h                   Highlighter
		snippet, term, want string
	}{
		{Mark, "the Privilege Card holder", "privilege card", "the <mark>Privilege Card</mark> holder"},
		{strong, "a <b> & c", "<b>", "a <strong>&lt;b&gt;</strong> &amp; c"},
		{Mark, "privilege cards", "privilege card", "<mark>privilege card</mark>s"},
		{Mark, "no such words", "privilege card", "no such words"},
		{Mark, "term with spaces", " ", "term with spaces"},
		{Mark, "first, then FIRST", "first", "<mark>first</mark>, then FIRST"},
		{Mark, "a\x01b", "b", "a<mark>b</mark>"},
		// Folding can change the length in bytes: the Kelvin sign is a K.
		{Mark, "0 \u212aelvin", "kelvin", "0 <mark>\u212aelvin</mark>"},
		{Mark, "ΣΊΣΥΦΟΣ", "σίσυφος", "<mark>ΣΊΣΥΦΟΣ</mark>"},
		{Mark, "x.y", ".", "x<mark>.</mark>y"},
	}
	for _, c := range cases {
		if got := string(c.h.Highlight(c.snippet, c.term)); got != c.want {
			t.Errorf("Highlight(%q, %q) = %q, want %q", c.snippet, c.term, got, c.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	cases := map[string]string{
		" https://legislature.vermont.gov/bill/status/2020/S.124 ": "https://legislature.vermont.gov/bill/status/2020/S.124",
		"http://example.test/a.pdf?a=1&b=2":                        "http://example.test/a.pdf?a=1&b=2",
		"javascript:alert(1)":                                      "",
		"/bills/relative":                                          "",
		"https://":                                                 "",
		"https:///path-only":                                       "",
		"ftp://example.test/x":                                     "",
		"https://example.test/a b":                                 "https://example.test/a%20b",
		"https://exa\x00mple.test/":                                "https://example.test/",
	}
	for in, want := range cases {
		if got := SafeURL(in); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", in, got, want)
		}
	}
	if got := OfficialURL([]string{"javascript:x", "", "https://example.test/bill"}); got != "https://example.test/bill" {
		t.Errorf("OfficialURL = %q", got)
	}
}
