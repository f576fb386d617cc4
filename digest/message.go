package digest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	netmail "net/mail"
	"net/url"
	"strings"
	"time"

	"github.com/billwatch/billwatch/internal/lazyre"
	mail "github.com/wneessen/go-mail"
)

// ErrBadHeader is wrapped by every error about a header value that cannot be
// put in a message safely (an address that does not parse, a URI or domain
// with spaces or line breaks).
var ErrBadHeader = errors.New("invalid header value")

// Envelope holds the headers that do not come from the digest itself.
type Envelope struct {
	From string // "billwatch <digest@example.org>"
	To   string // one recipient: every recipient gets their own message and cursor
	Date time.Time
	// Domain is the right-hand side of Message-ID and List-Id; it must stay
	// the same across runs so a re-sent digest keeps its Message-ID.
	Domain          string
	ListUnsubscribe []string // mailto: and https: URIs, placeholders already filled
}

// Message is one composed digest email.
type Message struct {
	Digest   *Digest
	Rendered Rendered
	To       string // bare recipient address
	ID       string // Message-ID without angle brackets
	msg      *mail.Msg
}

var domainPattern = lazyre.New(`^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$`)

// Compose builds the multipart/alternative message (text/plain first, then
// text/html, both UTF-8 quoted-printable). Header encoding and folding are
// go-mail's; here values are checked and line breaks folded first, so no
// value can start a header of its own.
func Compose(d *Digest, r Rendered, env Envelope) (*Message, error) {
	from, err := netmail.ParseAddress(env.From)
	if err != nil {
		return nil, fmt.Errorf("%w: From %q: %v", ErrBadHeader, env.From, err)
	}
	to, err := netmail.ParseAddress(env.To)
	if err != nil {
		return nil, fmt.Errorf("%w: To %q: %v", ErrBadHeader, env.To, err)
	}
	if !domainPattern.MatchString(env.Domain) {
		return nil, fmt.Errorf("%w: Message-ID domain %q", ErrBadHeader, env.Domain)
	}
	for _, u := range env.ListUnsubscribe {
		if err := checkUnsubscribeURI(u); err != nil {
			return nil, err
		}
	}
	date := env.Date
	if date.IsZero() {
		date = d.Generated
	}
	m := &Message{Digest: d, Rendered: r, To: to.Address, ID: MessageID(d, to.Address, env.Domain)}
	msg := mail.NewMsg(mail.WithNoDefaultUserAgent())
	msg.FromMailAddress(from)
	msg.ToMailAddress(to)
	msg.Subject(oneLine(r.Subject))
	msg.SetDateWithValue(date)
	msg.SetMessageIDWithValue(m.ID)
	msg.SetGenHeader(mail.HeaderUserAgent, "billwatch")
	// Not a personal message: tell auto-responders (RFC 3834) and give
	// filters a stable list id per watchlist.
	msg.SetGenHeader("Auto-Submitted", "auto-generated")
	msg.SetGenHeader(mail.HeaderXAutoResponseSuppress, "All")
	msg.SetGenHeaderPreformatted("List-Id", "<"+d.Watchlist+".digest."+env.Domain+">")
	if len(env.ListUnsubscribe) > 0 {
		msg.SetListUnsubscribe(env.ListUnsubscribe...)
	}
	msg.SetBodyString(mail.TypeTextPlain, r.Text)
	msg.AddAlternativeString(mail.TypeTextHTML, r.HTML)
	m.msg = msg
	return m, nil
}

// MessageID is stable for a given digest and recipient, so that a digest
// the server accepted but that could not be recorded (a crash in between)
// is re-sent with the same id and clients can drop the duplicate. The
// recipient is hashed to keep the address out of the id.
func MessageID(d *Digest, recipient, domain string) string {
	h := sha256.Sum256([]byte(strings.ToLower(recipient)))
	scope := fmt.Sprintf("%d-%d", d.FromID, d.ToID)
	if d.OneOff {
		scope = fmt.Sprintf("since%d-%d", d.Since.Unix(), d.ToID)
	}
	return fmt.Sprintf("billwatch-digest.%s.%s.%s@%s", localPart(d.Watchlist), scope, hex.EncodeToString(h[:6]), domain)
}

// localPart keeps only characters that need no quoting in a Message-ID.
func localPart(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return '_'
	}, s)
}

func checkUnsubscribeURI(u string) error {
	p, err := url.Parse(u)
	if err != nil || strings.ContainsAny(u, " \t\r\n<>,") || (p.Scheme != "mailto" && p.Scheme != "https" && p.Scheme != "http") {
		return fmt.Errorf("%w: List-Unsubscribe %q: want a mailto: or https: URI", ErrBadHeader, u)
	}
	return nil
}

// WriteTo writes the message in RFC 5322 form (CRLF line ends), as an
// .eml file or the SMTP DATA.
func (m *Message) WriteTo(w io.Writer) (int64, error) { return m.msg.WriteTo(w) }

// Bytes is the whole message.
func (m *Message) Bytes() ([]byte, error) {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("write digest message: %w", err)
	}
	return b.Bytes(), nil
}
