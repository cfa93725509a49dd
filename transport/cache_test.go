package transport

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTLSCacheKeys(t *testing.T) {
	p := newTestPKI(t)
	dial := &DialHolder{Dial: (&net.Dialer{}).DialContext}
	getCert := &GetCertHolder{GetCert: func() (*tls.Certificate, error) { return nil, nil }}
	configs := map[string]*Config{
		"insecure":         {TLS: TLSConfig{Insecure: true}},
		"CA":               {TLS: TLSConfig{CAData: p.caPEM}},
		"CA server name":   {TLS: TLSConfig{CAData: p.caPEM, ServerName: "a"}},
		"CA server name b": {TLS: TLSConfig{CAData: p.caPEM, ServerName: "b"}},
		"cert":             {TLS: TLSConfig{CAData: p.caPEM, CertData: p.clientCert, KeyData: p.clientKey}},
		"next protos":      {TLS: TLSConfig{CAData: p.caPEM, NextProtos: []string{"http/1.1"}}},
		"no compression":   {TLS: TLSConfig{CAData: p.caPEM}, DisableCompression: true},
		"dial":             {TLS: TLSConfig{CAData: p.caPEM}, DialHolder: dial},
		"get cert":         {TLS: TLSConfig{CAData: p.caPEM, GetCertHolder: getCert}},
	}
	seen := map[tlsCacheKey]string{}
	for name, c := range configs {
		key, ok, err := tlsConfigKey(c)
		require.NoError(t, err, name)
		require.True(t, ok, "%s should be cacheable", name)
		if other, dup := seen[key]; dup {
			t.Errorf("configs %q and %q share a cache key", name, other)
		}
		seen[key] = name
	}

	same1, _, _ := tlsConfigKey(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "a"}, DialHolder: dial})
	same2, _, _ := tlsConfigKey(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "a"}, DialHolder: dial, BearerToken: "x"})
	assert.Equal(t, same1, same2, "auth settings do not change the key")

	_, ok, err := tlsConfigKey(&Config{TLS: TLSConfig{Insecure: true}, Proxy: http.ProxyFromEnvironment})
	require.NoError(t, err)
	assert.False(t, ok, "a config with a proxy func is not cacheable")
}

func TestTLSCacheSharesTransports(t *testing.T) {
	p := newTestPKI(t)
	cache := newTLSTransportCache()
	a1, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM}})
	require.NoError(t, err)
	a2, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM}})
	require.NoError(t, err)
	b, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM, ServerName: "other"}})
	require.NoError(t, err)
	proxy := func(*http.Request) (*url.URL, error) { return nil, nil }
	c1, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM}, Proxy: proxy})
	require.NoError(t, err)
	c2, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM}, Proxy: proxy})
	require.NoError(t, err)

	assert.Same(t, a1, a2, "same TLS config shares a transport")
	assert.NotSame(t, a1, b, "different server name gets its own transport")
	assert.NotSame(t, c1, c2, "proxy configs are not cached")
	assert.Equal(t, 2, cache.len())

	tr := a1.(*http.Transport)
	assert.Equal(t, tlsHandshakeTimeout, tr.TLSHandshakeTimeout)
	assert.Equal(t, maxIdleConnsPerHost, tr.MaxIdleConnsPerHost)
	assert.NotNil(t, tr.Proxy, "proxy from the environment by default")
	assert.Contains(t, tr.TLSNextProto, "h2", "HTTP/2 configured")
	runtime.KeepAlive(b)
}

func TestTLSCacheDropsCollectedTransports(t *testing.T) {
	p := newTestPKI(t)
	cache := newTLSTransportCache()
	func() {
		_, _, err := cache.get(&Config{TLS: TLSConfig{CAData: p.caPEM}})
		require.NoError(t, err)
	}()
	deadline := time.Now().Add(5 * time.Second)
	for cache.len() > 0 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	assert.Equal(t, 0, cache.len(), "an unused transport's entry is removed after collection")
}

func TestConnTrackerCloseAll(t *testing.T) {
	server, client := net.Pipe()
	defer server.Close()
	tracker := newConnTracker(func(context.Context, string, string) (net.Conn, error) { return client, nil })
	conn, err := tracker.dial(context.Background(), "tcp", "x")
	require.NoError(t, err)
	tracker.closeAll()
	_, err = conn.Write([]byte("x"))
	assert.Error(t, err, "closeAll closes tracked connections")
	assert.NoError(t, conn.Close(), "closing again is harmless for the tracker")
}
