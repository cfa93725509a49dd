package clientcmd

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// notOnTheWire are the api fields the kubeconfig v1 format does not carry
// (json:"-" in the reference too), and Kind and APIVersion, which Write
// always sets to Config and v1 and Load clears, as the reference's
// decoding into the internal version does.
var notOnTheWire = map[string]bool{
	"Config.Kind":                        true,
	"Config.APIVersion":                  true,
	"Cluster.LocationOfOrigin":           true,
	"AuthInfo.LocationOfOrigin":          true,
	"Context.LocationOfOrigin":           true,
	"ExecConfig.Config":                  true,
	"ExecConfig.StdinUnavailable":        true,
	"ExecConfig.StdinUnavailableMessage": true,
}

// extension is an extension as Load returns it.
func extension(json string) runtime.Object {
	return &runtime.Unknown{Raw: []byte(json), ContentType: runtime.ContentTypeJSON}
}

// everyFieldConfig sets every field of every kubeconfig struct that the
// v1 format carries.
func everyFieldConfig() *clientcmdapi.Config {
	ext := func(v string) map[string]runtime.Object {
		return map[string]runtime.Object{"ext-" + v: extension(`{"v":"` + v + `"}`)}
	}
	return &clientcmdapi.Config{
		Preferences:    clientcmdapi.Preferences{Colors: true, Extensions: ext("prefs")},
		CurrentContext: "ctx",
		Extensions:     ext("top"),
		Clusters: map[string]*clientcmdapi.Cluster{"c": {
			Server: "https://c:6443", TLSServerName: "api.c", InsecureSkipTLSVerify: true,
			CertificateAuthority: "/etc/ca.pem", CertificateAuthorityData: []byte{0, 1, 2, 0xff},
			ProxyURL: "socks5://proxy:1080", DisableCompression: true, Extensions: ext("cluster"),
		}},
		AuthInfos: map[string]*clientcmdapi.AuthInfo{"u": {
			ClientCertificate: "/etc/client.crt", ClientCertificateData: []byte("cert-data"),
			ClientKey: "/etc/client.key", ClientKeyData: []byte("key-data"),
			Token: "tok", TokenFile: "/etc/token",
			Impersonate: "someone", ImpersonateUID: "1001", ImpersonateGroups: []string{"g1", "g2"},
			ImpersonateUserExtra: map[string][]string{"scopes": {"a", "b"}},
			Username:             "user", Password: "pass",
			AuthProvider: &clientcmdapi.AuthProviderConfig{Name: "oidc", Config: map[string]string{"client-id": "k"}},
			Exec: &clientcmdapi.ExecConfig{
				Command: "plugin", Args: []string{"--a", "b"}, Env: []clientcmdapi.ExecEnvVar{{Name: "N", Value: "V"}},
				APIVersion: "client.authentication.k8s.io/v1", InstallHint: "install plugin", ProvideClusterInfo: true,
				InteractiveMode: clientcmdapi.AlwaysExecInteractiveMode,
			},
			Extensions: ext("user"),
		}},
		Contexts: map[string]*clientcmdapi.Context{"ctx": {Cluster: "c", AuthInfo: "u", Namespace: "ns", Extensions: ext("context")}},
	}
}

// zeroFields lists the fields under v (by Type.Field path) that are zero.
func zeroFields(v reflect.Value, path string) []string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return []string{path}
		}
		if v.Kind() == reflect.Interface {
			return nil // extensions are opaque objects
		}
		return zeroFields(v.Elem(), path)
	case reflect.Map:
		if v.Len() == 0 {
			return []string{path}
		}
		var out []string
		for _, k := range v.MapKeys() {
			out = append(out, zeroFields(v.MapIndex(k), path+"["+k.String()+"]")...)
		}
		return out
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{path}
		}
		var out []string
		switch v.Type().Elem().Kind() {
		case reflect.Struct, reflect.Pointer, reflect.Map, reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				out = append(out, zeroFields(v.Index(i), path)...)
			}
		}
		return out
	case reflect.Struct:
		var out []string
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || notOnTheWire[v.Type().Name()+"."+f.Name] {
				continue
			}
			out = append(out, zeroFields(v.Field(i), v.Type().Name()+"."+f.Name)...)
		}
		return out
	default:
		if v.IsZero() {
			return []string{path}
		}
		return nil
	}
}

// TestRoundTripEveryField writes a config with every field set and loads
// it back: nothing may be lost or changed.
func TestRoundTripEveryField(t *testing.T) {
	cfg := everyFieldConfig()
	require.Empty(t, zeroFields(reflect.ValueOf(cfg), "Config"), "the fixture must set every field")

	out, err := Write(*cfg)
	require.NoError(t, err)
	loaded, err := Load(out)
	require.NoError(t, err)
	assert.Equal(t, cfg, loaded, "written:\n%s", out)

	again, err := Write(*loaded)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(again), "writing the loaded config changes it")
	assert.True(t, strings.Contains(string(out), "preferences:"), "preferences are always written")
}

// TestRoundTripThroughFile does the same through WriteToFile and
// LoadFromFile, which add LocationOfOrigin and nothing else.
func TestRoundTripThroughFile(t *testing.T) {
	cfg := everyFieldConfig()
	file := t.TempDir() + "/nested/config"
	require.NoError(t, WriteToFile(*cfg, file))
	written, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Contains(t, string(written), "kind: Config\n")
	assert.Contains(t, string(written), "apiVersion: v1\n")
	loaded, err := LoadFromFile(file)
	require.NoError(t, err)
	for _, c := range loaded.Clusters {
		assert.Equal(t, file, c.LocationOfOrigin)
		c.LocationOfOrigin = ""
	}
	for _, a := range loaded.AuthInfos {
		assert.Equal(t, file, a.LocationOfOrigin)
		a.LocationOfOrigin = ""
	}
	for _, c := range loaded.Contexts {
		assert.Equal(t, file, c.LocationOfOrigin)
		c.LocationOfOrigin = ""
	}
	assert.Equal(t, cfg, loaded)
}

// TestZeroFieldsFindsGaps makes sure the completeness check can fail.
func TestZeroFieldsFindsGaps(t *testing.T) {
	cfg := everyFieldConfig()
	cfg.AuthInfos["u"].Exec.InstallHint = ""
	cfg.Clusters["c"].LocationOfOrigin = "" // not on the wire: ignored
	assert.Equal(t, []string{"ExecConfig.InstallHint"}, zeroFields(reflect.ValueOf(cfg), "Config"))
}
