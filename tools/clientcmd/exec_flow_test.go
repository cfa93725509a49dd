package clientcmd

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/rest"
)

// TestExecPluginFromKubeconfigRuns loads a kubeconfig whose user runs an
// exec plugin given by a path relative to the kubeconfig, and sends a
// request with the HTTP client of the resulting rest.Config: the plugin
// runs and its token reaches the server.
func TestExecPluginFromKubeconfigRuns(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the test plugin is a shell script")
	}
	var auth atomic.Value
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth.Store(r.Header.Get("Authorization"))
	}))
	t.Cleanup(srv.Close)

	dir := t.TempDir()
	plugin := writeKubeconfig(t, dir, "bin/get-token", "#!/bin/sh\n"+
		`echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"plugin-token"}}'`+"\n")
	require.NoError(t, os.Chmod(plugin, 0o700))
	kubeconfig := writeKubeconfig(t, dir, "config", `clusters:
- name: c
  cluster: {server: `+srv.URL+`, insecure-skip-tls-verify: true}
users:
- name: u
  user:
    exec: {command: ./bin/get-token, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}
contexts:
- name: ctx
  context: {cluster: c, user: u}
current-context: ctx
`)
	config, err := BuildConfigFromFlags("", kubeconfig)
	require.NoError(t, err)
	require.NotNil(t, config.ExecProvider)
	assert.Equal(t, filepath.Join(dir, "bin", "get-token"), config.ExecProvider.Command, "resolved against the kubeconfig's directory")

	client, err := rest.HTTPClientFor(config)
	require.NoError(t, err)
	resp, err := client.Get(srv.URL + "/api")
	require.NoError(t, err)
	resp.Body.Close()
	got, _ := auth.Load().(string)
	assert.Equal(t, "Bearer plugin-token", got)
	client.CloseIdleConnections()
}
