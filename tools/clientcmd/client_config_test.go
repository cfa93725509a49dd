package clientcmd

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// cleanConfig has one https cluster, one token user and a current context.
func cleanConfig() clientcmdapi.Config {
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["clean"] = &clientcmdapi.Cluster{Server: "https://anything.com:8080"}
	cfg.AuthInfos["clean"] = &clientcmdapi.AuthInfo{Token: "the-token"}
	cfg.Contexts["clean"] = &clientcmdapi.Context{Cluster: "clean", AuthInfo: "clean"}
	cfg.CurrentContext = "clean"
	return *cfg
}

func TestClientConfigClean(t *testing.T) {
	got, err := NewDefaultClientConfig(cleanConfig(), &ConfigOverrides{}).ClientConfig()
	require.NoError(t, err)
	assert.Equal(t, "https://anything.com:8080", got.Host)
	assert.Equal(t, "", got.APIPath)
	assert.Equal(t, "the-token", got.BearerToken)
}

func TestClientConfigCAOverrides(t *testing.T) {
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	require.NoError(t, os.WriteFile(caFile, []byte("ca"), 0o600))
	tests := []struct {
		name         string
		override     clientcmdapi.Cluster
		wantInsecure bool
		wantCAFile   string
		wantCAData   []byte
	}{
		{name: "no override keeps CA data", wantCAData: []byte{0, 0}},
		{name: "insecure clears CA", override: clientcmdapi.Cluster{InsecureSkipTLSVerify: true}, wantInsecure: true},
		{name: "CA file replaces data", override: clientcmdapi.Cluster{CertificateAuthority: caFile}, wantCAFile: caFile},
		{name: "CA data replaces data", override: clientcmdapi.Cluster{CertificateAuthorityData: []byte("x")}, wantCAData: []byte("x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := cleanConfig()
			cfg.Clusters["clean"].CertificateAuthorityData = []byte{0, 0}
			got, err := NewDefaultClientConfig(cfg, &ConfigOverrides{ClusterInfo: tt.override}).ClientConfig()
			require.NoError(t, err)
			assert.Equal(t, tt.wantInsecure, got.Insecure)
			assert.Equal(t, tt.wantCAFile, got.CAFile)
			assert.Equal(t, tt.wantCAData, got.CAData)
		})
	}
}

func TestClientConfigTLSServerName(t *testing.T) {
	tests := []struct {
		name     string
		override clientcmdapi.Cluster
		want     string
	}{
		{"kept", clientcmdapi.Cluster{}, "from-kubeconfig"},
		{"overridden", clientcmdapi.Cluster{TLSServerName: "overridden-server-name"}, "overridden-server-name"},
		{"server override clears", clientcmdapi.Cluster{Server: "https://other:443"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := cleanConfig()
			cfg.Clusters["clean"].TLSServerName = "from-kubeconfig"
			got, err := NewDefaultClientConfig(cfg, &ConfigOverrides{ClusterInfo: tt.override}).ClientConfig()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.ServerName)
		})
	}
}

func TestClientConfigCertOverridesReplacePair(t *testing.T) {
	dir := t.TempDir()
	cert, key := filepath.Join(dir, "c.pem"), filepath.Join(dir, "k.pem")
	require.NoError(t, os.WriteFile(cert, []byte("c"), 0o600))
	require.NoError(t, os.WriteFile(key, []byte("k"), 0o600))
	cfg := cleanConfig()
	cfg.AuthInfos["clean"] = &clientcmdapi.AuthInfo{ClientCertificateData: []byte("cd"), ClientKeyData: []byte("kd")}
	got, err := NewDefaultClientConfig(cfg, &ConfigOverrides{AuthInfo: clientcmdapi.AuthInfo{ClientCertificate: cert, ClientKey: key}}).ClientConfig()
	require.NoError(t, err)
	assert.Equal(t, cert, got.CertFile)
	assert.Nil(t, got.CertData)
	assert.Equal(t, key, got.KeyFile)
	assert.Nil(t, got.KeyData)
}

func TestClientConfigTokenFile(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	require.NoError(t, os.WriteFile(tokenFile, []byte("exampletoken\n"), 0o600))
	tests := []struct {
		name    string
		user    clientcmdapi.AuthInfo
		want    string
		wantErr string
	}{
		{"only file", clientcmdapi.AuthInfo{TokenFile: tokenFile}, "exampletoken", ""},
		{"token wins", clientcmdapi.AuthInfo{Token: "expected", TokenFile: tokenFile}, "expected", ""},
		{"missing file", clientcmdapi.AuthInfo{TokenFile: tokenFile + "-missing", LocationOfOrigin: "/k/cfg"}, "", tokenFile + "-missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := cleanConfig()
			user := tt.user
			cfg.AuthInfos["clean"] = &user
			got, err := NewDefaultClientConfig(cfg, nil).ClientConfig()
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				assert.Contains(t, err.Error(), "/k/cfg")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.BearerToken)
			assert.Equal(t, tokenFile, got.BearerTokenFile)
		})
	}
}

func TestClientConfigServerForms(t *testing.T) {
	tests := []struct{ server, want string }{
		{"https://anything.com:8080/foo/bar", "https://anything.com:8080/foo/bar"},
		{"http://anything.com:8080/foo/bar/", "http://anything.com:8080/foo/bar/"},
		{"http://anything.com:8080//", "http://anything.com:8080//"},
		{"anything.com:8080/foo/bar", "anything.com:8080/foo/bar"},
		{"anything", "anything"},
		{"https://anything.com/path?query=1#frag", "https://anything.com/path"},
	}
	for _, tt := range tests {
		t.Run(tt.server, func(t *testing.T) {
			cfg := cleanConfig()
			cfg.Clusters["clean"].Server = tt.server
			got, err := NewDefaultClientConfig(cfg, nil).ClientConfig()
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.Host)
		})
	}
	empty := cleanConfig()
	empty.Clusters["clean"].Server = ""
	got, err := NewDefaultClientConfig(empty, &ConfigOverrides{ClusterDefaults: clientcmdapi.Cluster{Server: "http://localhost:8080"}}).ClientConfig()
	require.NoError(t, err)
	assert.Equal(t, "http://localhost:8080", got.Host)
}

func TestClientConfigPlainHTTPGetsNoCredentials(t *testing.T) {
	cfg := cleanConfig()
	cfg.Clusters["clean"] = &clientcmdapi.Cluster{Server: "http://insecure:8080", TLSServerName: "x"}
	cfg.AuthInfos["clean"] = &clientcmdapi.AuthInfo{Token: "the-token", Impersonate: "bob", ImpersonateGroups: []string{"g"}}
	got, err := NewDefaultClientConfig(cfg, nil).ClientConfig()
	require.NoError(t, err)
	assert.Empty(t, got.BearerToken)
	assert.Empty(t, got.ServerName)
	assert.Equal(t, "bob", got.Impersonate.UserName, "impersonation applies regardless of scheme")
	assert.Equal(t, []string{"g"}, got.Impersonate.Groups)
}

func TestClientConfigExecAndAuthProvider(t *testing.T) {
	cfg := cleanConfig()
	ext := &runtime.Unknown{Raw: []byte(`{"audience":"x"}`)}
	cfg.Clusters["clean"].Extensions = map[string]runtime.Object{"client.authentication.k8s.io/exec": ext}
	cfg.AuthInfos["clean"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{Command: "get-token",
		APIVersion: "client.authentication.k8s.io/v1", InteractiveMode: clientcmdapi.NeverExecInteractiveMode,
		InstallHint: "install\x1b[1mme\x1b[0m\n"}}
	got, err := NewDefaultClientConfig(cfg, nil).ClientConfig()
	require.NoError(t, err)
	require.NotNil(t, got.ExecProvider)
	assert.Equal(t, "get-token", got.ExecProvider.Command)
	assert.Equal(t, "installU+001B[1mmeU+001B[0m\n", got.ExecProvider.InstallHint)
	assert.Equal(t, ext, got.ExecProvider.Config)
	assert.Equal(t, "install\x1b[1mme\x1b[0m\n", cfg.AuthInfos["clean"].Exec.InstallHint, "raw config must not change")

	cfg.AuthInfos["clean"] = &clientcmdapi.AuthInfo{AuthProvider: &clientcmdapi.AuthProviderConfig{Name: "oidc", Config: map[string]string{"k": "v"}}}
	got, err = NewNonInteractiveClientConfig(cfg, "", nil, &ClientConfigLoadingRules{}).ClientConfig()
	require.NoError(t, err)
	require.NotNil(t, got.AuthProvider)
	assert.Equal(t, "oidc", got.AuthProvider.Name)
	assert.NotNil(t, got.AuthConfigPersister)
}

func TestClientConfigMisc(t *testing.T) {
	cfg := cleanConfig()
	cfg.Clusters["clean"].ProxyURL = "socks5://proxy:1080"
	cfg.Clusters["clean"].DisableCompression = true
	got, err := NewDefaultClientConfig(cfg, &ConfigOverrides{Timeout: "5"}).ClientConfig()
	require.NoError(t, err)
	assert.Equal(t, 5*time.Second, got.Timeout)
	assert.True(t, got.DisableCompression)
	require.NotNil(t, got.Proxy)
	u, err := got.Proxy(&http.Request{})
	require.NoError(t, err)
	assert.Equal(t, "socks5://proxy:1080", u.String())

	_, err = NewDefaultClientConfig(cfg, &ConfigOverrides{Timeout: "soon"}).ClientConfig()
	require.ErrorContains(t, err, "invalid timeout")
}

func TestClientConfigContextSelection(t *testing.T) {
	cfg := cleanConfig()
	cfg.Clusters["other"] = &clientcmdapi.Cluster{Server: "https://other"}
	cfg.AuthInfos["other"] = &clientcmdapi.AuthInfo{Token: "other-token"}
	cfg.Contexts["other"] = &clientcmdapi.Context{Cluster: "other", AuthInfo: "other", Namespace: "other-ns"}
	tests := []struct {
		name      string
		context   string
		overrides *ConfigOverrides
		wantHost  string
		wantToken string
		wantErr   string
	}{
		{name: "current", wantHost: "https://anything.com:8080", wantToken: "the-token"},
		{name: "constructor context", context: "other", wantHost: "https://other", wantToken: "other-token"},
		{name: "override beats constructor", context: "other", overrides: &ConfigOverrides{CurrentContext: "clean"}, wantHost: "https://anything.com:8080"},
		{name: "override must exist", overrides: &ConfigOverrides{CurrentContext: "nope"}, wantErr: `context "nope" does not exist`},
		{name: "missing constructor context", context: "not-present", wantErr: "context was not found for specified context: not-present"},
		{name: "missing constructor context with defaults", context: "not-present",
			overrides: &ConfigOverrides{ClusterDefaults: clientcmdapi.Cluster{Server: "http://localhost:8080"}},
			wantErr:   "context was not found for specified context: not-present"},
		{name: "user override", overrides: &ConfigOverrides{Context: clientcmdapi.Context{AuthInfo: "other"}}, wantHost: "https://anything.com:8080", wantToken: "other-token"},
		{name: "missing user override", overrides: &ConfigOverrides{Context: clientcmdapi.Context{AuthInfo: "ghost"}}, wantErr: `auth info "ghost" does not exist`},
		{name: "cluster override", overrides: &ConfigOverrides{Context: clientcmdapi.Context{Cluster: "other"}}, wantHost: "https://other", wantToken: "the-token"},
		{name: "missing cluster override", overrides: &ConfigOverrides{Context: clientcmdapi.Context{Cluster: "ghost"}}, wantErr: `cluster "ghost" does not exist`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewNonInteractiveClientConfig(cfg, tt.context, tt.overrides, nil).ClientConfig()
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantHost, got.Host)
			if tt.wantToken != "" {
				assert.Equal(t, tt.wantToken, got.BearerToken)
			}
		})
	}
}

func TestDirectNamespace(t *testing.T) {
	cfg := cleanConfig()
	tests := []struct {
		name           string
		contextNS      string
		overrides      *ConfigOverrides
		want           string
		wantOverridden bool
	}{
		{name: "none", want: "default"},
		{name: "context", contextNS: "ctx-ns", want: "ctx-ns"},
		{name: "override", contextNS: "ctx-ns", overrides: &ConfigOverrides{Context: clientcmdapi.Context{Namespace: "flag-ns"}}, want: "flag-ns", wantOverridden: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cfg.DeepCopy()
			c.Contexts["clean"].Namespace = tt.contextNS
			ns, overridden, err := NewDefaultClientConfig(*c, tt.overrides).Namespace()
			require.NoError(t, err)
			assert.Equal(t, tt.want, ns)
			assert.Equal(t, tt.wantOverridden, overridden)
		})
	}
	ns, overridden, err := NewDefaultClientConfig(*clientcmdapi.NewConfig(), &ConfigOverrides{Context: clientcmdapi.Context{Namespace: "x"}}).Namespace()
	require.NoError(t, err)
	assert.Equal(t, "x", ns)
	assert.True(t, overridden, "an override works even with an empty config")
	_, _, err = NewDefaultClientConfig(*clientcmdapi.NewConfig(), nil).Namespace()
	assert.True(t, IsEmptyConfig(err), "got %v", err)
}

func TestMergedRawConfig(t *testing.T) {
	cfg := cleanConfig()
	cc := NewNonInteractiveClientConfig(cfg, "", &ConfigOverrides{
		ClusterInfo: clientcmdapi.Cluster{Server: "https://override"},
		AuthInfo:    clientcmdapi.AuthInfo{Token: "override-token"},
		Context:     clientcmdapi.Context{Namespace: "override-ns"},
	}, nil)
	merged, err := cc.MergedRawConfig()
	require.NoError(t, err)
	assert.Equal(t, "https://override", merged.Clusters["clean"].Server)
	assert.Equal(t, "override-token", merged.AuthInfos["clean"].Token)
	assert.Equal(t, "override-ns", merged.Contexts["clean"].Namespace)
	raw, err := cc.RawConfig()
	require.NoError(t, err)
	assert.Equal(t, "https://anything.com:8080", raw.Clusters["clean"].Server, "raw config keeps the file values")
}

func TestEmptyConfigIsEmptyConfigError(t *testing.T) {
	_, err := NewDefaultClientConfig(*clientcmdapi.NewConfig(), nil).ClientConfig()
	require.Error(t, err)
	assert.True(t, IsEmptyConfig(err), "got %v", err)
	assert.Contains(t, err.Error(), "no configuration has been provided")
}

func TestRESTConfigFromKubeConfig(t *testing.T) {
	got, err := RESTConfigFromKubeConfig([]byte(fullKubeconfig))
	require.NoError(t, err)
	assert.Equal(t, "https://prod.example.com:6443", got.Host)
	assert.Equal(t, "alice-token", got.BearerToken)
	assert.Equal(t, []byte("CA-DATA"), got.CAData)
	assert.Equal(t, "api.internal", got.ServerName)
	assert.Equal(t, "bob", got.Impersonate.UserName)
	assert.NotContains(t, got.String(), "alice-token", "rest.Config.String must hide the token")

	_, err = RESTConfigFromKubeConfig([]byte("clusters: [\n"))
	require.Error(t, err)
	_, err = RESTConfigFromKubeConfig(nil)
	assert.True(t, IsEmptyConfig(err))
}

func TestCleanANSIEscapeCodes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, with punctuation!", "plain text, with punctuation!"},
		{"tab\tnewline\n", "tab\tnewline\n"},
		{"\x1b[31mred", "U+001B[31mred"},
		{"bell\a", "bellU+0007"},
		{"ünïcödé ✓", "ünïcödé ✓"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cleanANSIEscapeCodes(tt.in); got != tt.want {
				t.Fatalf("cleanANSIEscapeCodes(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseTimeout(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"", 0, false}, {"0", 0, false}, {"5", 5 * time.Second, false}, {"1m30s", 90 * time.Second, false},
		{"-1", 0, true}, {"soon", 0, true}, {"-1s", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTimeout(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRemoveNamespacesPrefix(t *testing.T) {
	for in, want := range map[string]string{"ns/kube-system": "kube-system", "namespaces/a": "a", "Namespace/b": "b", "plain": "plain", "ns/": "ns/"} {
		got, err := RemoveNamespacesPrefix(in)
		require.NoError(t, err)
		assert.Equal(t, want, got, in)
	}
}
