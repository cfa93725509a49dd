package rest

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/transport"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// RESTClientFor returns a RESTClient for config's GroupVersion, with its
// own http.Client built by HTTPClientFor. GroupVersion and
// NegotiatedSerializer are required.
func RESTClientFor(config *Config) (*RESTClient, error) {
	if err := checkContent(config, true); err != nil {
		return nil, err
	}
	httpClient, err := HTTPClientFor(config)
	if err != nil {
		return nil, err
	}
	return RESTClientForConfigAndClient(config, httpClient)
}

// RESTClientForConfigAndClient is RESTClientFor sending through
// httpClient, which may be shared between clients; config's transport
// settings are then ignored. A nil httpClient means http.DefaultClient.
func RESTClientForConfigAndClient(config *Config, httpClient *http.Client) (*RESTClient, error) {
	if err := checkContent(config, true); err != nil {
		return nil, err
	}
	return restClientFor(config, *config.GroupVersion, httpClient)
}

// UnversionedRESTClientFor is RESTClientFor for paths outside an API group
// version (such as /version); GroupVersion may be nil and then defaults to
// meta.k8s.io/v1.
func UnversionedRESTClientFor(config *Config) (*RESTClient, error) {
	if err := checkContent(config, false); err != nil {
		return nil, err
	}
	httpClient, err := HTTPClientFor(config)
	if err != nil {
		return nil, err
	}
	return UnversionedRESTClientForConfigAndClient(config, httpClient)
}

// UnversionedRESTClientForConfigAndClient is UnversionedRESTClientFor
// sending through httpClient.
func UnversionedRESTClientForConfigAndClient(config *Config, httpClient *http.Client) (*RESTClient, error) {
	if err := checkContent(config, false); err != nil {
		return nil, err
	}
	gv := metav1.SchemeGroupVersion
	if config.GroupVersion != nil {
		gv = *config.GroupVersion
	}
	return restClientFor(config, gv, httpClient)
}

// checkContent rejects a config without the content settings a client
// needs.
func checkContent(config *Config, needGroupVersion bool) error {
	if config == nil {
		return errors.New("a config is required when initializing a RESTClient")
	}
	if needGroupVersion && config.GroupVersion == nil {
		return errors.New("GroupVersion is required when initializing a RESTClient")
	}
	if config.NegotiatedSerializer == nil {
		return errors.New("NegotiatedSerializer is required when initializing a RESTClient")
	}
	return nil
}

// restClientFor builds the RESTClient of config for gv.
func restClientFor(config *Config, gv schema.GroupVersion, httpClient *http.Client) (*RESTClient, error) {
	baseURL, versionedAPIPath, err := DefaultServerUrlFor(config)
	if err != nil {
		return nil, fmt.Errorf("rest client: %w", err)
	}
	content := ClientContentConfig{
		AcceptContentTypes: config.AcceptContentTypes,
		ContentType:        config.ContentType,
		GroupVersion:       gv,
		Negotiator:         runtime.NewClientNegotiator(config.NegotiatedSerializer, gv),
	}
	client, err := NewRESTClient(baseURL, versionedAPIPath, content, rateLimiterFor(config), httpClient)
	if err != nil {
		return nil, err
	}
	switch {
	case config.WarningHandlerWithContext != nil:
		client.warningHandler = config.WarningHandlerWithContext
	case config.WarningHandler != nil:
		client.warningHandler = warningHandlerNoContext{config.WarningHandler}
	}
	return client, nil
}

// rateLimiterFor returns config's RateLimiter, or a token bucket of QPS
// and Burst (defaults 5 and 10), or nil when QPS is negative.
func rateLimiterFor(config *Config) flowcontrol.RateLimiter {
	if config.RateLimiter != nil {
		return config.RateLimiter
	}
	qps, burst := config.QPS, config.Burst
	if qps == 0 {
		qps = DefaultQPS
	}
	if burst == 0 {
		burst = DefaultBurst
	}
	if qps < 0 {
		return nil
	}
	return flowcontrol.NewTokenBucketRateLimiter(qps, burst)
}

// HTTPClientFor returns an http.Client for config: its transport from
// TransportFor and Timeout from config. When that is http.DefaultTransport
// without a timeout, http.DefaultClient itself is returned.
func HTTPClientFor(config *Config) (*http.Client, error) {
	rt, err := TransportFor(config)
	if err != nil {
		return nil, err
	}
	if rt == http.DefaultTransport && config.Timeout == 0 {
		return http.DefaultClient, nil
	}
	return &http.Client{Transport: rt, Timeout: config.Timeout}, nil
}

// TLSConfigFor returns the tls.Config of config, nil when it asks for no
// TLS settings.
func TLSConfigFor(config *Config) (*tls.Config, error) {
	cfg, err := config.TransportConfig()
	if err != nil {
		return nil, err
	}
	return transport.TLSConfigFor(cfg)
}

// TransportFor returns the round tripper of config: TLS, auth,
// impersonation and User-Agent included.
func TransportFor(config *Config) (http.RoundTripper, error) {
	cfg, err := config.TransportConfig()
	if err != nil {
		return nil, err
	}
	return transport.New(cfg)
}

// HTTPWrappersForConfig wraps rt with the auth, impersonation and
// User-Agent round trippers config asks for.
func HTTPWrappersForConfig(config *Config, rt http.RoundTripper) (http.RoundTripper, error) {
	cfg, err := config.TransportConfig()
	if err != nil {
		return nil, err
	}
	return transport.HTTPWrappersForConfig(cfg, rt)
}

// TransportConfig converts config into the transport package's Config,
// wiring the auth provider plugin when one is named.
func (c *Config) TransportConfig() (*transport.Config, error) {
	conf := &transport.Config{
		UserAgent:          c.UserAgent,
		Transport:          c.Transport,
		WrapTransport:      c.WrapTransport,
		DisableCompression: c.DisableCompression,
		TLS: transport.TLSConfig{
			Insecure:   c.Insecure,
			ServerName: c.ServerName,
			CAFile:     c.CAFile,
			CAData:     c.CAData,
			CertFile:   c.CertFile,
			CertData:   c.CertData,
			KeyFile:    c.KeyFile,
			KeyData:    c.KeyData,
			NextProtos: c.NextProtos,
		},
		Username:        c.Username,
		Password:        c.Password,
		BearerToken:     c.BearerToken,
		BearerTokenFile: c.BearerTokenFile,
		Impersonate: transport.ImpersonationConfig{
			UserName: c.Impersonate.UserName,
			UID:      c.Impersonate.UID,
			Groups:   c.Impersonate.Groups,
			Extra:    c.Impersonate.Extra,
		},
		Proxy: c.Proxy,
	}
	if c.Dial != nil {
		conf.DialHolder = &transport.DialHolder{Dial: c.Dial}
	}
	if err := c.wirePlugins(conf); err != nil {
		return nil, err
	}
	return conf, nil
}

// wirePlugins installs the exec or auth provider plugin of c into conf.
func (c *Config) wirePlugins(conf *transport.Config) error {
	if c.ExecProvider != nil && c.AuthProvider != nil {
		return errors.New("execProvider and authProvider cannot be used in combination")
	}
	if c.ExecProvider != nil {
		if err := c.wireExec(conf); err != nil {
			return err
		}
	}
	if c.AuthProvider != nil {
		provider, err := GetAuthProvider(c.Host, c.AuthProvider, c.AuthConfigPersister)
		if err != nil {
			return err
		}
		conf.Wrap(provider.WrapTransport)
	}
	return nil
}
