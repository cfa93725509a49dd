package rest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	kruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// secretConfig returns a config with every kind of secret set.
func secretConfig() *Config {
	return &Config{
		Host:        "https://example.com",
		Username:    "user",
		Password:    "pa55word",
		BearerToken: "t0ken",
		ExecProvider: &clientcmdapi.ExecConfig{
			Command: "plugin",
			Env:     []clientcmdapi.ExecEnvVar{{Name: "SECRET", Value: "env-s3cret"}},
			Config:  &metav1.Status{Message: "exec-config-s3cret"},
		},
		AuthProvider:        &clientcmdapi.AuthProviderConfig{Name: "oidc", Config: map[string]string{"id-token": "auth-s3cret"}},
		AuthConfigPersister: fakePersister{},
		TLSClientConfig: TLSClientConfig{
			CertData: []byte("cert-data-s3cret"),
			KeyData:  []byte("key-data-s3cret"),
			CAData:   []byte("ca-data"),
		},
	}
}

type fakePersister struct{}

func (fakePersister) Persist(map[string]string) error { return nil }

func TestConfigPrintingRedactsSecrets(t *testing.T) {
	cfg := secretConfig()
	secrets := []string{"pa55word", "t0ken", "env-s3cret", "exec-config-s3cret", "auth-s3cret", "cert-data-s3cret", "key-data-s3cret"}
	outputs := map[string]string{
		"String":     cfg.String(),
		"GoString":   cfg.GoString(),
		"%v":         fmt.Sprintf("%v", cfg),
		"%+v":        fmt.Sprintf("%+v", cfg),
		"%#v":        fmt.Sprintf("%#v", cfg),
		"%s":         fmt.Sprintf("%s", cfg),
		"TLS %#v":    fmt.Sprintf("%#v", cfg.TLSClientConfig),
		"TLS %v":     fmt.Sprintf("%v", cfg.TLSClientConfig),
		"TLS String": cfg.TLSClientConfig.String(),
	}
	for name, out := range outputs {
		t.Run(name, func(t *testing.T) {
			for _, s := range secrets {
				assert.NotContains(t, out, s)
			}
		})
	}
	assert.Contains(t, cfg.String(), "--- REDACTED ---")
	assert.Contains(t, cfg.TLSClientConfig.String(), "CertData:[]uint8"+hexBytes("--- TRUNCATED ---"))
	assert.Contains(t, cfg.TLSClientConfig.String(), "KeyData:[]uint8"+hexBytes("--- REDACTED ---"))
	assert.Contains(t, cfg.String(), "https://example.com")
	// Printing must not change the config.
	assert.Equal(t, "pa55word", cfg.Password)
	assert.Equal(t, "key-data-s3cret", string(cfg.KeyData))
	assert.Equal(t, "<nil>", (*Config)(nil).String())
}

func TestConfigErrorsDoNotLeakSecrets(t *testing.T) {
	cfg := secretConfig()
	cfg.Host = "host/with/path"
	cfg.ExecProvider = nil
	cfg.AuthProvider = &clientcmdapi.AuthProviderConfig{Name: "missing-plugin", Config: map[string]string{"id-token": "auth-s3cret"}}
	cfg.NegotiatedSerializer = newTestScheme(t).codecs
	cfg.GroupVersion = &corev1.SchemeGroupVersion
	_, err := RESTClientFor(cfg)
	require.Error(t, err)
	for _, s := range []string{"pa55word", "t0ken", "auth-s3cret", "key-data-s3cret"} {
		assert.NotContains(t, err.Error(), s)
	}
}

func TestCopyConfigSharesNothing(t *testing.T) {
	cfg := secretConfig()
	cfg.Impersonate = ImpersonationConfig{UserName: "u", Groups: []string{"g"}, Extra: map[string][]string{"k": {"v"}}}
	cfg.GroupVersion = &corev1.SchemeGroupVersion
	cp := CopyConfig(cfg)
	cp.Impersonate.Groups[0] = "changed"
	cp.Impersonate.Extra["k"][0] = "changed"
	cp.KeyData[0] = 'X'
	cp.ExecProvider.Env[0].Value = "changed"
	cp.AuthProvider.Config["id-token"] = "changed"
	cp.GroupVersion.Version = "v9"
	assert.Equal(t, "g", cfg.Impersonate.Groups[0])
	assert.Equal(t, "v", cfg.Impersonate.Extra["k"][0])
	assert.Equal(t, byte('k'), cfg.KeyData[0])
	assert.Equal(t, "env-s3cret", cfg.ExecProvider.Env[0].Value)
	assert.Equal(t, "auth-s3cret", cfg.AuthProvider.Config["id-token"])
	assert.Equal(t, "v1", corev1.SchemeGroupVersion.Version)
	assert.Equal(t, cfg.Password, cp.Password)
	assert.Equal(t, cfg.Host, cp.Host)
}

func TestAnonymousClientConfig(t *testing.T) {
	cfg := secretConfig()
	cfg.APIPath = "/api"
	cfg.Insecure = true
	cfg.ServerName = "sni"
	cfg.CAFile = "/ca"
	cfg.QPS, cfg.Burst, cfg.Timeout, cfg.UserAgent = 7, 8, time.Second, "ua"
	cfg.Impersonate = ImpersonationConfig{UserName: "admin"}
	cfg.Transport = http.DefaultTransport
	cfg.BearerTokenFile = "/token"
	anon := AnonymousClientConfig(cfg)
	want := &Config{
		Host: cfg.Host, APIPath: "/api", UserAgent: "ua", QPS: 7, Burst: 8, Timeout: time.Second,
		TLSClientConfig: TLSClientConfig{Insecure: true, ServerName: "sni", CAFile: "/ca", CAData: []byte("ca-data")},
	}
	assert.Equal(t, want, anon)
}

func TestRESTClientForRequirements(t *testing.T) {
	ts := newTestScheme(t)
	tests := []struct {
		name    string
		cfg     Config
		unver   bool
		wantErr string
	}{
		{"no group version", Config{ContentConfig: ContentConfig{NegotiatedSerializer: ts.codecs}}, false, "GroupVersion is required"},
		{"no serializer", Config{ContentConfig: ContentConfig{GroupVersion: &corev1.SchemeGroupVersion}}, false, "NegotiatedSerializer is required"},
		{"unversioned without group version", Config{ContentConfig: ContentConfig{NegotiatedSerializer: ts.codecs}}, true, ""},
		{"unversioned no serializer", Config{}, true, "NegotiatedSerializer is required"},
		{"bad host", Config{Host: "host/path", ContentConfig: ContentConfig{GroupVersion: &corev1.SchemeGroupVersion, NegotiatedSerializer: ts.codecs}}, false, "host must be a URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c *RESTClient
			var err error
			if tt.unver {
				c, err = UnversionedRESTClientFor(&tt.cfg)
			} else {
				c, err = RESTClientFor(&tt.cfg)
			}
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, metav1.SchemeGroupVersion, c.APIVersion())
		})
	}
}

func TestRateLimiterDefaults(t *testing.T) {
	custom := flowcontrol.NewFakeAlwaysRateLimiter()
	tests := []struct {
		name    string
		cfg     Config
		wantQPS float32
		wantNil bool
		want    flowcontrol.RateLimiter
	}{
		{"defaults", Config{}, DefaultQPS, false, nil},
		{"explicit", Config{QPS: 50, Burst: 100}, 50, false, nil},
		{"negative disables", Config{QPS: -1}, 0, true, nil},
		{"limiter wins", Config{QPS: -1, RateLimiter: custom}, 0, false, custom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			cfg.GroupVersion = &corev1.SchemeGroupVersion
			cfg.NegotiatedSerializer = newTestScheme(t).codecs
			c, err := RESTClientFor(&cfg)
			require.NoError(t, err)
			got := c.GetRateLimiter()
			switch {
			case tt.wantNil:
				assert.Nil(t, got)
			case tt.want != nil:
				assert.Equal(t, tt.want, got)
			default:
				require.NotNil(t, got)
				assert.Equal(t, tt.wantQPS, got.QPS())
			}
		})
	}
	assert.Nil(t, (*RESTClient)(nil).GetRateLimiter())
}

func TestIsConfigTransportTLS(t *testing.T) {
	tests := []struct {
		cfg  Config
		want bool
	}{
		{Config{Host: "https://h"}, true},
		{Config{Host: "http://h"}, false},
		{Config{Host: "h:6443"}, false},
		{Config{Host: "h:6443", TLSClientConfig: TLSClientConfig{Insecure: true}}, true},
		{Config{Host: "h:6443", TLSClientConfig: TLSClientConfig{CAData: []byte("x")}}, true},
		{Config{Host: "h:6443", TLSClientConfig: TLSClientConfig{CertFile: "f"}}, true},
		{Config{Host: "h/bad/path"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.cfg.Host, func(t *testing.T) {
			assert.Equal(t, tt.want, IsConfigTransportTLS(tt.cfg))
		})
	}
}

func TestUserAgent(t *testing.T) {
	tests := []struct{ in, want string }{
		{"v1.2.3-beta.0+abc", "v1.2.3"},
		{"", "unknown"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, adjustVersion(tt.in))
	}
	assert.Equal(t, "abcdefg", adjustCommit("abcdefghij"))
	assert.Equal(t, "unknown", adjustCommit(""))
	assert.Equal(t, "kubectl", adjustCommand("/usr/bin/kubectl"))
	want := fmt.Sprintf("%s/v0.0.0 (%s/%s) kubernetes/$Format", filepath.Base(os.Args[0]), runtime.GOOS, runtime.GOARCH)
	assert.Equal(t, want, DefaultKubernetesUserAgent())

	cfg := &Config{}
	require.NoError(t, SetKubernetesDefaults(cfg))
	assert.Equal(t, want, cfg.UserAgent)
	cfg.UserAgent = "mine"
	require.NoError(t, SetKubernetesDefaults(cfg))
	assert.Equal(t, "mine", cfg.UserAgent)
	assert.Equal(t, want+"/extra", AddUserAgent(&Config{}, "extra").UserAgent)
}

func TestUserAgentSent(t *testing.T) {
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	_, srv := newTestClient(t, rec)
	cfg := testConfig(t, srv.URL)
	cfg.UserAgent = "skiff-test/1"
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	assert.Equal(t, "skiff-test/1", rec.seen()[0].header.Get("User-Agent"))
}

func TestConfigAuthHeaders(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"bearer", func(c *Config) { c.BearerToken = "tok" }, "Bearer tok"},
		{"basic", func(c *Config) { c.Username, c.Password = "u", "p" }, "Basic dTpw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			_, srv := newTestClient(t, rec)
			cfg := testConfig(t, srv.URL)
			tt.mod(cfg)
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
			assert.Equal(t, tt.want, rec.seen()[0].header.Get("Authorization"))
		})
	}
}

func TestHTTPClientFor(t *testing.T) {
	c, err := HTTPClientFor(&Config{})
	require.NoError(t, err)
	assert.Zero(t, c.Timeout)
	c, err = HTTPClientFor(&Config{Timeout: time.Second})
	require.NoError(t, err)
	assert.Equal(t, time.Second, c.Timeout)
	assert.NotSame(t, http.DefaultClient, c)
	_, err = HTTPClientFor(&Config{Transport: http.DefaultTransport, TLSClientConfig: TLSClientConfig{Insecure: true}})
	assert.Error(t, err)
}

func TestConfigWrapAndDial(t *testing.T) {
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	_, srv := newTestClient(t, rec)
	cfg := testConfig(t, srv.URL)
	var order []string
	wrap := func(name string) func(http.RoundTripper) http.RoundTripper {
		return func(rt http.RoundTripper) http.RoundTripper {
			return roundTripFunc(func(req *http.Request) (*http.Response, error) {
				order = append(order, name)
				return rt.RoundTrip(req)
			})
		}
	}
	cfg.Wrap(wrap("first"))
	cfg.Wrap(wrap("second"))
	dialed := false
	cfg.Dial = func(ctx context.Context, network, address string) (net.Conn, error) {
		dialed = true
		return (&net.Dialer{}).DialContext(ctx, network, address)
	}
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	assert.Equal(t, []string{"second", "first"}, order)
	assert.True(t, dialed, "custom Dial not used")
}

func TestLoadTLSFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"ca", "cert", "key"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(name+"-file"), 0o600))
	}
	cfg := &Config{TLSClientConfig: TLSClientConfig{
		CAFile: filepath.Join(dir, "ca"), CertFile: filepath.Join(dir, "cert"), KeyFile: filepath.Join(dir, "key"),
		CertData: []byte("cert-inline"),
	}}
	require.NoError(t, LoadTLSFiles(cfg))
	assert.Equal(t, "ca-file", string(cfg.CAData))
	assert.Equal(t, "cert-inline", string(cfg.CertData))
	assert.Equal(t, "key-file", string(cfg.KeyData))
	err := LoadTLSFiles(&Config{TLSClientConfig: TLSClientConfig{CAFile: filepath.Join(dir, "missing")}})
	assert.ErrorContains(t, err, "missing")
}

func TestTLSClientConfigDeepCopy(t *testing.T) {
	in := &TLSClientConfig{CAData: []byte("a"), NextProtos: []string{"h2"}}
	out := in.DeepCopy()
	out.CAData[0] = 'b'
	out.NextProtos[0] = "x"
	assert.Equal(t, "a", string(in.CAData))
	assert.Equal(t, "h2", in.NextProtos[0])
	assert.Nil(t, (*TLSClientConfig)(nil).DeepCopy())
}

func TestAuthProviderRegistry(t *testing.T) {
	name := "test-provider-" + strings.ReplaceAll(t.Name(), "/", "-")
	factory := func(addr string, cfg map[string]string, p AuthProviderConfigPersister) (AuthProvider, error) {
		return headerProvider{value: cfg["v"]}, nil
	}
	require.NoError(t, RegisterAuthProviderPlugin(name, factory))
	require.ErrorContains(t, RegisterAuthProviderPlugin(name, factory), "registered twice")
	_, err := GetAuthProvider("h", &clientcmdapi.AuthProviderConfig{Name: "nope"}, nil)
	require.ErrorContains(t, err, `no Auth Provider found for name "nope"`)

	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	_, srv := newTestClient(t, rec)
	cfg := testConfig(t, srv.URL)
	cfg.AuthProvider = &clientcmdapi.AuthProviderConfig{Name: name, Config: map[string]string{"v": "from-plugin"}}
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Get().Resource("pods").Do(context.Background()).Error())
	assert.Equal(t, "from-plugin", rec.seen()[0].header.Get("X-Plugin"))

	cfg.ExecProvider = &clientcmdapi.ExecConfig{Command: "x"}
	_, err = RESTClientFor(cfg)
	assert.ErrorContains(t, err, "cannot be used in combination")
}

type headerProvider struct{ value string }

func (h headerProvider) Login() error { return nil }
func (h headerProvider) WrapTransport(rt http.RoundTripper) http.RoundTripper {
	return roundTripFunc(func(req *http.Request) (*http.Response, error) {
		req = req.Clone(req.Context())
		req.Header.Set("X-Plugin", h.value)
		return rt.RoundTrip(req)
	})
}

func TestCodecFactoryForGeneratedClient(t *testing.T) {
	ts := newTestScheme(t)
	got := CodecFactoryForGeneratedClient(ts.scheme, ts.codecs)
	assert.Equal(t, len(ts.codecs.SupportedMediaTypes()), len(got.SupportedMediaTypes()))
	var _ kruntime.NegotiatedSerializer = got
}

// hexBytes renders s as %#v renders a []byte field.
func hexBytes(s string) string {
	return strings.TrimPrefix(fmt.Sprintf("%#v", []byte(s)), "[]byte")
}

func TestSmallTypes(t *testing.T) {
	var _ HTTPClient = http.DefaultClient
	var _ ResponseWrapper = &Request{}
	var _ Interface = &RESTClient{}
	cause := fmt.Errorf("bad")
	err := &RequestConstructionError{Err: cause}
	assert.Equal(t, "request construction error: 'bad'", err.Error())
	assert.ErrorIs(t, err, cause)
}
