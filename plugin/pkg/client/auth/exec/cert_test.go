package exec

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/transport"
)

// testCA issues certificates for the TLS tests.
type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  []byte
}

func newTestCA(t *testing.T) *testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "ca"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	return &testCA{cert: cert, key: key, pem: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

// issue returns PEM cert and key for cn.
func (ca *testCA) issue(t *testing.T, cn string, serial int64, usage x509.ExtKeyUsage) (string, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	require.NoError(t, err)
	keyDER, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}))
}

func certOutput(t *testing.T, cert, key string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"kind": "ExecCredential", "apiVersion": v1,
		"status": map[string]string{"clientCertificateData": cert, "clientKeyData": key},
	})
	require.NoError(t, err)
	return string(b)
}

func TestClientCertificateCredentials(t *testing.T) {
	checkGoroutines(t)
	ca := newTestCA(t)
	srvCert, srvKey := ca.issue(t, "server", 2, x509.ExtKeyUsageServerAuth)
	serverPair, err := tls.X509KeyPair([]byte(srvCert), []byte(srvKey))
	require.NoError(t, err)
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := "anonymous"
		if len(r.TLS.PeerCertificates) > 0 {
			name = r.TLS.PeerCertificates[0].Subject.CommonName
		}
		_, _ = io.WriteString(w, name)
	}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{serverPair}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}
	srv.StartTLS()
	defer srv.Close()

	p := newPlugin(t, v1, api.NeverExecInteractiveMode, "")
	outFile := filepath.Join(p.dir, "out")
	p.setEnv("PLUGIN_OUTPUT_FILE", outFile)
	certA, keyA := ca.issue(t, "user-a", 3, x509.ExtKeyUsageClientAuth)
	require.NoError(t, os.WriteFile(outFile, []byte(certOutput(t, certA, keyA)), 0o600))
	a := p.authenticator(t, false, nil)

	config := &transport.Config{TLS: transport.TLSConfig{CAData: ca.pem}}
	require.NoError(t, a.UpdateTransportConfig(config))
	rt, err := transport.New(config)
	require.NoError(t, err)
	client := &http.Client{Transport: rt}
	defer client.CloseIdleConnections()

	body := func() string {
		t.Helper()
		resp, err := client.Get(srv.URL)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return string(b)
	}
	assert.Equal(t, "user-a", body(), "the plugin's certificate is presented")
	assert.Equal(t, 1, p.runs())

	// A new certificate from the plugin closes the old connections, so the
	// next request handshakes with it.
	certB, keyB := ca.issue(t, "user-b", 4, x509.ExtKeyUsageClientAuth)
	require.NoError(t, os.WriteFile(outFile, []byte(certOutput(t, certB, keyB)), 0o600))
	a.mu.Lock()
	require.NoError(t, a.refreshCredsLocked())
	a.mu.Unlock()
	assert.Equal(t, "user-b", body())
}
