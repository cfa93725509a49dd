package rest

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

func TestConfigToExecCluster(t *testing.T) {
	caFile := filepath.Join(t.TempDir(), "ca")
	require.NoError(t, os.WriteFile(caFile, []byte("ca-from-file"), 0o600))
	pluginConfig := &metav1.Status{Message: "plugin config"}
	proxy, _ := url.Parse("https://proxy:3128")
	tests := []struct {
		name    string
		cfg     *Config
		want    *clientauthentication.Cluster
		wantErr string
	}{
		{"full", &Config{
			Host:               "https://h:6443",
			TLSClientConfig:    TLSClientConfig{ServerName: "sni", Insecure: true, CAData: []byte("ca")},
			DisableCompression: true,
			Proxy:              http.ProxyURL(proxy),
			ExecProvider:       &clientcmdapi.ExecConfig{Config: pluginConfig},
		}, &clientauthentication.Cluster{
			Server: "https://h:6443", TLSServerName: "sni", InsecureSkipTLSVerify: true, CertificateAuthorityData: []byte("ca"),
			ProxyURL: "https://proxy:3128", DisableCompression: true, Config: pluginConfig,
		}, ""},
		{"ca from file", &Config{Host: "https://h", TLSClientConfig: TLSClientConfig{CAFile: caFile}},
			&clientauthentication.Cluster{Server: "https://h", CertificateAuthorityData: []byte("ca-from-file")}, ""},
		{"missing ca file", &Config{Host: "https://h", TLSClientConfig: TLSClientConfig{CAFile: caFile + "-missing"}}, nil, "failed to load CA bundle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ConfigToExecCluster(tt.cfg)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestExecClusterToConfig(t *testing.T) {
	cluster := &clientauthentication.Cluster{
		Server: "https://h", TLSServerName: "sni", InsecureSkipTLSVerify: true,
		CertificateAuthorityData: []byte("ca"), ProxyURL: "socks5://p:1080", DisableCompression: true,
	}
	cfg, err := ExecClusterToConfig(cluster)
	require.NoError(t, err)
	assert.Equal(t, "https://h", cfg.Host)
	assert.Equal(t, TLSClientConfig{Insecure: true, ServerName: "sni", CAData: []byte("ca")}, cfg.TLSClientConfig)
	assert.True(t, cfg.DisableCompression)
	require.NotNil(t, cfg.Proxy)
	u, err := cfg.Proxy(&http.Request{URL: &url.URL{Scheme: "https", Host: "h"}})
	require.NoError(t, err)
	assert.Equal(t, "socks5://p:1080", u.String())

	for _, bad := range []string{"ftp://p", "%zz"} {
		_, err := ExecClusterToConfig(&clientauthentication.Cluster{ProxyURL: bad})
		assert.ErrorContains(t, err, "cannot parse proxy URL", bad)
	}
	_, err = ExecClusterToConfig(nil)
	assert.Error(t, err)
}

func TestExecProviderEndToEnd(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "plugin.sh")
	out := `{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"exec-token"}}`
	require.NoError(t, os.WriteFile(script, []byte("#!/bin/sh\necho '"+out+"'\n"), 0o700))
	rec := &recorder{script: []response{jsonResponse(200, `{}`)}}
	_, srv := newTestClient(t, rec)
	cfg := testConfig(t, srv.URL)
	cfg.ExecProvider = &clientcmdapi.ExecConfig{
		Command:         script,
		APIVersion:      "client.authentication.k8s.io/v1",
		InteractiveMode: clientcmdapi.NeverExecInteractiveMode,
	}
	c, err := RESTClientFor(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Get().Resource("pods").Do(t.Context()).Error())
	assert.Equal(t, "Bearer exec-token", rec.seen()[0].header.Get("Authorization"))
	assert.NotContains(t, cfg.String(), "exec-token")
}
