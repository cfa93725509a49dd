package net

import (
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSetTransportDefaults(t *testing.T) {
	tests := []struct {
		name      string
		env       map[string]string
		t         *http.Transport
		wantH2    bool
		readIdle  time.Duration
		pingAfter time.Duration
	}{
		{name: "defaults", t: &http.Transport{}, wantH2: true, readIdle: 30 * time.Second, pingAfter: 15 * time.Second},
		{name: "env overrides", env: map[string]string{"HTTP2_READ_IDLE_TIMEOUT_SECONDS": "5", "HTTP2_PING_TIMEOUT_SECONDS": "2"},
			t: &http.Transport{}, wantH2: true, readIdle: 5 * time.Second, pingAfter: 2 * time.Second},
		{name: "bad env ignored", env: map[string]string{"HTTP2_READ_IDLE_TIMEOUT_SECONDS": "x"},
			t: &http.Transport{}, wantH2: true, readIdle: 30 * time.Second, pingAfter: 15 * time.Second},
		{name: "DISABLE_HTTP2", env: map[string]string{"DISABLE_HTTP2": "1"}, t: &http.Transport{}},
		{name: "empty TLSNextProto still gets h2", t: &http.Transport{TLSNextProto: map[string]func(string, *tls.Conn) http.RoundTripper{}},
			wantH2: true, readIdle: 30 * time.Second, pingAfter: 15 * time.Second},
		{name: "custom TLS config", t: &http.Transport{TLSClientConfig: &tls.Config{ServerName: "x"}},
			wantH2: true, readIdle: 30 * time.Second, pingAfter: 15 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got := SetTransportDefaults(tt.t)
			assert.Equal(t, 10*time.Second, got.TLSHandshakeTimeout)
			assert.Equal(t, 90*time.Second, got.IdleConnTimeout)
			assert.NotNil(t, got.Proxy)
			_, hasH2 := got.TLSNextProto["h2"]
			assert.Equal(t, tt.wantH2, hasH2)
			if tt.wantH2 {
				require.NotNil(t, got.HTTP2)
				assert.Equal(t, tt.readIdle, got.HTTP2.SendPingTimeout)
				assert.Equal(t, tt.pingAfter, got.HTTP2.PingTimeout)
				assert.Contains(t, got.TLSClientConfig.NextProtos, "h2")
			}
		})
	}
}

func TestSetTransportDefaultsSpeaksHTTP2(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, r.Proto)
	}))
	srv.EnableHTTP2 = true
	srv.StartTLS()
	defer srv.Close()
	tlsConfig := srv.Client().Transport.(*http.Transport).TLSClientConfig.Clone()
	tlsConfig.NextProtos = nil
	// A custom TLS config and dialer, as transport.New builds them.
	tr := SetTransportDefaults(&http.Transport{TLSClientConfig: tlsConfig, DialContext: (&net.Dialer{}).DialContext})
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr}).Get(srv.URL)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, "HTTP/2.0", string(body), "protocol the server saw")
}

func TestAllowsHTTP2(t *testing.T) {
	assert.True(t, allowsHTTP2(&http.Transport{}))
	got := SetTransportDefaults(&http.Transport{TLSClientConfig: tlsWithProtos("http/1.1")})
	assert.NotContains(t, got.TLSNextProto, "h2", "NextProtos without h2 stays HTTP/1.1")
	assert.True(t, allowsHTTP2(&http.Transport{TLSClientConfig: tlsWithProtos("h2", "http/1.1")}))
}

func tlsWithProtos(protos ...string) *tls.Config { return &tls.Config{NextProtos: protos} }

func TestNewProxierWithNoProxyCIDR(t *testing.T) {
	proxyURL, _ := url.Parse("http://proxy:3128")
	delegate := func(*http.Request) (*url.URL, error) { return proxyURL, nil }
	t.Setenv("NO_PROXY", "10.0.0.0/8, example.com")
	proxier := NewProxierWithNoProxyCIDR(delegate)
	tests := []struct {
		url  string
		want *url.URL
	}{
		{"https://10.1.2.3:6443/api", nil},
		{"https://11.1.2.3/api", proxyURL},
		{"https://example.org/api", proxyURL},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, tt.url, nil)
			require.NoError(t, err)
			got, err := proxier(req)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
