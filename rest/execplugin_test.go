package rest

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

var (
	pluginOnce sync.Once
	pluginPath string
	pluginErr  error
)

// buildExecPlugin builds testdata/execplugin once per test binary into a
// temporary directory and skips the test if it cannot be built.
func buildExecPlugin(t *testing.T) string {
	t.Helper()
	pluginOnce.Do(func() {
		dir, err := os.MkdirTemp("", "skiff-execplugin")
		if err != nil {
			pluginErr = err
			return
		}
		name := "execplugin"
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		pluginPath = filepath.Join(dir, name)
		goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goBin); err != nil {
			goBin = "go"
		}
		out, err := exec.Command(goBin, "build", "-o", pluginPath, "./testdata/execplugin").CombinedOutput()
		if err != nil {
			pluginErr = err
			pluginPath = string(out)
		}
	})
	if pluginErr != nil {
		t.Skipf("cannot build the test exec plugin: %v\n%s", pluginErr, pluginPath)
	}
	return pluginPath
}

// removeExecPlugin deletes the built plugin; TestMain calls it.
func removeExecPlugin() {
	if pluginErr == nil && pluginPath != "" {
		_ = os.RemoveAll(filepath.Dir(pluginPath))
	}
}

// pluginRuns reads how often the plugin ran with state directory dir.
func pluginRuns(dir string) int {
	b, _ := os.ReadFile(filepath.Join(dir, "runs"))
	return strings.Count(string(b), "run\n")
}

// execConfig returns an exec provider running the built plugin.
func execConfig(plugin, stateDir, apiVersion string, env ...clientcmdapi.ExecEnvVar) *clientcmdapi.ExecConfig {
	return &clientcmdapi.ExecConfig{
		Command:         plugin,
		APIVersion:      apiVersion,
		InteractiveMode: clientcmdapi.NeverExecInteractiveMode,
		Env: append([]clientcmdapi.ExecEnvVar{
			{Name: "PLUGIN_STATE_DIR", Value: stateDir},
			{Name: "PLUGIN_API_VERSION", Value: apiVersion},
		}, env...),
	}
}

// TestExecPluginBinaryTokens runs a real plugin binary for bearer tokens:
// the credential is cached across requests, a 401 makes the next request
// fetch a new one, and cluster info reaches the plugin when asked for.
func TestExecPluginBinaryTokens(t *testing.T) {
	plugin := buildExecPlugin(t)
	for _, apiVersion := range []string{"client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"} {
		t.Run(apiVersion, func(t *testing.T) {
			var mu sync.Mutex
			var seen []string
			_, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				auth := r.Header.Get("Authorization")
				mu.Lock()
				seen = append(seen, auth)
				n := len(seen)
				mu.Unlock()
				w.Header().Set("Content-Type", jsonCT)
				if n == 3 { // the server revokes token-1 on the third request
					w.WriteHeader(http.StatusUnauthorized)
					_, _ = w.Write([]byte(`{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401}`))
					return
				}
				_, _ = w.Write([]byte(`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p"}}`))
			}))
			state := t.TempDir()
			cfg := testConfig(t, srv.URL)
			cfg.ExecProvider = execConfig(plugin, state, apiVersion)
			cfg.ExecProvider.ProvideClusterInfo = true
			client, err := RESTClientFor(cfg)
			require.NoError(t, err)

			get := func() error {
				return client.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Into(&corev1.Pod{})
			}
			require.NoError(t, get())
			require.NoError(t, get())
			assert.Equal(t, 1, pluginRuns(state), "the credential is cached")
			err = get()
			require.True(t, apierrors.IsUnauthorized(err), "third request: err = %v, want the 401", err)
			require.NoError(t, get())
			assert.Equal(t, 2, pluginRuns(state), "a 401 refreshes the credential once")
			mu.Lock()
			assert.Equal(t, []string{"Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"}, seen)
			mu.Unlock()

			info, err := os.ReadFile(filepath.Join(state, "info"))
			require.NoError(t, err)
			var cred struct {
				APIVersion string `json:"apiVersion"`
				Kind       string `json:"kind"`
				Spec       struct {
					Interactive bool `json:"interactive"`
					Cluster     *struct {
						Server string `json:"server"`
					} `json:"cluster"`
				} `json:"spec"`
			}
			require.NoError(t, json.Unmarshal(info, &cred), "KUBERNETES_EXEC_INFO: %s", info)
			assert.Equal(t, apiVersion, cred.APIVersion)
			assert.Equal(t, "ExecCredential", cred.Kind)
			assert.False(t, cred.Spec.Interactive)
			require.NotNil(t, cred.Spec.Cluster, "provideClusterInfo sends the cluster")
			assert.Equal(t, srv.URL, cred.Spec.Cluster.Server)
		})
	}
}

// TestExecPluginBinaryClientCertificate has the plugin hand out a client
// certificate signed by the test CA, which the TLS server verifies.
func TestExecPluginBinaryClientCertificate(t *testing.T) {
	plugin := buildExecPlugin(t)
	p := newTestPKI(t)
	srv := newTLSServer(t, p)
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "tls.crt"), filepath.Join(dir, "tls.key")
	require.NoError(t, os.WriteFile(certFile, p.clientCert, 0o600))
	require.NoError(t, os.WriteFile(keyFile, p.clientKey, 0o600))

	cfg := testConfig(t, srv.URL)
	cfg.TLSClientConfig = TLSClientConfig{CAData: p.caPEM}
	cfg.ExecProvider = execConfig(plugin, dir, "client.authentication.k8s.io/v1",
		clientcmdapi.ExecEnvVar{Name: "PLUGIN_CERT_FILE", Value: certFile},
		clientcmdapi.ExecEnvVar{Name: "PLUGIN_KEY_FILE", Value: keyFile})
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	pod := &corev1.Pod{}
	require.NoError(t, c.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Into(pod))
	assert.Equal(t, "client-a", pod.Name, "the server saw the plugin's certificate")
	assert.Equal(t, 1, pluginRuns(dir))
}

// TestExecPluginBinaryFailures covers a plugin that exits non-zero and a
// command that does not exist (the error carries the install hint).
func TestExecPluginBinaryFailures(t *testing.T) {
	plugin := buildExecPlugin(t)
	tests := []struct {
		name string
		cfg  *clientcmdapi.ExecConfig
		want []string
	}{
		{"non-zero exit", execConfig(plugin, t.TempDir(), "client.authentication.k8s.io/v1",
			clientcmdapi.ExecEnvVar{Name: "PLUGIN_EXIT_CODE", Value: "3"}), []string{"exit code 3"}},
		{"missing command", &clientcmdapi.ExecConfig{Command: filepath.Join(t.TempDir(), "no-such-plugin"),
			APIVersion: "client.authentication.k8s.io/v1", InteractiveMode: clientcmdapi.NeverExecInteractiveMode,
			InstallHint: "install it from example.test"}, []string{"no-such-plugin", "install it from example.test"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
			_, srv := newTestClient(t, rec)
			cfg := testConfig(t, srv.URL)
			cfg.ExecProvider = tt.cfg
			c, err := RESTClientFor(cfg)
			require.NoError(t, err)
			err = c.Get().Resource("pods").Do(context.Background()).Error()
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.Empty(t, rec.seen(), "a request was sent without credentials")
		})
	}
}
