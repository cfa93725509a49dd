package transport

import (
	"crypto/x509"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCertReloader(t *testing.T) {
	p := newTestPKI(t)
	dir := t.TempDir()
	certFile := writeFile(t, dir, "c.crt", p.clientCert)
	keyFile := writeFile(t, dir, "c.key", p.clientKey)
	r, err := newCertReloader(certFile, keyFile)
	require.NoError(t, err)
	now := time.Now()
	r.now = func() time.Time { return now }
	changes := 0
	r.onChange = func() { changes++ }

	commonName := func() string {
		t.Helper()
		cert, err := r.certificate()
		require.NoError(t, err)
		leaf, err := x509.ParseCertificate(cert.Certificate[0])
		require.NoError(t, err)
		return leaf.Subject.CommonName
	}
	assert.Equal(t, "client-a", commonName())

	certB, keyB := p.issue(t, "client-b", 10, x509.ExtKeyUsageClientAuth)
	require.NoError(t, os.WriteFile(certFile, certB, 0o600))
	require.NoError(t, os.WriteFile(keyFile, keyB, 0o600))
	assert.Equal(t, "client-a", commonName(), "files are not re-read within the interval")

	now = now.Add(2 * time.Second)
	assert.Equal(t, "client-b", commonName(), "changed files are picked up after the interval")
	assert.Equal(t, 1, changes, "a change closes the old connections")

	now = now.Add(2 * time.Second)
	assert.Equal(t, "client-b", commonName())
	assert.Equal(t, 1, changes, "unchanged files are no change")

	// Half-rotated: new cert, old key. The last good pair is kept.
	certC, _ := p.issue(t, "client-c", 11, x509.ExtKeyUsageClientAuth)
	require.NoError(t, os.WriteFile(certFile, certC, 0o600))
	now = now.Add(2 * time.Second)
	assert.Equal(t, "client-b", commonName(), "a mismatched pair keeps the last good certificate")

	require.NoError(t, os.Remove(certFile))
	now = now.Add(2 * time.Second)
	assert.Equal(t, "client-b", commonName(), "a missing file keeps the last good certificate")
}

func TestNewReloadsClientCertificate(t *testing.T) {
	checkGoroutines(t)
	p := newTestPKI(t)
	srv := newTLSServer(t, p, false)
	dir := t.TempDir()
	certFile := writeFile(t, dir, "c.crt", p.clientCert)
	keyFile := writeFile(t, dir, "c.key", p.clientKey)
	rt, err := New(&Config{TLS: TLSConfig{CAData: p.caPEM, CertFile: certFile, KeyFile: keyFile}})
	require.NoError(t, err)
	closeIdle(t, rt)
	got, err := get(t, rt, srv.URL)
	require.NoError(t, err)
	assert.Equal(t, "client-a HTTP/1.1", got)

	rot := findCertRotation(t, rt)
	now := time.Now()
	rot.reloader.now = func() time.Time { return now }
	certB, keyB := p.issue(t, "client-b", 12, x509.ExtKeyUsageClientAuth)
	require.NoError(t, os.WriteFile(certFile, certB, 0o600))
	require.NoError(t, os.WriteFile(keyFile, keyB, 0o600))
	now = now.Add(2 * time.Second)

	got, err = get(t, rt, srv.URL)
	require.NoError(t, err)
	assert.Equal(t, "client-b HTTP/1.1", got, "the kept-alive connection was closed and a new handshake sent the new cert")
}

// findCertRotation digs the cert rotation round tripper out of rt.
func findCertRotation(t *testing.T, rt http.RoundTripper) *certRotationRoundTripper {
	t.Helper()
	for rt != nil {
		if c, ok := rt.(*certRotationRoundTripper); ok {
			return c
		}
		w, ok := rt.(interface{ WrappedRoundTripper() http.RoundTripper })
		if !ok {
			break
		}
		rt = w.WrappedRoundTripper()
	}
	t.Fatalf("no cert rotation round tripper in %T", rt)
	return nil
}
