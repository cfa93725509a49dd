package rest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/transport"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// Client-side rate limiting defaults, used when Config.QPS or Config.Burst
// is zero.
const (
	DefaultQPS   float32 = 5.0
	DefaultBurst int     = 10
)

// redacted and truncated replace secrets when a Config is printed.
const (
	redacted  = "--- REDACTED ---"
	truncated = "--- TRUNCATED ---"
)

// Config says how to reach and authenticate to an API server and how to
// encode requests for it. Its zero value, with Host, GroupVersion and
// NegotiatedSerializer set, works. Printing a Config (String, GoString,
// %v, %#v) never shows a password, token or private key.
type Config struct {
	// Host is the server: a URL ("https://host:6443", optionally with a
	// path prefix) or host:port. Default: localhost; the scheme defaults to
	// https when TLS options are set, else http.
	Host string
	// APIPath is the path of the API group root: "/api" for the core group,
	// "/apis" for the others. Default: "".
	APIPath string

	// ContentConfig says how objects are encoded and decoded.
	ContentConfig

	// Username and Password are sent as HTTP basic auth. Default: none.
	Username string
	// Password is the basic auth password. Never printed.
	Password string

	// BearerToken is sent as "Authorization: Bearer <token>". Never
	// printed. Default: none.
	BearerToken string
	// BearerTokenFile names a file holding the token; it is re-read
	// periodically and wins over BearerToken. Default: none.
	BearerTokenFile string

	// Impersonate is the identity to act as. Default: none.
	Impersonate ImpersonationConfig

	// AuthProvider names an auth provider plugin. Default: none.
	AuthProvider *clientcmdapi.AuthProviderConfig
	// AuthConfigPersister stores the auth provider's refreshed state.
	AuthConfigPersister AuthProviderConfigPersister

	// ExecProvider runs a credential plugin. Default: none.
	ExecProvider *clientcmdapi.ExecConfig

	// TLSClientConfig holds the TLS settings.
	TLSClientConfig

	// UserAgent is sent as the User-Agent header. Default: Go's.
	UserAgent string

	// DisableCompression stops asking for gzip responses. Default: false.
	DisableCompression bool

	// Transport replaces the TLS transport; it may not be combined with
	// TLS options. Default: a cached transport built from TLSClientConfig.
	Transport http.RoundTripper
	// WrapTransport wraps the transport, inside the auth wrappers.
	WrapTransport transport.WrapperFunc

	// QPS is the client-side request rate. 0 means DefaultQPS; negative
	// disables throttling unless RateLimiter is set.
	QPS float32
	// Burst is the client-side burst. 0 means DefaultBurst.
	Burst int
	// RateLimiter replaces the limiter QPS and Burst describe.
	RateLimiter flowcontrol.RateLimiter

	// WarningHandler handles the Warning headers of responses. Default:
	// each distinct warning is logged once via log/slog.
	WarningHandler WarningHandler
	// WarningHandlerWithContext is WarningHandler receiving the request
	// context; it wins over WarningHandler.
	WarningHandlerWithContext WarningHandlerWithContext

	// Timeout bounds each request. Default: none.
	Timeout time.Duration

	// Dial opens connections. Default: a net.Dialer with keep-alive.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)

	// Proxy selects the proxy of a request. Default: from the environment.
	Proxy func(*http.Request) (*url.URL, error)
}

// ContentConfig says how a client encodes and decodes objects.
type ContentConfig struct {
	// AcceptContentTypes is the Accept header. Default: "<ContentType>, */*".
	AcceptContentTypes string
	// ContentType is the media type of request bodies. Default:
	// application/json.
	ContentType string
	// GroupVersion is the API group version to talk to; required by
	// RESTClientFor.
	GroupVersion *schema.GroupVersion
	// NegotiatedSerializer provides the serializers; required by
	// RESTClientFor.
	NegotiatedSerializer runtime.NegotiatedSerializer
}

// ImpersonationConfig names the identity requests act as.
type ImpersonationConfig struct {
	// UserName is the user to act as.
	UserName string
	// UID is the user's UID.
	UID string
	// Groups are the groups to act as.
	Groups []string
	// Extra holds extra user attributes.
	Extra map[string][]string
}

// TLSClientConfig holds the TLS settings of a Config. Data fields win over
// the matching files. Printing it never shows the private key.
type TLSClientConfig struct {
	// Insecure skips verification of the server certificate.
	Insecure bool
	// ServerName is used to verify the server certificate and sent as SNI.
	// Default: the host of Config.Host.
	ServerName string

	// CertFile is the PEM client certificate file.
	CertFile string
	// KeyFile is the PEM client key file.
	KeyFile string
	// CAFile is the PEM root certificates file.
	CAFile string

	// CertData is the PEM client certificate.
	CertData []byte
	// KeyData is the PEM client key. Never printed.
	KeyData []byte
	// CAData is the PEM root certificates.
	CAData []byte

	// NextProtos is the ALPN list. Default: h2, http/1.1.
	NextProtos []string
}

// printableTLSClientConfig prints without methods, so String can use %#v.
type printableTLSClientConfig TLSClientConfig

// GoString renders the TLS config with the key redacted and the
// certificate truncated.
func (c TLSClientConfig) GoString() string { return c.String() }

// String renders the TLS config with the key redacted and the certificate
// truncated.
func (c TLSClientConfig) String() string {
	cc := printableTLSClientConfig{
		Insecure:   c.Insecure,
		ServerName: c.ServerName,
		CertFile:   c.CertFile,
		KeyFile:    c.KeyFile,
		CAFile:     c.CAFile,
		CAData:     c.CAData,
		NextProtos: c.NextProtos,
	}
	if len(c.CertData) != 0 {
		cc.CertData = []byte(truncated)
	}
	if len(c.KeyData) != 0 {
		cc.KeyData = []byte(redacted)
	}
	return fmt.Sprintf("%#v", cc)
}

// DeepCopyInto copies in into out, sharing no memory.
func (in *TLSClientConfig) DeepCopyInto(out *TLSClientConfig) {
	*out = *in
	out.CertData = cloneBytes(in.CertData)
	out.KeyData = cloneBytes(in.KeyData)
	out.CAData = cloneBytes(in.CAData)
	if in.NextProtos != nil {
		out.NextProtos = append([]string{}, in.NextProtos...)
	}
}

// DeepCopy returns a copy of in sharing no memory.
func (in *TLSClientConfig) DeepCopy() *TLSClientConfig {
	if in == nil {
		return nil
	}
	out := new(TLSClientConfig)
	in.DeepCopyInto(out)
	return out
}

// cloneBytes copies b, keeping nil as nil.
func cloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// printableConfig is a *Config that prints without Config's methods.
type printableConfig *Config

// GoString is String.
func (c *Config) GoString() string { return c.String() }

// String renders the config with the password, token, private key, exec
// plugin config and auth persister redacted.
func (c *Config) String() string {
	if c == nil {
		return "<nil>"
	}
	cc := CopyConfig(c)
	if cc.Password != "" {
		cc.Password = redacted
	}
	if cc.BearerToken != "" {
		cc.BearerToken = redacted
	}
	if cc.AuthConfigPersister != nil {
		cc.AuthConfigPersister = redactedPersister{}
	}
	if cc.ExecProvider != nil && cc.ExecProvider.Config != nil {
		cc.ExecProvider.Config = redactedObject{}
	}
	return fmt.Sprintf("%#v", printableConfig(cc))
}

// redactedPersister stands in for an AuthConfigPersister when printing.
type redactedPersister struct{}

func (redactedPersister) Persist(map[string]string) error { return nil }
func (redactedPersister) GoString() string                { return redacted }
func (redactedPersister) String() string                  { return redacted }

// redactedObject stands in for an exec plugin's config when printing.
type redactedObject struct{}

func (redactedObject) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }
func (redactedObject) DeepCopyObject() runtime.Object   { return redactedObject{} }
func (redactedObject) GoString() string                 { return redacted }
func (redactedObject) String() string                   { return redacted }

// Wrap adds fn around the transport, outside any WrapTransport already set.
func (c *Config) Wrap(fn transport.WrapperFunc) {
	c.WrapTransport = transport.Wrappers(c.WrapTransport, fn)
}

// CopyConfig returns a copy of config sharing no slices, maps or plugin
// configs with it; functions, interfaces and the rate limiter are shared.
func CopyConfig(config *Config) *Config {
	c := *config
	c.Impersonate = copyImpersonation(config.Impersonate)
	config.TLSClientConfig.DeepCopyInto(&c.TLSClientConfig)
	if config.GroupVersion != nil {
		gv := *config.GroupVersion
		c.GroupVersion = &gv
	}
	c.AuthProvider = config.AuthProvider.DeepCopy()
	c.ExecProvider = config.ExecProvider.DeepCopy()
	return &c
}

// copyImpersonation deep-copies an ImpersonationConfig.
func copyImpersonation(in ImpersonationConfig) ImpersonationConfig {
	out := in
	if in.Groups != nil {
		out.Groups = append([]string{}, in.Groups...)
	}
	if in.Extra != nil {
		out.Extra = make(map[string][]string, len(in.Extra))
		for k, v := range in.Extra {
			out.Extra[k] = append([]string(nil), v...)
		}
	}
	return out
}

// AnonymousClientConfig returns a copy of config without credentials: the
// server, content, TLS verification, throttling, warning, timeout, dial
// and proxy settings are kept; users, tokens, client certificates,
// impersonation, plugins and custom transports are dropped.
func AnonymousClientConfig(config *Config) *Config {
	c := &Config{
		Host:    config.Host,
		APIPath: config.APIPath,
		ContentConfig: ContentConfig{
			AcceptContentTypes:   config.AcceptContentTypes,
			ContentType:          config.ContentType,
			NegotiatedSerializer: config.NegotiatedSerializer,
		},
		TLSClientConfig: TLSClientConfig{
			Insecure:   config.Insecure,
			ServerName: config.ServerName,
			CAFile:     config.CAFile,
			CAData:     cloneBytes(config.CAData),
		},
		RateLimiter:               config.RateLimiter,
		WarningHandler:            config.WarningHandler,
		WarningHandlerWithContext: config.WarningHandlerWithContext,
		UserAgent:                 config.UserAgent,
		DisableCompression:        config.DisableCompression,
		QPS:                       config.QPS,
		Burst:                     config.Burst,
		Timeout:                   config.Timeout,
		Dial:                      config.Dial,
		Proxy:                     config.Proxy,
	}
	if config.GroupVersion != nil {
		gv := *config.GroupVersion
		c.GroupVersion = &gv
	}
	if config.NextProtos != nil {
		c.NextProtos = append([]string{}, config.NextProtos...)
	}
	return c
}
