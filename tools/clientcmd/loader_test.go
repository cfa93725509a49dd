package clientcmd

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// writeKubeconfig writes yaml into dir/name and returns the path.
func writeKubeconfig(t *testing.T, dir, name, yaml string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(yaml), 0o600))
	return path
}

const (
	alfa = `current-context: federal-context
preferences: {colors: true}
clusters:
- name: cow-cluster
  cluster: {server: http://cow.org:8080}
users:
- name: red-user
  user: {token: red-token}
contexts:
- name: federal-context
  context: {cluster: cow-cluster, user: red-user, namespace: hammer-ns}
extensions:
- name: ext
  extension: {from: alfa}
`
	conflictAlfa = `current-context: a-different-context
clusters:
- name: cow-cluster
  cluster: {server: http://other.org:8080, insecure-skip-tls-verify: true}
- name: donkey-cluster
  cluster: {server: http://donkey.org:8080, insecure-skip-tls-verify: true, disable-compression: true}
users:
- name: red-user
  user: {token: a-different-red-token}
- name: yellow-user
  user: {token: yellow-token}
contexts:
- name: federal-context
  context: {cluster: donkey-cluster, user: yellow-user}
extensions:
- name: ext
  extension: {from: conflict}
- name: ext2
  extension: {from: conflict}
`
	emptyCurrent = `current-context: ""
clusters:
- name: third-cluster
  cluster: {server: https://third}
`
)

func TestLoadingRulesMerge(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		check func(t *testing.T, got *clientcmdapi.Config)
	}{
		{
			name:  "two files: first wins whole entries and scalars",
			files: []string{alfa, conflictAlfa},
			check: func(t *testing.T, got *clientcmdapi.Config) {
				assert.Equal(t, "http://cow.org:8080", got.Clusters["cow-cluster"].Server)
				assert.False(t, got.Clusters["cow-cluster"].InsecureSkipTLSVerify, "later file must not add fields to an earlier entry")
				assert.True(t, got.Clusters["donkey-cluster"].InsecureSkipTLSVerify)
				assert.True(t, got.Clusters["donkey-cluster"].DisableCompression)
				assert.Equal(t, "red-token", got.AuthInfos["red-user"].Token)
				assert.Equal(t, "yellow-token", got.AuthInfos["yellow-user"].Token)
				assert.Equal(t, "cow-cluster", got.Contexts["federal-context"].Cluster)
				assert.Equal(t, "hammer-ns", got.Contexts["federal-context"].Namespace)
				assert.Equal(t, "federal-context", got.CurrentContext)
				assert.True(t, got.Preferences.Colors)
				assert.JSONEq(t, `{"from":"alfa"}`, string(got.Extensions["ext"].(*runtime.Unknown).Raw))
				assert.JSONEq(t, `{"from":"conflict"}`, string(got.Extensions["ext2"].(*runtime.Unknown).Raw))
			},
		},
		{
			name:  "two files reversed",
			files: []string{conflictAlfa, alfa},
			check: func(t *testing.T, got *clientcmdapi.Config) {
				assert.Equal(t, "http://other.org:8080", got.Clusters["cow-cluster"].Server)
				assert.True(t, got.Clusters["cow-cluster"].InsecureSkipTLSVerify)
				assert.Equal(t, "a-different-red-token", got.AuthInfos["red-user"].Token)
				assert.Equal(t, "a-different-context", got.CurrentContext)
				assert.Equal(t, "", got.Contexts["federal-context"].Namespace, "the winning entry is taken whole")
				assert.True(t, got.Preferences.Colors, "first non-empty preference wins even from a later file")
			},
		},
		{
			name:  "empty current-context does not win",
			files: []string{emptyCurrent, conflictAlfa},
			check: func(t *testing.T, got *clientcmdapi.Config) {
				assert.Equal(t, "a-different-context", got.CurrentContext)
			},
		},
		{
			name:  "three files",
			files: []string{emptyCurrent, alfa, conflictAlfa},
			check: func(t *testing.T, got *clientcmdapi.Config) {
				assert.Equal(t, "federal-context", got.CurrentContext)
				assert.Len(t, got.Clusters, 3)
				assert.Equal(t, "https://third", got.Clusters["third-cluster"].Server)
				assert.Equal(t, "http://cow.org:8080", got.Clusters["cow-cluster"].Server)
				assert.Equal(t, "red-token", got.AuthInfos["red-user"].Token)
				assert.Len(t, got.AuthInfos, 2)
			},
		},
		{
			name:  "three files, conflict first",
			files: []string{conflictAlfa, emptyCurrent, alfa},
			check: func(t *testing.T, got *clientcmdapi.Config) {
				assert.Equal(t, "a-different-context", got.CurrentContext)
				assert.Equal(t, "donkey-cluster", got.Contexts["federal-context"].Cluster)
				assert.Len(t, got.Clusters, 3)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var files []string
			for i, content := range tt.files {
				files = append(files, writeKubeconfig(t, dir, string(rune('a'+i))+".yaml", content))
			}
			got, err := (&ClientConfigLoadingRules{Precedence: files}).Load()
			require.NoError(t, err)
			tt.check(t, got)
		})
	}
}

func TestLoadingRulesExplicitPath(t *testing.T) {
	dir := t.TempDir()
	explicit := writeKubeconfig(t, dir, "explicit", alfa)
	other := writeKubeconfig(t, dir, "other", conflictAlfa)

	got, err := (&ClientConfigLoadingRules{ExplicitPath: explicit, Precedence: []string{other}}).Load()
	require.NoError(t, err)
	assert.Equal(t, "federal-context", got.CurrentContext)
	assert.NotContains(t, got.Clusters, "donkey-cluster", "explicit file is not merged with precedence")

	missing := filepath.Join(dir, "bogus_file")
	_, err = (&ClientConfigLoadingRules{ExplicitPath: missing, Precedence: []string{other}}).Load()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bogus_file")
	assert.True(t, errors.Is(err, fs.ErrNotExist))
}

func TestLoadingRulesMissingFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeKubeconfig(t, dir, "good", alfa)
	bogus := filepath.Join(dir, "bogus")

	var warnings []error
	rules := &ClientConfigLoadingRules{Precedence: []string{"", bogus}, WarnIfAllMissing: true,
		Warner: func(err error) { warnings = append(warnings, err) }}
	got, err := rules.Load()
	require.NoError(t, err)
	assert.True(t, clientcmdapi.IsConfigEmpty(got))
	require.Len(t, warnings, 1)
	assert.Equal(t, "Config not found: "+bogus, warnings[0].Error())

	warnings = nil
	rules.Precedence = []string{bogus, good}
	got, err = rules.Load()
	require.NoError(t, err)
	assert.Equal(t, "federal-context", got.CurrentContext)
	assert.Empty(t, warnings, "no warning when some file exists")

	rules = &ClientConfigLoadingRules{Precedence: []string{bogus},
		Warner: func(err error) { warnings = append(warnings, err) }}
	_, err = rules.Load()
	require.NoError(t, err)
	assert.Empty(t, warnings, "no warning without WarnIfAllMissing")
}

func TestLoadingRulesCollectsFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeKubeconfig(t, dir, "bad", "clusters: [\n")
	good := writeKubeconfig(t, dir, "good", alfa)
	got, err := (&ClientConfigLoadingRules{Precedence: []string{bad, good}}).Load()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "error loading config file")
	assert.Contains(t, err.Error(), bad)
	require.NotNil(t, got)
	assert.Equal(t, "federal-context", got.CurrentContext, "the good file is still merged")

	unreadable := filepath.Join(dir, "dir-not-file")
	require.NoError(t, os.Mkdir(unreadable, 0o755))
	_, err = (&ClientConfigLoadingRules{Precedence: []string{unreadable}}).Load()
	require.Error(t, err)
	assert.Contains(t, err.Error(), unreadable)
}

func TestLoadingRulesRelativePaths(t *testing.T) {
	root := t.TempDir()
	layout := func(server string) string {
		return `clusters:
- name: ` + server + `
  cluster: {server: https://x, certificate-authority: ca/ca.pem, certificate-authority-data: ""}
users:
- name: ` + server + `-user
  user:
    client-certificate: relative/client/cert
    client-key: ../relative/client/key
    tokenFile: token
    exec: {command: ../relative/client/cmd, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}
- name: ` + server + `-abs
  user:
    client-certificate: /abs/cert
    exec: {command: cmd, apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}
`
	}
	f1 := writeKubeconfig(t, root, "d1/config", layout("one"))
	f2 := writeKubeconfig(t, root, "d2/sub/config", layout("two"))
	d1, d2 := filepath.Join(root, "d1"), filepath.Join(root, "d2", "sub")

	got, err := (&ClientConfigLoadingRules{Precedence: []string{f1, f2}}).Load()
	require.NoError(t, err)
	tests := []struct{ name, got, want string }{
		{"ca 1", got.Clusters["one"].CertificateAuthority, filepath.Join(d1, "ca/ca.pem")},
		{"ca 2", got.Clusters["two"].CertificateAuthority, filepath.Join(d2, "ca/ca.pem")},
		{"cert 1", got.AuthInfos["one-user"].ClientCertificate, filepath.Join(d1, "relative/client/cert")},
		{"key 1", got.AuthInfos["one-user"].ClientKey, filepath.Join(root, "relative/client/key")},
		{"token 2", got.AuthInfos["two-user"].TokenFile, filepath.Join(d2, "token")},
		{"exec 2", got.AuthInfos["two-user"].Exec.Command, filepath.Join(root, "d2", "relative/client/cmd")},
		{"absolute unchanged", got.AuthInfos["one-abs"].ClientCertificate, "/abs/cert"},
		{"bare command unchanged", got.AuthInfos["two-abs"].Exec.Command, "cmd"},
		{"empty unchanged", got.AuthInfos["two-abs"].ClientKey, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %q, want %q", tt.got, tt.want)
			}
		})
	}

	raw, err := (&ClientConfigLoadingRules{Precedence: []string{f1}, DoNotResolvePaths: true}).Load()
	require.NoError(t, err)
	assert.Equal(t, "ca/ca.pem", raw.Clusters["one"].CertificateAuthority)
	assert.Equal(t, "../relative/client/cmd", raw.AuthInfos["one-user"].Exec.Command)
}

func TestNewDefaultClientConfigLoadingRules(t *testing.T) {
	sep := string(os.PathListSeparator)
	tests := []struct {
		name     string
		env      string
		want     []string
		wantWarn bool
	}{
		{"unset uses home file", "", []string{RecommendedHomeFile}, false},
		{"two files", "/env/kubeconfig" + sep + "/other/kubeconfig", []string{"/env/kubeconfig", "/other/kubeconfig"}, true},
		{"empty entries and duplicates dropped", "a" + sep + "a" + sep + sep + "b" + sep + "b" + sep + "c" + sep + "b", []string{"a", "b", "c"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(RecommendedConfigPathEnvVar, tt.env)
			rules := NewDefaultClientConfigLoadingRules()
			assert.Equal(t, tt.want, rules.Precedence)
			assert.Equal(t, tt.wantWarn, rules.WarnIfAllMissing)
			assert.Contains(t, rules.MigrationRules, RecommendedHomeFile)
		})
	}
}

func TestLoadingRulesMigrate(t *testing.T) {
	dir := t.TempDir()
	legacy := writeKubeconfig(t, dir, "legacy", alfa)
	dst := filepath.Join(dir, "new", "config")
	rules := &ClientConfigLoadingRules{Precedence: []string{dst}, MigrationRules: map[string]string{dst: legacy}}
	got, err := rules.Load()
	require.NoError(t, err)
	assert.Equal(t, "federal-context", got.CurrentContext)
	data, err := os.ReadFile(dst)
	require.NoError(t, err)
	assert.Equal(t, alfa, string(data))

	require.NoError(t, os.WriteFile(legacy, []byte(conflictAlfa), 0o600))
	require.NoError(t, rules.Migrate())
	data, err = os.ReadFile(dst)
	require.NoError(t, err)
	assert.Equal(t, alfa, string(data), "existing destination is never overwritten")

	dirSrc := filepath.Join(dir, "srcdir")
	require.NoError(t, os.Mkdir(dirSrc, 0o755))
	err = (&ClientConfigLoadingRules{MigrationRules: map[string]string{filepath.Join(dir, "x"): dirSrc}}).Migrate()
	require.ErrorContains(t, err, "directory")
}

func TestLoadingRulesAccessors(t *testing.T) {
	dir := t.TempDir()
	existing := writeKubeconfig(t, dir, "exists", alfa)
	missing := filepath.Join(dir, "missing")
	tests := []struct {
		name        string
		rules       ClientConfigLoadingRules
		wantDefault string
		wantPrec    []string
	}{
		{"explicit", ClientConfigLoadingRules{ExplicitPath: "x", Precedence: []string{existing}}, "x", []string{"x"}},
		{"first existing", ClientConfigLoadingRules{Precedence: []string{missing, existing}}, existing, []string{missing, existing}},
		{"none existing", ClientConfigLoadingRules{Precedence: []string{missing}}, missing, []string{missing}},
		{"nothing", ClientConfigLoadingRules{}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantDefault, tt.rules.GetDefaultFilename())
			assert.Equal(t, tt.wantPrec, tt.rules.GetLoadingPrecedence())
			assert.Equal(t, tt.rules.ExplicitPath != "", tt.rules.IsExplicitFile())
			assert.Equal(t, tt.rules.ExplicitPath, tt.rules.GetExplicitFile())
			assert.True(t, tt.rules.ResolvePaths())
		})
	}
}
