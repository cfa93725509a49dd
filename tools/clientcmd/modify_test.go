package clientcmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// TestModifyConfigWritesBackToOrigin edits a config merged from two files
// and checks each change lands in the file that defined the entry, new
// entries in the default file, and no lock files stay behind.
func TestModifyConfigWritesBackToOrigin(t *testing.T) {
	dir := t.TempDir()
	a := writeKubeconfig(t, dir, "a", `clusters:
- name: ca
  cluster: {server: https://a}
users:
- name: ua
  user: {token: ta}
contexts:
- name: cta
  context: {cluster: ca, user: ua}
`)
	b := writeKubeconfig(t, dir, "b", `current-context: ctb
clusters:
- name: cb
  cluster: {server: https://b}
contexts:
- name: ctb
  context: {cluster: cb, user: ua}
`)
	t.Setenv("SKIFF_TEST_KUBECONFIG", a+string(os.PathListSeparator)+b)
	opts := &PathOptions{GlobalFile: filepath.Join(dir, "global"), EnvVar: "SKIFF_TEST_KUBECONFIG",
		LoadingRules: &ClientConfigLoadingRules{DoNotResolvePaths: true}}
	assert.Equal(t, a, opts.GetDefaultFilename(), "the first existing file takes new entries")

	cfg, err := opts.GetStartingConfig()
	require.NoError(t, err)
	cfg.Clusters["cb"].Server = "https://b-changed"
	cfg.Clusters["new"] = &clientcmdapi.Cluster{Server: "https://new", CertificateAuthority: filepath.Join(dir, "certs", "ca.crt")}
	delete(cfg.Contexts, "cta")
	cfg.AuthInfos["ua"].Token = "ta-changed"
	cfg.CurrentContext = "ctb-new"
	cfg.Contexts["ctb-new"] = &clientcmdapi.Context{Cluster: "new", AuthInfo: "ua"}
	require.NoError(t, ModifyConfig(opts, *cfg, true))

	fileA, err := LoadFromFile(a)
	require.NoError(t, err)
	fileB, err := LoadFromFile(b)
	require.NoError(t, err)
	assert.Equal(t, "https://b-changed", fileB.Clusters["cb"].Server, "changed cluster goes back to b")
	assert.NotContains(t, fileA.Clusters, "cb")
	require.Contains(t, fileA.Clusters, "new", "new cluster goes to the default file")
	assert.Equal(t, filepath.Join("certs", "ca.crt"), fileA.Clusters["new"].CertificateAuthority, "paths written relative to the file")
	assert.NotContains(t, fileA.Contexts, "cta", "removed context is deleted from its file")
	assert.Equal(t, "ta-changed", fileA.AuthInfos["ua"].Token)
	assert.Contains(t, fileA.Contexts, "ctb-new")
	assert.Equal(t, "ctb-new", fileA.CurrentContext, "a new current context goes to the default file")
	assert.Equal(t, "ctb", fileB.CurrentContext)

	merged, err := opts.GetStartingConfig()
	require.NoError(t, err)
	assert.Equal(t, "ctb-new", merged.CurrentContext)

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".lock"), "lock file %s left behind", e.Name())
	}
}

// TestModifyConfigExplicitFile writes everything to the explicit file,
// and a held lock makes ModifyConfig fail without writing.
func TestModifyConfigExplicitFile(t *testing.T) {
	dir := t.TempDir()
	explicit := writeKubeconfig(t, dir, "explicit", alfa)
	opts := &PathOptions{GlobalFile: filepath.Join(dir, "global"), EnvVar: "SKIFF_TEST_UNSET_KUBECONFIG",
		LoadingRules: &ClientConfigLoadingRules{ExplicitPath: explicit, DoNotResolvePaths: true}}
	cfg, err := opts.GetStartingConfig()
	require.NoError(t, err)
	cfg.CurrentContext = "other"
	cfg.Clusters["added"] = &clientcmdapi.Cluster{Server: "https://added"}
	require.NoError(t, ModifyConfig(opts, *cfg, false))
	got, err := LoadFromFile(explicit)
	require.NoError(t, err)
	assert.Equal(t, "other", got.CurrentContext)
	assert.Contains(t, got.Clusters, "added")

	lock := explicit + ".lock"
	require.NoError(t, os.WriteFile(lock, nil, 0o600))
	cfg.CurrentContext = "third"
	require.Error(t, ModifyConfig(opts, *cfg, false), "a held lock must stop the write")
	got, err = LoadFromFile(explicit)
	require.NoError(t, err)
	assert.Equal(t, "other", got.CurrentContext)
}
