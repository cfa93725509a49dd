package clientcmd

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

const fullKubeconfig = `apiVersion: v1
kind: Config
current-context: prod
preferences:
  colors: true
clusters:
- name: prod
  cluster:
    server: https://prod.example.com:6443
    certificate-authority-data: Q0EtREFUQQ==
    tls-server-name: api.internal
    proxy-url: socks5://proxy:1080
    disable-compression: true
    extensions:
    - name: client.authentication.k8s.io/exec
      extension:
        audience: prod
- name: dev
  cluster:
    server: http://dev:8080
    insecure-skip-tls-verify: true
    certificate-authority: /etc/ca.pem
users:
- name: alice
  user:
    token: alice-token
    as: bob
    as-uid: "1000"
    as-groups: [admins, devs]
    as-user-extra:
      scopes: [read, write]
- name: carol
  user:
    client-certificate: /certs/carol.crt
    client-key-data: S0VZ
    tokenFile: /var/token
    username: carol
    password: carol-pass
    auth-provider:
      name: oidc
      config:
        client-id: kubectl
- name: exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: get-token
      args: [--cluster, prod]
      env:
      - name: REGION
        value: eu
      installHint: install get-token
      provideClusterInfo: true
      interactiveMode: Never
contexts:
- name: prod
  context:
    cluster: prod
    user: alice
    namespace: web
extensions:
- name: top
  extension:
    apiVersion: example.com/v1
    kind: Thing
    value: 1
`

func fullConfig() *clientcmdapi.Config {
	cfg := clientcmdapi.NewConfig()
	cfg.Extensions = map[string]runtime.Object{"top": &runtime.Unknown{
		TypeMeta: runtime.TypeMeta{APIVersion: "example.com/v1", Kind: "Thing"},
		Raw:      []byte(`{"apiVersion":"example.com/v1","kind":"Thing","value":1}`), ContentType: runtime.ContentTypeJSON}}
	cfg.Preferences.Colors = true
	cfg.CurrentContext = "prod"
	cfg.Clusters["prod"] = &clientcmdapi.Cluster{Server: "https://prod.example.com:6443",
		CertificateAuthorityData: []byte("CA-DATA"), TLSServerName: "api.internal", ProxyURL: "socks5://proxy:1080",
		DisableCompression: true, Extensions: map[string]runtime.Object{"client.authentication.k8s.io/exec": &runtime.Unknown{
			Raw: []byte(`{"audience":"prod"}`), ContentType: runtime.ContentTypeJSON}}}
	cfg.Clusters["dev"] = &clientcmdapi.Cluster{Server: "http://dev:8080", InsecureSkipTLSVerify: true, CertificateAuthority: "/etc/ca.pem"}
	cfg.AuthInfos["alice"] = &clientcmdapi.AuthInfo{Token: "alice-token", Impersonate: "bob", ImpersonateUID: "1000",
		ImpersonateGroups: []string{"admins", "devs"}, ImpersonateUserExtra: map[string][]string{"scopes": {"read", "write"}}}
	cfg.AuthInfos["carol"] = &clientcmdapi.AuthInfo{ClientCertificate: "/certs/carol.crt", ClientKeyData: []byte("KEY"),
		TokenFile: "/var/token", Username: "carol", Password: "carol-pass",
		AuthProvider: &clientcmdapi.AuthProviderConfig{Name: "oidc", Config: map[string]string{"client-id": "kubectl"}}}
	cfg.AuthInfos["exec"] = &clientcmdapi.AuthInfo{Exec: &clientcmdapi.ExecConfig{APIVersion: "client.authentication.k8s.io/v1",
		Command: "get-token", Args: []string{"--cluster", "prod"}, Env: []clientcmdapi.ExecEnvVar{{Name: "REGION", Value: "eu"}},
		InstallHint: "install get-token", ProvideClusterInfo: true, InteractiveMode: clientcmdapi.NeverExecInteractiveMode}}
	cfg.Contexts["prod"] = &clientcmdapi.Context{Cluster: "prod", AuthInfo: "alice", Namespace: "web"}
	return cfg
}

func TestLoadV1WireFormat(t *testing.T) {
	got, err := Load([]byte(fullKubeconfig))
	require.NoError(t, err)
	assert.Equal(t, fullConfig(), got)
}

func TestLoadWriteRoundTrip(t *testing.T) {
	first, err := Load([]byte(fullKubeconfig))
	require.NoError(t, err)
	out, err := Write(*first)
	require.NoError(t, err)
	second, err := Load(out)
	require.NoError(t, err)
	assert.Equal(t, first, second, "written:\n%s", out)

	again, err := Write(*second)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(again), "Write is not stable")
	for _, want := range []string{"certificate-authority-data: Q0EtREFUQQ==", "insecure-skip-tls-verify: true",
		"proxy-url: socks5://proxy:1080", "tls-server-name: api.internal", "disable-compression: true",
		"interactiveMode: Never", "provideClusterInfo: true", "as-groups:", "as-user-extra:", "as-uid: \"1000\"",
		"tokenFile: /var/token", "client-key-data: S0VZ"} {
		assert.Contains(t, string(out), want)
	}
}

func TestWriteLayout(t *testing.T) {
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["b"] = &clientcmdapi.Cluster{Server: "https://b"}
	cfg.Clusters["a"] = &clientcmdapi.Cluster{Server: "https://a"}
	out, err := Write(*cfg)
	require.NoError(t, err)
	s := string(out)
	assert.Contains(t, s, "apiVersion: v1\n")
	assert.Contains(t, s, "kind: Config\n")
	assert.Contains(t, s, "current-context: \"\"\n")
	assert.Less(t, strings.Index(s, "name: a"), strings.Index(s, "name: b"), "lists must be sorted by name:\n%s", s)
	assert.NotContains(t, s, "LocationOfOrigin")
}

func TestLoadEmptyAndDefaults(t *testing.T) {
	for _, in := range []string{"", "  \n", "{}", "current-context: x", "apiVersion: v1\nkind: Config"} {
		t.Run(in, func(t *testing.T) {
			got, err := Load([]byte(in))
			require.NoError(t, err)
			assert.NotNil(t, got.Clusters)
			assert.NotNil(t, got.AuthInfos)
			assert.NotNil(t, got.Contexts)
		})
	}
	got, err := Load([]byte("unknown-field: 1\ncurrent-context: c\n"))
	require.NoError(t, err)
	assert.Equal(t, "c", got.CurrentContext, "unknown fields are ignored")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"malformed yaml", "clusters:\n- name: a\n  cluster: {server: [\n", []string{"line"}},
		{"bad indentation", "current-context: a\n  bad: : x\n", []string{"line 2"}},
		{"wrong type", "clusters: 5\n", []string{"clusters"}},
		{"wrong kind", "kind: Pod\n", []string{`kind is "Pod"`}},
		{"wrong version", "apiVersion: v2\n", []string{`apiVersion is "v2"`}},
		{"duplicate cluster", "clusters:\n- name: kubeconfig-cluster\n  cluster: {server: a}\n- name: kubeconfig-cluster\n  cluster: {server: b}\n",
			[]string{`error converting *[]NamedCluster into *map[string]*api.Cluster: duplicate name "kubeconfig-cluster" in list`}},
		{"duplicate user", "users:\n- name: u\n  user: {}\n- name: u\n  user: {}\n", []string{`duplicate name "u" in list`, "NamedAuthInfo"}},
		{"duplicate context", "contexts:\n- name: c\n  context: {}\n- name: c\n  context: {}\n", []string{`duplicate name "c" in list`, "NamedContext"}},
		{"duplicate extension", "extensions:\n- name: e\n  extension: {}\n- name: e\n  extension: {}\n", []string{`duplicate name "e" in list`, "NamedExtension"}},
		{"duplicate cluster extension", "clusters:\n- name: a\n  cluster:\n    extensions:\n    - name: e\n      extension: {}\n    - name: e\n      extension: {}\n",
			[]string{`duplicate name "e" in list`, `cluster "a"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]byte(tt.in))
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestLoadFromFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config")
	require.NoError(t, os.WriteFile(file, []byte("current-context: only\n"), 0o600))
	got, err := LoadFromFile(file)
	require.NoError(t, err)
	assert.Equal(t, "only", got.CurrentContext)
	assert.NotNil(t, got.Clusters)
	assert.NotNil(t, got.AuthInfos)
	assert.NotNil(t, got.Contexts)

	require.NoError(t, os.WriteFile(file, []byte(fullKubeconfig), 0o600))
	got, err = LoadFromFile(file)
	require.NoError(t, err)
	for name, c := range got.Clusters {
		assert.Equal(t, file, c.LocationOfOrigin, name)
	}
	for name, a := range got.AuthInfos {
		assert.Equal(t, file, a.LocationOfOrigin, name)
	}
	assert.Equal(t, file, got.Contexts["prod"].LocationOfOrigin)

	_, err = LoadFromFile(filepath.Join(dir, "missing"))
	assert.True(t, os.IsNotExist(err), "os.IsNotExist(%v) = false", err)

	require.NoError(t, os.WriteFile(file, []byte("a: b\n c: d: e\n"), 0o600))
	_, err = LoadFromFile(file)
	require.Error(t, err)
	assert.Contains(t, err.Error(), file)
	assert.Contains(t, err.Error(), "line 2")
}

func TestExecInteractiveModeDefaulting(t *testing.T) {
	tests := []struct {
		apiVersion, mode string
		want             clientcmdapi.ExecInteractiveMode
	}{
		{"client.authentication.k8s.io/v1beta1", "", clientcmdapi.IfAvailableExecInteractiveMode},
		{"client.authentication.k8s.io/v1alpha1", "", clientcmdapi.IfAvailableExecInteractiveMode},
		{"client.authentication.k8s.io/v1", "", ""},
		{"client.authentication.k8s.io/v1beta1", "Always", clientcmdapi.AlwaysExecInteractiveMode},
	}
	for _, tt := range tests {
		t.Run(tt.apiVersion+"/"+tt.mode, func(t *testing.T) {
			in := "users:\n- name: u\n  user:\n    exec:\n      command: c\n      apiVersion: " + tt.apiVersion + "\n"
			if tt.mode != "" {
				in += "      interactiveMode: " + tt.mode + "\n"
			}
			got, err := Load([]byte(in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.AuthInfos["u"].Exec.InteractiveMode)
		})
	}
}

func TestWriteToFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "new", "dir", "config")
	require.NoError(t, WriteToFile(*fullConfig(), file))
	info, err := os.Stat(file)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o600), info.Mode().Perm())
	dirInfo, err := os.Stat(filepath.Dir(file))
	require.NoError(t, err)
	assert.True(t, dirInfo.IsDir())
	got, err := LoadFromFile(file)
	require.NoError(t, err)
	assert.Equal(t, "https://prod.example.com:6443", got.Clusters["prod"].Server)

	blocker := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o600))
	err = WriteToFile(*fullConfig(), filepath.Join(blocker, "config"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), blocker)
}

func TestGetConfigFromFileOrDieMissing(t *testing.T) {
	got := GetConfigFromFileOrDie(filepath.Join(t.TempDir(), "missing"))
	require.NotNil(t, got)
	assert.True(t, clientcmdapi.IsConfigEmpty(got))
	assert.False(t, errors.Is(nil, fs.ErrNotExist))
}
