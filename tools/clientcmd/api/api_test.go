package api

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func sampleConfig() *Config {
	c := NewConfig()
	c.CurrentContext = "ctx"
	c.Clusters["cl"] = &Cluster{Server: "https://a", CertificateAuthorityData: []byte("ca"),
		Extensions: map[string]runtime.Object{"x": &runtime.Unknown{Raw: []byte(`{"a":1}`)}}}
	c.Clusters["other"] = &Cluster{Server: "https://b"}
	c.AuthInfos["u"] = &AuthInfo{Token: "s3cret-token", Password: "s3cret-pass", Username: "bob",
		ClientKeyData: []byte("s3cret-key"), ClientCertificateData: []byte("cert"),
		ImpersonateGroups: []string{"g"}, ImpersonateUserExtra: map[string][]string{"k": {"v"}},
		AuthProvider: &AuthProviderConfig{Name: "oidc", Config: map[string]string{"id-token": "s3cret-id"}},
		Exec:         &ExecConfig{Command: "c", Args: []string{"a"}, Env: []ExecEnvVar{{Name: "K", Value: "s3cret-env"}}}}
	c.AuthInfos["other"] = &AuthInfo{}
	c.Contexts["ctx"] = &Context{Cluster: "cl", AuthInfo: "u", Namespace: "ns"}
	c.Contexts["ctx2"] = &Context{Cluster: "other", AuthInfo: "other"}
	return c
}

func TestDeepCopyIsIndependent(t *testing.T) {
	orig := sampleConfig()
	cp := orig.DeepCopy()
	require.Equal(t, orig, cp)
	cp.Clusters["cl"].CertificateAuthorityData[0] = 'X'
	cp.Clusters["cl"].Extensions["x"].(*runtime.Unknown).Raw[0] = 'X'
	cp.AuthInfos["u"].ImpersonateGroups[0] = "X"
	cp.AuthInfos["u"].ImpersonateUserExtra["k"][0] = "X"
	cp.AuthInfos["u"].AuthProvider.Config["id-token"] = "X"
	cp.AuthInfos["u"].Exec.Env[0].Value = "X"
	cp.Contexts["ctx"].Namespace = "X"
	assert.Equal(t, sampleConfig(), orig, "mutating the copy changed the original")
	var nilCfg *Config
	assert.Nil(t, nilCfg.DeepCopy())
	assert.Nil(t, nilCfg.DeepCopyObject())
	assert.Equal(t, orig, orig.DeepCopyObject())
}

func TestConfigObjectKind(t *testing.T) {
	c := NewConfig()
	c.GetObjectKind().SetGroupVersionKind(schema.GroupVersionKind{Version: "v1", Kind: "Config"})
	assert.Equal(t, "v1", c.APIVersion)
	assert.Equal(t, "Config", c.Kind)
	assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "Config"}, c.GroupVersionKind())
}

func TestStringHidesSecrets(t *testing.T) {
	c := sampleConfig()
	u := c.AuthInfos["u"]
	for name, s := range map[string]string{
		"AuthInfo %v":            fmt.Sprintf("%v", *u),
		"AuthInfo %#v":           fmt.Sprintf("%#v", *u),
		"AuthInfo %s ptr":        fmt.Sprintf("%s", u),
		"AuthProviderConfig %v":  fmt.Sprintf("%v", *u.AuthProvider),
		"AuthProviderConfig %#v": fmt.Sprintf("%#v", *u.AuthProvider),
		"ExecConfig %v":          fmt.Sprintf("%v", *u.Exec),
		"ExecConfig %#v":         fmt.Sprintf("%#v", u.Exec),
	} {
		t.Run(name, func(t *testing.T) {
			assert.NotContains(t, s, "s3cret")
			assert.Contains(t, s, "REDACTED")
		})
	}
}

func TestRedactAndShorten(t *testing.T) {
	c := sampleConfig()
	require.NoError(t, RedactSecrets(c))
	u := c.AuthInfos["u"]
	assert.Equal(t, "REDACTED", u.Token)
	assert.Equal(t, "REDACTED", u.Password)
	b, err := json.Marshal(u.ClientKeyData)
	require.NoError(t, err)
	assert.Equal(t, `"REDACTED"`, string(b))
	assert.Equal(t, []byte("cert"), u.ClientCertificateData, "certificates are not secret")
	assert.Equal(t, "", c.AuthInfos["other"].Token, "empty stays empty")
	require.NoError(t, RedactSecrets(nil))

	c = sampleConfig()
	ShortenConfig(c)
	for name, data := range map[string][]byte{
		"key": c.AuthInfos["u"].ClientKeyData, "cert": c.AuthInfos["u"].ClientCertificateData,
		"ca": c.Clusters["cl"].CertificateAuthorityData,
	} {
		b, err := json.Marshal(data)
		require.NoError(t, err)
		assert.Equal(t, `"DATA+OMITTED"`, string(b), name)
	}
	assert.Equal(t, "REDACTED", c.AuthInfos["u"].Token)
	assert.Nil(t, c.Clusters["other"].CertificateAuthorityData)
	ShortenConfig(nil)
}

func TestMinifyConfig(t *testing.T) {
	tests := []struct {
		name    string
		current string
		wantErr string
	}{
		{name: "ok", current: "ctx"},
		{name: "no current", current: "", wantErr: "current-context must exist"},
		{name: "missing", current: "nope", wantErr: "cannot locate context nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sampleConfig()
			c.CurrentContext = tt.current
			err := MinifyConfig(c)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Len(t, c.Contexts, 1)
			assert.Contains(t, c.Clusters, "cl")
			assert.Len(t, c.Clusters, 1)
			assert.Contains(t, c.AuthInfos, "u")
			assert.Len(t, c.AuthInfos, 1)
		})
	}
	require.Error(t, MinifyConfig(nil))
}

func TestFlattenConfig(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ca.pem"), []byte("CA"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "key.pem"), []byte("KEY"), 0o600))
	c := NewConfig()
	origin := filepath.Join(dir, "config")
	c.Clusters["a"] = &Cluster{LocationOfOrigin: origin, CertificateAuthority: "ca.pem"}
	c.AuthInfos["u"] = &AuthInfo{LocationOfOrigin: origin, ClientKey: filepath.Join(dir, "key.pem")}
	require.NoError(t, FlattenConfig(c))
	assert.Equal(t, []byte("CA"), c.Clusters["a"].CertificateAuthorityData)
	assert.Equal(t, "", c.Clusters["a"].CertificateAuthority)
	assert.Equal(t, []byte("KEY"), c.AuthInfos["u"].ClientKeyData)

	c.Clusters["b"] = &Cluster{LocationOfOrigin: origin, CertificateAuthority: "missing.pem"}
	err := FlattenConfig(c)
	require.ErrorContains(t, err, "missing.pem")

	p, data := "ca.pem", []byte("x")
	require.ErrorContains(t, FlattenContent(&p, &data, dir), "both")
}

func TestPathHelpers(t *testing.T) {
	tests := []struct{ path, base, wantResolve, wantAbs string }{
		{"a/b", "/base", "/base/a/b", "/base/a/b"},
		{"/abs", "/base", "/abs", "/abs"},
		{"", "/base", "", "/base"},
		{"../up", "/base/dir", "/base/up", "/base/up"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			assert.Equal(t, tt.wantResolve, ResolvePath(tt.path, tt.base))
			got, err := MakeAbs(tt.path, tt.base)
			require.NoError(t, err)
			assert.Equal(t, tt.wantAbs, got)
		})
	}
	cwd, err := os.Getwd()
	require.NoError(t, err)
	got, err := MakeAbs("rel", "")
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(cwd, "rel"), got)
}

func TestIsConfigEmpty(t *testing.T) {
	tests := []struct {
		name string
		cfg  *Config
		want bool
	}{
		{"nil", nil, true},
		{"new", NewConfig(), true},
		{"current context", &Config{CurrentContext: "x"}, false},
		{"colors", &Config{Preferences: Preferences{Colors: true}}, false},
		{"cluster", &Config{Clusters: map[string]*Cluster{"a": {}}}, false},
		{"extension", &Config{Extensions: map[string]runtime.Object{"a": &runtime.Unknown{}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsConfigEmpty(tt.cfg); got != tt.want {
				t.Fatalf("IsConfigEmpty() = %v, want %v", got, tt.want)
			}
		})
	}
	assert.False(t, strings.Contains(fmt.Sprint(NewCluster(), NewContext(), NewAuthInfo()), "nil map"))
}
