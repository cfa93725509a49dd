package transport

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTLSServer starts an HTTPS server with the PKI's server certificate
// that asks for client certificates and answers with the client's CN (or
// "anonymous") and the protocol.
func newTLSServer(t *testing.T, p *testPKI, http2 bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		who := "anonymous"
		if len(r.TLS.PeerCertificates) > 0 {
			who = r.TLS.PeerCertificates[0].Subject.CommonName
		}
		_, _ = io.WriteString(w, who+" "+r.Proto)
	}))
	srv.EnableHTTP2 = http2
	srv.TLS = &tls.Config{
		Certificates: []tls.Certificate{p.serverCert},
		ClientAuth:   tls.VerifyClientCertIfGiven,
		ClientCAs:    p.pool(),
	}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

// get sends a GET through rt and returns the body.
func get(t *testing.T, rt http.RoundTripper, url string) (string, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
	require.NoError(t, err)
	resp, err := rt.RoundTrip(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

// closeIdle closes the idle connections of the transport under rt's
// wrappers, so no connection goroutine outlives the test.
func closeIdle(t *testing.T, rt http.RoundTripper) {
	t.Helper()
	t.Cleanup(func() {
		for rt != nil {
			if c, ok := rt.(interface{ CloseIdleConnections() }); ok {
				c.CloseIdleConnections()
				return
			}
			w, ok := rt.(interface{ WrappedRoundTripper() http.RoundTripper })
			if !ok {
				return
			}
			rt = w.WrappedRoundTripper()
		}
	})
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, data, 0o600))
	return path
}

func TestNewTLS(t *testing.T) {
	checkGoroutines(t)
	p := newTestPKI(t)
	srv := newTLSServer(t, p, false)
	dir := t.TempDir()
	caFile := writeFile(t, dir, "ca.crt", p.caPEM)
	certFile := writeFile(t, dir, "client.crt", p.clientCert)
	keyFile := writeFile(t, dir, "client.key", p.clientKey)

	tests := []struct {
		name    string
		tls     TLSConfig
		want    string
		wantErr string
	}{
		{name: "CA data, no client cert", tls: TLSConfig{CAData: p.caPEM}, want: "anonymous HTTP/1.1"},
		{name: "CA file and client cert data", tls: TLSConfig{CAFile: caFile, CertData: p.clientCert, KeyData: p.clientKey}, want: "client-a HTTP/1.1"},
		{name: "client cert files", tls: TLSConfig{CAData: p.caPEM, CertFile: certFile, KeyFile: keyFile}, want: "client-a HTTP/1.1"},
		{name: "server name override", tls: TLSConfig{CAData: p.caPEM, ServerName: "example.test"}, want: "anonymous HTTP/1.1"},
		{name: "wrong server name", tls: TLSConfig{CAData: p.caPEM, ServerName: "other.test"}, wantErr: "certificate"},
		{name: "insecure", tls: TLSConfig{Insecure: true}, want: "anonymous HTTP/1.1"},
		{name: "system roots do not trust the test CA", tls: TLSConfig{ServerName: "example.test"}, wantErr: "certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt, err := New(&Config{TLS: tt.tls})
			require.NoError(t, err)
			closeIdle(t, rt)
			got, err := get(t, rt, srv.URL)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNewHTTP2(t *testing.T) {
	checkGoroutines(t)
	p := newTestPKI(t)
	srv := newTLSServer(t, p, true)
	t.Run("negotiates h2", func(t *testing.T) {
		rt, err := New(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "127.0.0.1"}})
		require.NoError(t, err)
		closeIdle(t, rt)
		got, err := get(t, rt, srv.URL)
		require.NoError(t, err)
		assert.Equal(t, "anonymous HTTP/2.0", got)
	})
	t.Run("DISABLE_HTTP2 falls back to HTTP/1.1", func(t *testing.T) {
		t.Setenv("DISABLE_HTTP2", "true")
		// A distinct NextProtos-free key: ServerName differs from above.
		rt, err := New(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "example.test"}})
		require.NoError(t, err)
		closeIdle(t, rt)
		got, err := get(t, rt, srv.URL)
		require.NoError(t, err)
		assert.Equal(t, "anonymous HTTP/1.1", got)
	})
	t.Run("NextProtos without h2", func(t *testing.T) {
		rt, err := New(&Config{TLS: TLSConfig{CAData: p.caPEM, NextProtos: []string{"http/1.1"}}})
		require.NoError(t, err)
		closeIdle(t, rt)
		got, err := get(t, rt, srv.URL)
		require.NoError(t, err)
		assert.Equal(t, "anonymous HTTP/1.1", got)
	})
}

func TestNewErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		config  *Config
		wantErr string
	}{
		{"nil", nil, "nil config"},
		{"CA with insecure", &Config{TLS: TLSConfig{CAData: []byte("x"), Insecure: true}},
			"specifying a root certificates file with the insecure flag is not allowed"},
		{"custom transport with CA", &Config{Transport: &captureRT{}, TLS: TLSConfig{CAData: []byte("x")}},
			"using a custom transport with TLS certificate options or the insecure flag is not allowed"},
		{"custom transport with insecure", &Config{Transport: &captureRT{}, TLS: TLSConfig{Insecure: true}},
			"using a custom transport with TLS certificate options or the insecure flag is not allowed"},
		{"bad CA", &Config{TLS: TLSConfig{CAData: []byte("not pem")}}, "unable to load root certificates"},
		{"missing CA file", &Config{TLS: TLSConfig{CAFile: filepath.Join(dir, "missing")}}, "reading CA file"},
		{"bad client cert", &Config{TLS: TLSConfig{CertData: []byte("x"), KeyData: []byte("y")}}, "loading client certificate"},
		{"nil dial holder", &Config{DialHolder: &DialHolder{}}, "misconfigured holder"},
		{"nil get cert holder", &Config{TLS: TLSConfig{GetCertHolder: &GetCertHolder{}}}, "misconfigured holder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.config)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestTLSConfigFor(t *testing.T) {
	p := newTestPKI(t)
	t.Run("no TLS options gives nil", func(t *testing.T) {
		got, err := TLSConfigFor(&Config{BearerToken: "x"})
		require.NoError(t, err)
		assert.Nil(t, got)
	})
	t.Run("settings carried over", func(t *testing.T) {
		got, err := TLSConfigFor(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "s", NextProtos: []string{"h2"}}})
		require.NoError(t, err)
		assert.Equal(t, uint16(tls.VersionTLS12), got.MinVersion)
		assert.Equal(t, "s", got.ServerName)
		assert.Equal(t, []string{"h2"}, got.NextProtos)
		assert.NotNil(t, got.RootCAs)
		assert.Nil(t, got.GetClientCertificate)
	})
	t.Run("file-only cert sets ReloadTLSFiles", func(t *testing.T) {
		dir := t.TempDir()
		c := &Config{TLS: TLSConfig{
			CertFile: writeFile(t, dir, "c.crt", p.clientCert),
			KeyFile:  writeFile(t, dir, "c.key", p.clientKey),
		}}
		got, err := TLSConfigFor(c)
		require.NoError(t, err)
		assert.True(t, c.TLS.ReloadTLSFiles)
		cert, err := got.GetClientCertificate(nil)
		require.NoError(t, err)
		assert.NotEmpty(t, cert.Certificate)
	})
	t.Run("cert callback", func(t *testing.T) {
		calls := 0
		c := &Config{TLS: TLSConfig{GetCertHolder: &GetCertHolder{GetCert: func() (*tls.Certificate, error) {
			calls++
			return nil, nil
		}}}}
		got, err := TLSConfigFor(c)
		require.NoError(t, err)
		cert, err := got.GetClientCertificate(nil)
		require.NoError(t, err)
		assert.Empty(t, cert.Certificate, "a nil certificate from the callback sends none")
		assert.Equal(t, 1, calls)
	})
}

func TestNewDefaultTransport(t *testing.T) {
	rt, err := New(&Config{})
	require.NoError(t, err)
	assert.Same(t, http.DefaultTransport, rt, "no TLS, dial, proxy, auth or debug logging uses http.DefaultTransport as it is")
}

func TestNewDialHolder(t *testing.T) {
	checkGoroutines(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()
	dialed := 0
	holder := &DialHolder{Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		dialed++
		return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
	}}
	rt, err := New(&Config{DialHolder: holder})
	require.NoError(t, err)
	closeIdle(t, rt)
	got, err := get(t, rt, "http://somewhere.invalid/")
	require.NoError(t, err)
	assert.Equal(t, "ok", got)
	assert.Equal(t, 1, dialed)
}

func TestContextCanceller(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	capture := &captureRT{}
	rt := ContextCanceller(ctx, io.ErrClosedPipe)(capture)
	_, err := get(t, rt, "http://example.test/")
	require.NoError(t, err)
	cancel()
	_, err = get(t, rt, "http://example.test/")
	assert.ErrorIs(t, err, io.ErrClosedPipe)
	assert.Equal(t, 1, capture.calls, "a cancelled request is not sent")
}

func TestConfigStringRedactsSecrets(t *testing.T) {
	c := &Config{
		Username:    "admin",
		Password:    "hunter2-password",
		BearerToken: "secret-bearer-token",
		TLS:         TLSConfig{KeyData: []byte("PRIVATE-KEY-BYTES"), CertData: []byte("CERT-BYTES")},
	}
	for _, s := range []string{c.String(), c.GoString()} {
		for _, secret := range []string{"hunter2-password", "secret-bearer-token", "PRIVATE-KEY-BYTES"} {
			if strings.Contains(s, secret) {
				t.Errorf("String() leaks %q: %s", secret, s)
			}
		}
		assert.Contains(t, s, "admin")
		assert.Contains(t, s, redacted)
	}
}

func TestErrorsDoNotLeakSecrets(t *testing.T) {
	c := &Config{BearerToken: "tok-SECRET", Username: "u", Password: "pw-SECRET"}
	_, err := New(c)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "SECRET")

	c = &Config{TLS: TLSConfig{CertData: []byte("x"), KeyData: []byte("KEY-SECRET")}}
	_, err = New(c)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "SECRET")
}
