package transport

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"net/url"
)

// Config holds what New needs to build a round tripper for one API server.
// The zero value works: it yields http.DefaultTransport with no wrappers.
type Config struct {
	// UserAgent is sent as the User-Agent header when the request has none.
	// Default: empty, the header is left to the request.
	UserAgent string

	// TLS holds the TLS settings. Default: no TLS options, so the system
	// roots verify the server and no client certificate is sent.
	TLS TLSConfig

	// Username and Password send HTTP basic auth. Default: none.
	Username string
	// Password is the basic auth password. It never appears in String.
	Password string

	// BearerToken is sent as "Authorization: Bearer <token>". Default: none.
	// It never appears in String.
	BearerToken string

	// BearerTokenFile names a file holding the bearer token; it is re-read
	// periodically and takes precedence over BearerToken. Default: none.
	BearerTokenFile string

	// Impersonate sets the Impersonate-* headers. Default: no impersonation.
	Impersonate ImpersonationConfig

	// DisableCompression stops the transport from asking for gzip.
	// Default: false, responses may be compressed.
	DisableCompression bool

	// Transport replaces the cached TLS transport as the base round
	// tripper. It may not be combined with TLS certificate options or
	// Insecure. Default: nil, a cached transport built from TLS is used.
	Transport http.RoundTripper

	// WrapTransport wraps the base transport, inside every auth wrapper.
	// Default: nil, no wrapping.
	WrapTransport WrapperFunc

	// DialHolder holds a custom dial function. Transports are cached per
	// holder pointer. Default: nil, a net.Dialer with 30s timeout and
	// keep-alive.
	DialHolder *DialHolder

	// Proxy selects the proxy for a request. A config with a Proxy is never
	// cached. Default: nil, the proxy comes from the environment
	// (HTTPS_PROXY, HTTP_PROXY, NO_PROXY with CIDR support).
	Proxy func(*http.Request) (*url.URL, error)
}

// DialHolder wraps a dial function so that configs can share a cached
// transport by pointer identity.
type DialHolder struct {
	// Dial opens a connection; it must not be nil.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
}

// ImpersonationConfig names the identity to act as.
type ImpersonationConfig struct {
	// UserName is sent as Impersonate-User.
	UserName string
	// UID is sent as Impersonate-Uid.
	UID string
	// Groups are sent as one Impersonate-Group header each.
	Groups []string
	// Extra is sent as Impersonate-Extra-<key> headers, one per value.
	Extra map[string][]string
}

// TLSConfig holds the TLS material. File fields are read when the transport
// is built; data fields take precedence over the matching file.
type TLSConfig struct {
	// CAFile is a PEM file of root certificates.
	CAFile string
	// CertFile is the PEM client certificate file.
	CertFile string
	// KeyFile is the PEM client key file.
	KeyFile string
	// ReloadTLSFiles re-reads CertFile and KeyFile when they change. It is
	// set by TLSConfigFor when the certificate and key come only from files.
	ReloadTLSFiles bool

	// Insecure skips server certificate verification. It may not be
	// combined with a CA.
	Insecure bool
	// ServerName overrides the name used to verify the server certificate
	// and sent as SNI.
	ServerName string

	// CAData holds PEM root certificates; it takes precedence over CAFile.
	CAData []byte
	// CertData holds the PEM client certificate.
	CertData []byte
	// KeyData holds the PEM client key. It never appears in String.
	KeyData []byte

	// NextProtos is the ALPN protocol list. Default: nil, h2 then
	// http/1.1.
	NextProtos []string

	// GetCertHolder holds a callback returning the client certificate.
	GetCertHolder *GetCertHolder
}

// GetCertHolder wraps a client certificate callback so that configs can
// share a cached transport by pointer identity.
type GetCertHolder struct {
	// GetCert returns the client certificate; it must not be nil.
	GetCert func() (*tls.Certificate, error)
}

// WrapperFunc wraps a round tripper in another one.
type WrapperFunc func(rt http.RoundTripper) http.RoundTripper

// HasCA reports whether a CA is configured, as data or file.
func (c *Config) HasCA() bool {
	return len(c.TLS.CAData) > 0 || len(c.TLS.CAFile) > 0
}

// HasBasicAuth reports whether a basic auth username is set.
func (c *Config) HasBasicAuth() bool {
	return len(c.Username) != 0
}

// HasTokenAuth reports whether a bearer token or token file is set.
func (c *Config) HasTokenAuth() bool {
	return len(c.BearerToken) != 0 || len(c.BearerTokenFile) != 0
}

// HasCertAuth reports whether a client certificate and key are configured,
// each as data or file.
func (c *Config) HasCertAuth() bool {
	return (len(c.TLS.CertData) != 0 || len(c.TLS.CertFile) != 0) &&
		(len(c.TLS.KeyData) != 0 || len(c.TLS.KeyFile) != 0)
}

// HasCertCallback reports whether a client certificate callback is set.
func (c *Config) HasCertCallback() bool {
	return c.TLS.GetCertHolder != nil
}

// Wrap adds fn around the existing WrapTransport: fn sees the request after
// the wrappers already configured.
func (c *Config) Wrap(fn WrapperFunc) {
	c.WrapTransport = Wrappers(c.WrapTransport, fn)
}

// String describes the config with every secret replaced by "--- REDACTED ---".
func (c *Config) String() string {
	if c == nil {
		return "<nil>"
	}
	cc := *c
	cc.Password = redact(cc.Password)
	cc.BearerToken = redact(cc.BearerToken)
	cc.TLS.KeyData = redactBytes(cc.TLS.KeyData)
	cc.TLS.CertData = redactBytes(cc.TLS.CertData)
	return fmt.Sprintf("transport.Config{UserAgent:%q Username:%q Password:%q BearerToken:%q BearerTokenFile:%q "+
		"Impersonate:%+v DisableCompression:%t TLS:{CAFile:%q CertFile:%q KeyFile:%q Insecure:%t ServerName:%q "+
		"CAData:%d bytes CertData:%q KeyData:%q NextProtos:%q} Transport:%t WrapTransport:%t Proxy:%t}",
		cc.UserAgent, cc.Username, cc.Password, cc.BearerToken, cc.BearerTokenFile,
		cc.Impersonate, cc.DisableCompression, cc.TLS.CAFile, cc.TLS.CertFile, cc.TLS.KeyFile,
		cc.TLS.Insecure, cc.TLS.ServerName, len(cc.TLS.CAData), cc.TLS.CertData, cc.TLS.KeyData,
		cc.TLS.NextProtos, cc.Transport != nil, cc.WrapTransport != nil, cc.Proxy != nil)
}

// GoString is String, so that %#v does not print secrets either.
func (c *Config) GoString() string { return c.String() }

const redacted = "--- REDACTED ---"

func redact(s string) string {
	if s == "" {
		return ""
	}
	return redacted
}

func redactBytes(b []byte) []byte {
	if len(b) == 0 {
		return b
	}
	return []byte(redacted)
}
