package digest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	mail "github.com/wneessen/go-mail"
)

// TLS modes of SMTPConfig.TLS.
const (
	TLSStartTLS = "starttls" // submission port 587, STARTTLS required (default)
	TLSImplicit = "implicit" // port 465, TLS from the first byte
	TLSNone     = "none"     // plain text: refused unless the server is on loopback
)

// ErrInsecureSMTP is returned for TLS "none" to a server that is not on
// loopback: credentials and addresses would cross the network in clear.
var ErrInsecureSMTP = errors.New(`smtp tls = "none" is only allowed for a server on loopback`)

// SMTPConfig says how to reach the mail server.
type SMTPConfig struct {
	Host     string
	Port     int    // 0: 587 (starttls), 465 (implicit) or 25 (none)
	TLS      string // TLSStartTLS (""), TLSImplicit or TLSNone
	Username string // "" sends without AUTH
	Password string // from BILLWATCH_SMTP_PASSWORD; String() never shows it
	// TLSConfig replaces the default (system roots, ServerName = Host);
	// tests pass one that trusts their own certificate.
	TLSConfig *tls.Config
	Timeout   time.Duration // per connection step; 0: 30s
}

// String describes the server without the password.
func (c SMTPConfig) String() string {
	user := "no auth"
	if c.Username != "" {
		user = "user " + c.Username
	}
	return fmt.Sprintf("smtp %s:%d (%s, %s)", c.Host, c.port(), c.mode(), user)
}

func (c SMTPConfig) mode() string {
	if c.TLS == "" {
		return TLSStartTLS
	}
	return strings.ToLower(c.TLS)
}

func (c SMTPConfig) port() int {
	switch {
	case c.Port != 0:
		return c.Port
	case c.mode() == TLSImplicit:
		return 465
	case c.mode() == TLSNone:
		return 25
	}
	return 587
}

// Transport delivers composed messages. Deliver returns one error per
// message, nil for each one the server accepted (250 after DATA).
type Transport interface {
	Deliver(ctx context.Context, msgs []*Message) []error
}

// SMTP is the Transport for a real mail server, through go-mail.
type SMTP struct{ cfg SMTPConfig }

// NewSMTP checks the configuration.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	if cfg.Host == "" {
		return nil, errors.New("digest: [digest] smtp_host is not set")
	}
	switch cfg.mode() {
	case TLSStartTLS, TLSImplicit:
	case TLSNone:
		if !isLoopback(cfg.Host) {
			return nil, fmt.Errorf("%w (host %s)", ErrInsecureSMTP, cfg.Host)
		}
	default:
		return nil, fmt.Errorf("digest: [digest] tls = %q: want starttls, implicit or none", cfg.TLS)
	}
	return &SMTP{cfg: cfg}, nil
}

// Deliver sends msgs over one connection.
func (s *SMTP) Deliver(ctx context.Context, msgs []*Message) []error {
	errs := make([]error, len(msgs))
	client, err := s.client()
	if err == nil {
		batch := make([]*mail.Msg, len(msgs))
		for i, m := range msgs {
			batch[i] = m.msg
		}
		err = client.DialAndSendWithContext(ctx, batch...)
	}
	for i, m := range msgs {
		switch {
		case m.msg.IsDelivered(): // accepted, even if QUIT or RSET failed afterwards
		case m.msg.HasSendError():
			errs[i] = fmt.Errorf("send digest to %s via %s: %w", m.To, s.cfg, m.msg.SendError())
		case err != nil:
			errs[i] = fmt.Errorf("send digest to %s via %s: %w", m.To, s.cfg, err)
		default:
			errs[i] = fmt.Errorf("send digest to %s via %s: not sent", m.To, s.cfg)
		}
	}
	return errs
}

func (s *SMTP) client() (*mail.Client, error) {
	c := s.cfg
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	opts := []mail.Option{mail.WithPort(c.port()), mail.WithTimeout(timeout)}
	switch c.mode() {
	case TLSImplicit:
		opts = append(opts, mail.WithSSL())
	case TLSNone:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if c.TLSConfig != nil {
		opts = append(opts, mail.WithTLSConfig(c.TLSConfig))
	}
	if c.Username != "" {
		auth := mail.SMTPAuthAutoDiscover
		if c.mode() == TLSNone {
			auth = mail.SMTPAuthPlainNoEnc // loopback only, checked in NewSMTP
		}
		opts = append(opts, mail.WithSMTPAuth(auth), mail.WithUsername(c.Username), mail.WithPassword(c.Password))
	}
	client, err := mail.NewClient(c.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("set up %s: %w", c, err)
	}
	return client, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
