package net

import (
	"crypto/tls"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/http2"
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
			_, hasH2 := got.TLSNextProto[http2.NextProtoTLS]
			assert.Equal(t, tt.wantH2, hasH2)
			if tt.wantH2 {
				t2, err := configureHTTP2(&http.Transport{})
				require.NoError(t, err)
				assert.Equal(t, tt.readIdle, t2.ReadIdleTimeout)
				assert.Equal(t, tt.pingAfter, t2.PingTimeout)
			}
		})
	}
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
