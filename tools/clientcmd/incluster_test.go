package clientcmd

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/rest"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// fakePod is a service-account directory and environment standing in
// for a pod's.
type fakePod struct {
	dir string
	env map[string]string
}

func newFakePod(t *testing.T, namespace string) *fakePod {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "token"), []byte("sa-token\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ca.crt"), []byte("ca"), 0o600))
	if namespace != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "namespace"), []byte(namespace), 0o600))
	}
	return &fakePod{dir: dir, env: map[string]string{"KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443"}}
}

// restConfig reads the fake service account the way rest.InClusterConfig
// reads the real one.
func (p *fakePod) restConfig() (*rest.Config, error) {
	host, port := p.env["KUBERNETES_SERVICE_HOST"], p.env["KUBERNETES_SERVICE_PORT"]
	if host == "" || port == "" {
		return nil, rest.ErrNotInCluster
	}
	token, err := os.ReadFile(filepath.Join(p.dir, "token"))
	if err != nil {
		return nil, err
	}
	return &rest.Config{Host: "https://" + host + ":" + port, BearerToken: string(token),
		BearerTokenFile: filepath.Join(p.dir, "token"), TLSClientConfig: rest.TLSClientConfig{CAFile: filepath.Join(p.dir, "ca.crt")}}, nil
}

// clientConfig is the in-cluster ClientConfig of the fake pod.
func (p *fakePod) clientConfig(overrides *ConfigOverrides) *inClusterClientConfig {
	return &inClusterClientConfig{overrides: overrides, inClusterConfigProvider: p.restConfig,
		getenv: func(k string) string { return p.env[k] }, tokenFile: filepath.Join(p.dir, "token"),
		namespaceFile: filepath.Join(p.dir, "namespace")}
}

func TestInClusterPossible(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p *fakePod)
		want   bool
	}{
		{"env and token file", func(*fakePod) {}, true},
		{"no host", func(p *fakePod) { delete(p.env, "KUBERNETES_SERVICE_HOST") }, false},
		{"no port", func(p *fakePod) { delete(p.env, "KUBERNETES_SERVICE_PORT") }, false},
		{"no token file", func(p *fakePod) { _ = os.Remove(filepath.Join(p.dir, "token")) }, false},
		{"token path is a directory", func(p *fakePod) {
			_ = os.Remove(filepath.Join(p.dir, "token"))
			_ = os.Mkdir(filepath.Join(p.dir, "token"), 0o755)
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFakePod(t, "")
			tt.mutate(p)
			if got := p.clientConfig(nil).Possible(); got != tt.want {
				t.Errorf("Possible() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestInClusterNamespace(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		podNSEnv string
		want     string
	}{
		{"POD_NAMESPACE wins", "from-file", "from-env", "from-env"},
		{"namespace file trimmed", " from-file\n", "", "from-file"},
		{"blank file means default", " \n", "", "default"},
		{"no file means default", "", "", "default"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFakePod(t, tt.file)
			if tt.podNSEnv != "" {
				p.env["POD_NAMESPACE"] = tt.podNSEnv
			}
			ns, overridden, err := p.clientConfig(nil).Namespace()
			require.NoError(t, err)
			assert.False(t, overridden)
			assert.Equal(t, tt.want, ns)
		})
	}
}

func TestInClusterOverrides(t *testing.T) {
	tests := []struct {
		name      string
		overrides *ConfigOverrides
		wantHost  string
		wantToken string
		wantFile  string
		wantCA    string
	}{
		{name: "none", overrides: nil, wantHost: "https://10.0.0.1:443", wantToken: "sa-token\n", wantFile: "token", wantCA: "ca.crt"},
		{name: "server", overrides: &ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{Server: "https://elsewhere"}},
			wantHost: "https://elsewhere", wantToken: "sa-token\n", wantFile: "token", wantCA: "ca.crt"},
		{name: "token replaces both", overrides: &ConfigOverrides{AuthInfo: clientcmdapi.AuthInfo{Token: "override"}},
			wantHost: "https://10.0.0.1:443", wantToken: "override", wantCA: "ca.crt"},
		{name: "token file replaces both", overrides: &ConfigOverrides{AuthInfo: clientcmdapi.AuthInfo{TokenFile: "/other/token"}},
			wantHost: "https://10.0.0.1:443", wantFile: "/other/token", wantCA: "ca.crt"},
		{name: "CA file", overrides: &ConfigOverrides{ClusterInfo: clientcmdapi.Cluster{CertificateAuthority: "/other/ca"}},
			wantHost: "https://10.0.0.1:443", wantToken: "sa-token\n", wantFile: "token", wantCA: "/other/ca"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFakePod(t, "")
			got, err := p.clientConfig(tt.overrides).ClientConfig()
			require.NoError(t, err)
			inDir := func(name string) string {
				if name == "" || filepath.IsAbs(name) {
					return name
				}
				return filepath.Join(p.dir, name)
			}
			assert.Equal(t, tt.wantHost, got.Host)
			assert.Equal(t, tt.wantToken, got.BearerToken)
			assert.Equal(t, inDir(tt.wantFile), got.BearerTokenFile)
			assert.Equal(t, inDir(tt.wantCA), got.CAFile)
		})
	}
	_, err := newFakePod(t, "").clientConfig(nil).RawConfig()
	assert.Error(t, err, "a pod has no raw kubeconfig")
}

// TestDeferredLoadingFallsBackToInCluster checks when the deferred
// loader uses the pod's config instead of the kubeconfig.
func TestDeferredLoadingFallsBackToInCluster(t *testing.T) {
	dir := t.TempDir()
	kubeconfig := writeKubeconfig(t, dir, "config", alfa)
	tests := []struct {
		name     string
		files    []string
		inPod    bool
		wantHost string
		wantNS   string
		wantErr  bool
	}{
		{name: "empty kubeconfig in a pod", files: []string{filepath.Join(dir, "missing")}, inPod: true,
			wantHost: "https://10.0.0.1:443", wantNS: "pod-ns"},
		{name: "kubeconfig wins in a pod", files: []string{kubeconfig}, inPod: true,
			wantHost: "http://cow.org:8080", wantNS: "hammer-ns"},
		// As in the reference, Namespace reports the empty config then.
		{name: "empty kubeconfig outside a pod", files: []string{filepath.Join(dir, "missing")}, wantErr: true, wantNS: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newFakePod(t, "pod-ns")
			if !tt.inPod {
				p.env = map[string]string{}
			}
			cc := &DeferredLoadingClientConfig{loader: &ClientConfigLoadingRules{Precedence: tt.files},
				overrides: &ConfigOverrides{}, icc: p.clientConfig(&ConfigOverrides{})}
			got, err := cc.ClientConfig()
			if tt.wantErr {
				require.Error(t, err)
				assert.True(t, IsEmptyConfig(err), "err = %v, want the empty-config error", err)
			} else {
				require.NoError(t, err)
				assert.Equal(t, tt.wantHost, got.Host)
			}
			ns, _, err := cc.Namespace()
			if tt.wantErr {
				assert.True(t, IsEmptyConfig(err), "Namespace err = %v, want the empty-config error", err)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.wantNS, ns)
		})
	}
}

// TestBuildConfigFromFlagsInCluster checks the order BuildConfigFromFlags
// tries: the pod's config with no flags, then the default loading rules.
func TestBuildConfigFromFlagsInCluster(t *testing.T) {
	p := newFakePod(t, "")
	got, err := buildConfigFromFlags("", "", p.restConfig)
	require.NoError(t, err)
	assert.Equal(t, "https://10.0.0.1:443", got.Host)

	t.Setenv("KUBECONFIG", writeKubeconfig(t, t.TempDir(), "config", alfa))
	notInPod := func() (*rest.Config, error) { return nil, rest.ErrNotInCluster }
	got, err = buildConfigFromFlags("", "", notInPod)
	require.NoError(t, err)
	assert.Equal(t, "http://cow.org:8080", got.Host, "falls back to $KUBECONFIG")

	got, err = buildConfigFromFlags("https://master:6443", "", func() (*rest.Config, error) {
		return nil, errors.New("must not be called with a master URL")
	})
	require.NoError(t, err)
	assert.Equal(t, "https://master:6443", got.Host)
}
