package digest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const (
	testUser     = "digest@example.org"
	testPassword = "correct horse battery staple"
)

// received is one message the test server accepted.
type received struct {
	From string
	To   []string
	Data []byte
	TLS  bool
	Auth string // the user that authenticated
}

// mailServer is a real SMTP server (go-smtp) on loopback that requires TLS
// (STARTTLS, or implicit TLS on its own listener) and AUTH PLAIN.
type mailServer struct {
	mu        sync.Mutex
	got       []received
	rejectTo  map[string]bool // RCPT TO addresses to refuse with 550
	rejectAll bool            // refuse every DATA with 554
	srv       *smtp.Server
	Addr      *net.TCPAddr
	Roots     *x509.CertPool
}

func newMailServer(t *testing.T, implicitTLS bool) *mailServer {
	t.Helper()
	cert, roots := testCertificate(t)
	ms := &mailServer{rejectTo: map[string]bool{}, Roots: roots}
	s := smtp.NewServer(ms)
	s.Domain = "localhost"
	s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	s.MaxMessageBytes = 1 << 20
	var l net.Listener
	var err error
	if implicitTLS {
		l, err = tls.Listen("tcp", "127.0.0.1:0", s.TLSConfig)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	ms.srv, ms.Addr = s, l.Addr().(*net.TCPAddr)
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return ms
}

// smtpConfig is how the digest reaches this server.
func (ms *mailServer) smtpConfig(mode string) SMTPConfig {
	return SMTPConfig{Host: "127.0.0.1", Port: ms.Addr.Port, TLS: mode, Username: testUser, Password: testPassword,
		TLSConfig: &tls.Config{RootCAs: ms.Roots, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}, Timeout: 10 * time.Second}
}

func (ms *mailServer) messages() []received {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]received(nil), ms.got...)
}

func (ms *mailServer) setRejectAll(v bool) {
	ms.mu.Lock()
	ms.rejectAll = v
	ms.mu.Unlock()
}

// NewSession implements smtp.Backend.
func (ms *mailServer) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &mailSession{ms: ms, conn: c}, nil
}

type mailSession struct {
	ms   *mailServer
	conn *smtp.Conn
	user string
	cur  received
}

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *mailSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != testUser || password != testPassword {
			return errors.New("invalid credentials")
		}
		s.user = username
		return nil
	}), nil
}

func (s *mailSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.user == "" {
		return smtp.ErrAuthRequired
	}
	_, tlsOn := s.conn.TLSConnectionState()
	s.cur = received{From: from, TLS: tlsOn, Auth: s.user}
	return nil
}

func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	if s.ms.rejectTo[to] {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	s.cur.To = append(s.cur.To, to)
	return nil
}

func (s *mailSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	if s.ms.rejectAll {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "message rejected by policy"}
	}
	s.cur.Data = b
	s.ms.got = append(s.ms.got, s.cur)
	return nil
}

func (s *mailSession) Reset()        { s.cur = received{} }
func (s *mailSession) Logout() error { return nil }

// testCertificate makes a self-signed certificate for 127.0.0.1 and
// localhost, valid for an hour, and a pool that trusts it.
func testCertificate(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "billwatch test SMTP"},
		NotBefore:    time.Now().Add(-time.Minute), NotAfter: time.Now().Add(time.Hour),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}
