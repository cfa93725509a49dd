package rest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeCA writes a self-signed PEM certificate to dir/ca.crt.
func writeCA(t *testing.T, dir string) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "ca"},
		NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	file := filepath.Join(dir, "ca.crt")
	require.NoError(t, os.WriteFile(file, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	return file
}

func TestInClusterConfig(t *testing.T) {
	dir := t.TempDir()
	token := filepath.Join(dir, "token")
	require.NoError(t, os.WriteFile(token, []byte("sa-token"), 0o600))
	ca := writeCA(t, dir)
	badCA := filepath.Join(dir, "bad.crt")
	require.NoError(t, os.WriteFile(badCA, []byte("not pem"), 0o600))

	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	full := map[string]string{"KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443"}
	tests := []struct {
		name     string
		src      inClusterSource
		wantErr  error
		wantHost string
		wantCA   string
	}{
		{"in cluster", inClusterSource{env(full), token, ca}, nil, "https://10.0.0.1:443", ca},
		{"ipv6 bracketed", inClusterSource{env(map[string]string{"KUBERNETES_SERVICE_HOST": "fd00::1", "KUBERNETES_SERVICE_PORT": "6443"}), token, ca}, nil, "https://[fd00::1]:6443", ca},
		{"bad CA only logged", inClusterSource{env(full), token, badCA}, nil, "https://10.0.0.1:443", ""},
		{"no host", inClusterSource{env(map[string]string{"KUBERNETES_SERVICE_PORT": "443"}), token, ca}, ErrNotInCluster, "", ""},
		{"no port", inClusterSource{env(map[string]string{"KUBERNETES_SERVICE_HOST": "h"}), token, ca}, ErrNotInCluster, "", ""},
		{"no token", inClusterSource{env(full), filepath.Join(dir, "missing"), ca}, os.ErrNotExist, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := tt.src.config()
			if tt.wantErr != nil {
				require.True(t, errors.Is(err, tt.wantErr), "err = %v, want %v", err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantHost, cfg.Host)
			assert.Equal(t, "sa-token", cfg.BearerToken)
			assert.Equal(t, token, cfg.BearerTokenFile)
			assert.Equal(t, tt.wantCA, cfg.CAFile)
			assert.NotContains(t, cfg.String(), "sa-token")
		})
	}
}

func TestInClusterConfigOutsideCluster(t *testing.T) {
	t.Setenv("KUBERNETES_SERVICE_HOST", "")
	t.Setenv("KUBERNETES_SERVICE_PORT", "")
	_, err := InClusterConfig()
	assert.ErrorIs(t, err, ErrNotInCluster)
}
