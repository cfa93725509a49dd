package exec

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apiruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/transport"
)

const (
	v1beta1 = "client.authentication.k8s.io/v1beta1"
	v1      = "client.authentication.k8s.io/v1"
)

// checkGoroutines fails the test if goroutines outlive it.
func checkGoroutines(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		var after int
		for i := 0; i < 50; i++ {
			if after = runtime.NumGoroutine(); after <= before {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Errorf("goroutines: got %d after the test, want <= %d", after, before)
	})
}

// plugin describes one run of the test plugin.
type plugin struct {
	dir string
	cfg api.ExecConfig
}

// newPlugin returns an exec config running the test binary as a plugin
// that prints output.
func newPlugin(t *testing.T, apiVersion string, mode api.ExecInteractiveMode, output string) *plugin {
	t.Helper()
	command := pluginCommand()
	require.NotEmpty(t, command, "no plugin command")
	dir := t.TempDir()
	return &plugin{dir: dir, cfg: api.ExecConfig{
		Command:         command,
		APIVersion:      apiVersion,
		InteractiveMode: mode,
		Env: []api.ExecEnvVar{
			{Name: pluginModeEnv, Value: "1"},
			{Name: "PLUGIN_OUTPUT", Value: output},
			{Name: "PLUGIN_INFO_FILE", Value: filepath.Join(dir, "info")},
			{Name: "PLUGIN_COUNT_FILE", Value: filepath.Join(dir, "count")},
		},
	}}
}

func (p *plugin) setEnv(name, value string) {
	p.cfg.Env = append(p.cfg.Env, api.ExecEnvVar{Name: name, Value: value})
}

func (p *plugin) info(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(p.dir, "info"))
	require.NoError(t, err)
	return string(b)
}

func (p *plugin) runs() int {
	b, _ := os.ReadFile(filepath.Join(p.dir, "count"))
	return strings.Count(string(b), "run\n")
}

// authenticator builds an uncached Authenticator with a fake terminal.
func (p *plugin) authenticator(t *testing.T, tty bool, cluster *clientauthentication.Cluster) *Authenticator {
	t.Helper()
	a, err := newAuthenticator(&p.cfg, cluster)
	require.NoError(t, err)
	a.isTerminal = func() bool { return tty }
	a.stdin = strings.NewReader("")
	a.stderr = &bytes.Buffer{}
	return a
}

func tokenOutput(apiVersion, token string) string {
	return fmt.Sprintf(`{"kind":"ExecCredential","apiVersion":%q,"status":{"token":%q}}`, apiVersion, token)
}

func TestInteractiveModes(t *testing.T) {
	tests := []struct {
		name        string
		apiVersion  string
		mode        api.ExecInteractiveMode
		tty         bool
		unavailable bool
		message     string
		wantInfo    string
		wantErr     string
	}{
		{name: "IfAvailable without tty", apiVersion: v1beta1, mode: api.IfAvailableExecInteractiveMode,
			wantInfo: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":false}}`},
		{name: "IfAvailable with tty", apiVersion: v1beta1, mode: api.IfAvailableExecInteractiveMode, tty: true,
			wantInfo: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","spec":{"interactive":true}}`},
		{name: "IfAvailable with tty but stdin unavailable", apiVersion: v1, mode: api.IfAvailableExecInteractiveMode, tty: true, unavailable: true,
			wantInfo: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}`},
		{name: "Never with tty", apiVersion: v1, mode: api.NeverExecInteractiveMode, tty: true,
			wantInfo: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}`},
		{name: "Always with tty", apiVersion: v1, mode: api.AlwaysExecInteractiveMode, tty: true,
			wantInfo: `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":true}}`},
		{name: "Always without tty", apiVersion: v1, mode: api.AlwaysExecInteractiveMode,
			wantErr: "exec plugin cannot support interactive mode: standard input is not a terminal"},
		{name: "Always with stdin unavailable", apiVersion: v1, mode: api.AlwaysExecInteractiveMode, tty: true, unavailable: true, message: "some message",
			wantErr: "exec plugin cannot support interactive mode: standard input is unavailable: some message"},
		{name: "Always with stdin unavailable, no message", apiVersion: v1, mode: api.AlwaysExecInteractiveMode, tty: true, unavailable: true,
			wantErr: "exec plugin cannot support interactive mode: standard input is unavailable"},
		{name: "v1 without mode", apiVersion: v1,
			wantErr: `exec plugin cannot support interactive mode: unknown interactiveMode: ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPlugin(t, tt.apiVersion, tt.mode, tokenOutput(tt.apiVersion, "foo-bar"))
			p.cfg.StdinUnavailable, p.cfg.StdinUnavailableMessage = tt.unavailable, tt.message
			a := p.authenticator(t, tt.tty, nil)
			creds, err := a.getCreds()
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Equal(t, tt.wantErr, err.Error())
				assert.Equal(t, 0, p.runs(), "the plugin is not run")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "foo-bar", creds.token)
			assert.Equal(t, tt.wantInfo, p.info(t))
		})
	}
}

func TestOutputValidation(t *testing.T) {
	tests := []struct {
		name    string
		output  string
		wantErr string
	}{
		{"not JSON", "hello", "decoding stdout"},
		{"no apiVersion or kind", `{"status":{"token":"x"}}`, "want kind ExecCredential"},
		{"other version", tokenOutput(v1beta1, "x"), "exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version client.authentication.k8s.io/v1beta1"},
		{"no status", `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"}`, "exec plugin didn't return a status field"},
		{"empty status", `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{}}`, "exec plugin didn't return a token or cert/key pair"},
		{"cert without key", `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"x"}}`, "exec plugin returned only certificate or key, not both"},
		{"key without cert", `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientKeyData":"KEY-SECRET"}}`, "exec plugin returned only certificate or key, not both"},
		{"bad cert", `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"x","clientKeyData":"KEY-SECRET"}}`, "failed parsing client key/certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPlugin(t, v1, api.NeverExecInteractiveMode, tt.output)
			_, err := p.authenticator(t, false, nil).getCreds()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			assert.NotContains(t, err.Error(), "KEY-SECRET", "errors never carry the key")
		})
	}
}

func TestRunFailures(t *testing.T) {
	t.Run("missing command shows install hint", func(t *testing.T) {
		p := newPlugin(t, v1, api.NeverExecInteractiveMode, "")
		p.cfg.Command = "does not exist"
		p.cfg.InstallHint = "some install hint"
		a := p.authenticator(t, false, nil)
		_, err := a.getCreds()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "exec: executable does not exist not found")
		assert.Contains(t, err.Error(), "some install hint")
		for i := 0; i < installHintBurst; i++ {
			_, err = a.getCreds()
		}
		require.Error(t, err)
		assert.NotContains(t, err.Error(), "some install hint", "the hint is rate limited")
	})
	t.Run("exit code", func(t *testing.T) {
		p := newPlugin(t, v1, api.NeverExecInteractiveMode, "")
		p.setEnv("PLUGIN_EXIT_CODE", "73")
		_, err := p.authenticator(t, false, nil).getCreds()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "failed with exit code 73")
	})
	t.Run("stderr passed through", func(t *testing.T) {
		p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "t"))
		p.setEnv("PLUGIN_STDERR", "please log in")
		a := p.authenticator(t, false, nil)
		_, err := a.getCreds()
		require.NoError(t, err)
		assert.Equal(t, "please log in", a.stderr.(*bytes.Buffer).String())
	})
	t.Run("unsupported apiVersion", func(t *testing.T) {
		_, err := newAuthenticator(&api.ExecConfig{Command: "x", APIVersion: "client.authentication.k8s.io/v1alpha1"}, nil)
		assert.EqualError(t, err, `exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"`)
	})
}

func TestProvideClusterInfo(t *testing.T) {
	cluster := &clientauthentication.Cluster{
		Server:                   "foo",
		TLSServerName:            "bar",
		CertificateAuthorityData: []byte("baz"),
		Config:                   &apiruntime.Unknown{Raw: []byte(`{"apiVersion":"group/v1","kind":"PluginConfig","spec":{"audience":"snorlax"}}`)},
	}
	tests := []struct {
		name    string
		provide bool
		want    string
	}{
		{"provided", true, `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"cluster":{"server":"foo","tls-server-name":"bar",` +
			`"certificate-authority-data":"YmF6","config":{"apiVersion":"group/v1","kind":"PluginConfig","spec":{"audience":"snorlax"}}},"interactive":false}}`},
		{"not provided", false, `{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "t"))
			p.cfg.ProvideClusterInfo = tt.provide
			_, err := p.authenticator(t, false, cluster).getCreds()
			require.NoError(t, err)
			assert.Equal(t, tt.want, p.info(t))
		})
	}
}

// tokenServer accepts only the token it is told to.
type tokenServer struct {
	mu   sync.Mutex
	want string
}

func (s *tokenServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+s.want {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (s *tokenServer) set(token string) {
	s.mu.Lock()
	s.want = token
	s.mu.Unlock()
}

func TestRoundTripperSequence(t *testing.T) {
	checkGoroutines(t)
	ts := &tokenServer{}
	srv := httptest.NewServer(ts)
	defer srv.Close()

	p := newPlugin(t, v1, api.NeverExecInteractiveMode, "")
	outFile := filepath.Join(p.dir, "out")
	p.setEnv("PLUGIN_OUTPUT_FILE", outFile)
	a := p.authenticator(t, false, nil)
	now := time.Now()
	a.now = func() time.Time { return now }

	client := &http.Client{Transport: &roundTripper{a: a, base: http.DefaultTransport}}
	defer client.CloseIdleConnections()
	status := func() int {
		t.Helper()
		req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, srv.URL, nil)
		require.NoError(t, err)
		resp, err := client.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	setOutput := func(out string) { require.NoError(t, os.WriteFile(outFile, []byte(out), 0o600)) }

	steps := []struct {
		name       string
		output     string
		serverWant string
		advance    time.Duration
		want       []int
	}{
		{name: "token1 accepted", output: tokenOutput(v1, "token1"), serverWant: "token1", want: []int{200}},
		{name: "cached token1 still used", output: tokenOutput(v1, "token2"), serverWant: "token1", want: []int{200}},
		{name: "401 refreshes to token2", serverWant: "token2", want: []int{401, 200}},
		{name: "expiring token3 after 401",
			output:     fmt.Sprintf(`{"kind":"ExecCredential","apiVersion":%q,"status":{"token":"token3","expirationTimestamp":%q}}`, v1, now.Add(time.Hour).UTC().Format(time.RFC3339)),
			serverWant: "token3", want: []int{401, 200}},
		{name: "expired creds re-run before the request", output: tokenOutput(v1, "token4"), serverWant: "token4", advance: 2 * time.Hour, want: []int{200}},
	}
	for _, s := range steps {
		if s.output != "" {
			setOutput(s.output)
		}
		ts.set(s.serverWant)
		now = now.Add(s.advance)
		for i, want := range s.want {
			if got := status(); got != want {
				t.Fatalf("%s, request %d: got status %d, want %d", s.name, i, got, want)
			}
		}
	}
	assert.Equal(t, 4, p.runs(), "one run per credential")
}

func TestPresetAuthorizationSkipsPlugin(t *testing.T) {
	p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "t"))
	a := p.authenticator(t, false, nil)
	var got string
	rt := &roundTripper{a: a, base: roundTripFunc(func(req *http.Request) (*http.Response, error) {
		got = req.Header.Get("Authorization")
		return &http.Response{StatusCode: http.StatusUnauthorized, Body: http.NoBody, Header: http.Header{}}, nil
	})}
	req, err := http.NewRequest(http.MethodGet, "http://example.test", nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer mine")
	_, err = rt.RoundTrip(req)
	require.NoError(t, err)
	assert.Equal(t, "Bearer mine", got)
	assert.Equal(t, 0, p.runs(), "the plugin is not run")
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }

func TestGetAuthenticatorCache(t *testing.T) {
	cfg := func(env string) *api.ExecConfig {
		return &api.ExecConfig{Command: "cmd", APIVersion: v1, InteractiveMode: api.NeverExecInteractiveMode,
			Env: []api.ExecEnvVar{{Name: "E", Value: env}}}
	}
	cluster := &clientauthentication.Cluster{Server: "https://a"}
	a1, err := GetAuthenticator(cfg("x"), cluster)
	require.NoError(t, err)
	a2, err := GetAuthenticator(cfg("x"), &clientauthentication.Cluster{Server: "https://a"})
	require.NoError(t, err)
	b, err := GetAuthenticator(cfg("y"), cluster)
	require.NoError(t, err)
	c, err := GetAuthenticator(cfg("x"), &clientauthentication.Cluster{Server: "https://b"})
	require.NoError(t, err)
	assert.Same(t, a1, a2, "identical config and cluster share an authenticator")
	assert.NotSame(t, a1, b, "a different env value is a different authenticator")
	assert.NotSame(t, a1, c, "a different cluster is a different authenticator")

	_, err = GetAuthenticator(nil, nil)
	assert.Error(t, err)
	_, err = GetAuthenticator(&api.ExecConfig{Command: "x", APIVersion: "v9"}, nil)
	assert.Error(t, err)
}

func TestUpdateTransportConfig(t *testing.T) {
	p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "t"))
	a := p.authenticator(t, false, nil)

	for name, c := range map[string]*transport.Config{
		"token": {BearerToken: "x"},
		"basic": {Username: "u"},
		"cert":  {TLS: transport.TLSConfig{CertData: []byte("c"), KeyData: []byte("k")}},
	} {
		require.NoError(t, a.UpdateTransportConfig(c), name)
		assert.Nil(t, c.WrapTransport, "%s: existing auth wins, exec is not installed", name)
		assert.Nil(t, c.TLS.GetCertHolder, name)
	}

	c := &transport.Config{}
	require.NoError(t, a.UpdateTransportConfig(c))
	assert.NotNil(t, c.WrapTransport)
	assert.Same(t, a.getCertHolder, c.TLS.GetCertHolder, "the holder is shared so transports are cached")
	assert.Same(t, a.dialHolder, c.DialHolder)

	err := a.UpdateTransportConfig(&transport.Config{TLS: transport.TLSConfig{GetCertHolder: &transport.GetCertHolder{}}})
	assert.ErrorContains(t, err, "GetCertHolder already set")

	err = a.UpdateTransportConfig(&transport.Config{DialHolder: &transport.DialHolder{}})
	assert.ErrorContains(t, err, "Dial is nil")
}
