package rest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
)

// TestTLSClientConfigEndToEnd talks to an HTTPS server with a CA made by
// the test, through every way rest.Config can carry TLS material.
func TestTLSClientConfigEndToEnd(t *testing.T) {
	p := newTestPKI(t)
	srv := newTLSServer(t, p)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		return path
	}
	caFile, certFile, keyFile := write("ca.crt", p.caPEM), write("client.crt", p.clientCert), write("client.key", p.clientKey)

	tests := []struct {
		name      string
		tls       TLSClientConfig
		want      string // the client name the server saw
		wantErr   string // from the request
		configErr string // from RESTClientFor
	}{
		{name: "CA data, no client certificate", tls: TLSClientConfig{CAData: p.caPEM}, want: "anonymous"},
		{name: "CA file, client certificate data", tls: TLSClientConfig{CAFile: caFile, CertData: p.clientCert, KeyData: p.clientKey}, want: "client-a"},
		{name: "client certificate files", tls: TLSClientConfig{CAData: p.caPEM, CertFile: certFile, KeyFile: keyFile}, want: "client-a"},
		{name: "server name matches", tls: TLSClientConfig{CAData: p.caPEM, ServerName: "example.test"}, want: "anonymous"},
		{name: "server name does not match", tls: TLSClientConfig{CAData: p.caPEM, ServerName: "other.test"}, wantErr: "certificate"},
		{name: "insecure", tls: TLSClientConfig{Insecure: true}, want: "anonymous"},
		{name: "system roots do not know the test CA", tls: TLSClientConfig{}, wantErr: "certificate"},
		{name: "CA with insecure", tls: TLSClientConfig{CAData: p.caPEM, Insecure: true},
			configErr: "specifying a root certificates file with the insecure flag is not allowed"},
		{name: "unparsable CA", tls: TLSClientConfig{CAData: []byte("not a certificate")}, configErr: "unable to load root certificates"},
		{name: "missing CA file", tls: TLSClientConfig{CAFile: filepath.Join(dir, "missing.crt")}, configErr: "missing.crt"},
		// As in the reference, half a key pair is no client certificate
		// (clientcmd validation is where it is an error).
		{name: "certificate without key is ignored", tls: TLSClientConfig{CAData: p.caPEM, CertData: p.clientCert}, want: "anonymous"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t, srv.URL)
			cfg.TLSClientConfig = tt.tls
			c, err := RESTClientFor(cfg)
			if tt.configErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.configErr)
				assert.NotContains(t, err.Error(), string(p.clientKey), "error shows the private key")
				return
			}
			require.NoError(t, err)
			pod := &corev1.Pod{}
			err = c.Get().Namespace("ns").Resource("pods").Name("p").Do(context.Background()).Into(pod)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, pod.Name)
		})
	}
}
