package clientcmd

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// TestOverridesTable applies each ConfigOverrides field to a kubeconfig
// and checks the rest.Config (and namespace) it yields.
func TestOverridesTable(t *testing.T) {
	base := func() clientcmdapi.Config {
		cfg := cleanConfig()
		cfg.Clusters["clean"].TLSServerName = "sni"
		cfg.Clusters["clean"].ProxyURL = "http://kubeconfig-proxy:3128"
		cfg.Contexts["clean"].Namespace = "from-context"
		cfg.AuthInfos["basic"] = &clientcmdapi.AuthInfo{Username: "kube-user", Password: "kube-pass"}
		return cfg
	}
	tests := []struct {
		name      string
		mutate    func(*clientcmdapi.Config)
		overrides ConfigOverrides
		check     func(*testing.T, *rest.Config)
		wantNS    string
		nsOver    bool
	}{
		{name: "no overrides", check: func(t *testing.T, c *rest.Config) {
			assert.Equal(t, "https://anything.com:8080", c.Host)
			assert.Equal(t, "the-token", c.BearerToken)
			assert.Equal(t, "sni", c.ServerName)
			assert.Zero(t, c.Timeout)
		}, wantNS: "from-context"},
		{name: "server", overrides: ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{Server: "https://flag:6443"}}, check: func(t *testing.T, c *rest.Config) {
			assert.Equal(t, "https://flag:6443", c.Host)
			assert.Empty(t, c.ServerName, "a server override replaces the server name")
		}, wantNS: "from-context"},
		{name: "cluster defaults fill an empty server only", mutate: func(c *clientcmdapi.Config) { c.Clusters["clean"].Server = "" },
			overrides: ConfigOverrides{ClusterDefaults: clientcmdapi.Cluster{Server: "https://default:1"}},
			check:     func(t *testing.T, c *rest.Config) { assert.Equal(t, "https://default:1", c.Host) }, wantNS: "from-context"},
		{name: "cluster defaults lose to the kubeconfig", overrides: ConfigOverrides{ClusterDefaults: clientcmdapi.Cluster{Server: "https://default:1"}},
			check: func(t *testing.T, c *rest.Config) { assert.Equal(t, "https://anything.com:8080", c.Host) }, wantNS: "from-context"},
		{name: "insecure", overrides: ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{InsecureSkipTLSVerify: true}},
			check: func(t *testing.T, c *rest.Config) { assert.True(t, c.Insecure) }, wantNS: "from-context"},
		{name: "proxy url", overrides: ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{ProxyURL: "socks5://flag-proxy:1080"}},
			check: func(t *testing.T, c *rest.Config) {
				require.NotNil(t, c.Proxy)
				u, err := c.Proxy(&http.Request{})
				require.NoError(t, err)
				assert.Equal(t, "socks5://flag-proxy:1080", u.String())
			}, wantNS: "from-context"},
		{name: "disable compression", overrides: ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{DisableCompression: true}},
			check: func(t *testing.T, c *rest.Config) { assert.True(t, c.DisableCompression) }, wantNS: "from-context"},
		{name: "token", overrides: ConfigOverrides{AuthInfo: clientcmdapi.AuthInfo{Token: "flag-token"}},
			check: func(t *testing.T, c *rest.Config) { assert.Equal(t, "flag-token", c.BearerToken) }, wantNS: "from-context"},
		{name: "basic auth user chosen by context override", overrides: ConfigOverrides{Context: clientcmdapi.Context{AuthInfo: "basic"},
			AuthInfo: clientcmdapi.AuthInfo{Password: "flag-pass"}}, check: func(t *testing.T, c *rest.Config) {
			assert.Equal(t, "kube-user", c.Username)
			assert.Equal(t, "flag-pass", c.Password)
			assert.Empty(t, c.BearerToken)
		}, wantNS: "from-context"},
		{name: "impersonation", overrides: ConfigOverrides{AuthInfo: clientcmdapi.AuthInfo{Impersonate: "alice", ImpersonateUID: "7",
			ImpersonateGroups: []string{"g"}, ImpersonateUserExtra: map[string][]string{"k": {"v"}}}}, check: func(t *testing.T, c *rest.Config) {
			assert.Equal(t, rest.ImpersonationConfig{UserName: "alice", UID: "7", Groups: []string{"g"}, Extra: map[string][]string{"k": {"v"}}}, c.Impersonate)
		}, wantNS: "from-context"},
		{name: "namespace", overrides: ConfigOverrides{Context: clientcmdapi.Context{Namespace: "from-flag"}},
			check: func(*testing.T, *rest.Config) {}, wantNS: "from-flag", nsOver: true},
		{name: "timeout as seconds", overrides: ConfigOverrides{Timeout: "30"},
			check: func(t *testing.T, c *rest.Config) { assert.Equal(t, 30*time.Second, c.Timeout) }, wantNS: "from-context"},
		{name: "timeout as duration", overrides: ConfigOverrides{Timeout: "1m30s"},
			check: func(t *testing.T, c *rest.Config) { assert.Equal(t, 90*time.Second, c.Timeout) }, wantNS: "from-context"},
		{name: "timeout zero", overrides: ConfigOverrides{Timeout: "0"},
			check: func(t *testing.T, c *rest.Config) { assert.Zero(t, c.Timeout) }, wantNS: "from-context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := base()
			if tt.mutate != nil {
				tt.mutate(&cfg)
			}
			overrides := tt.overrides
			cc := NewDefaultClientConfig(cfg, &overrides)
			got, err := cc.ClientConfig()
			require.NoError(t, err)
			tt.check(t, got)
			ns, overridden, err := cc.Namespace()
			require.NoError(t, err)
			assert.Equal(t, tt.wantNS, ns)
			assert.Equal(t, tt.nsOver, overridden)

			merged, err := cc.MergedRawConfig()
			require.NoError(t, err)
			if tt.overrides.Context.Namespace != "" {
				assert.Equal(t, tt.overrides.Context.Namespace, merged.Contexts[merged.CurrentContext].Namespace, "MergedRawConfig carries the override")
			}
		})
	}
}

// TestMalformedFileErrorNamesFileAndLine loads a kubeconfig with a YAML
// error on line 3, directly and through loading rules.
func TestMalformedFileErrorNamesFileAndLine(t *testing.T) {
	file := writeKubeconfig(t, t.TempDir(), "broken-config", "clusters:\n- name: a\n  cluster: {server: [\n")
	_, err := LoadFromFile(file)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken-config")
	assert.Contains(t, err.Error(), "line 3")

	_, err = (&ClientConfigLoadingRules{ExplicitPath: file}).Load()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken-config")
	assert.Contains(t, err.Error(), "line 3")

	_, err = BuildConfigFromFlags("", file)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken-config")
}
