package net

import (
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// Defaults applied by SetTransportDefaults.
const (
	defaultTLSHandshakeTimeout = 10 * time.Second
	defaultIdleConnTimeout     = 90 * time.Second
	defaultHTTP2ReadIdle       = 30 * time.Second
	defaultHTTP2PingTimeout    = 15 * time.Second
)

// SetOldTransportDefaults fills the unset fields of t with the defaults: a
// proxy from the environment with CIDR-aware NO_PROXY, a 10s TLS handshake
// timeout and a 90s idle connection timeout. It does not enable HTTP/2.
func SetOldTransportDefaults(t *http.Transport) *http.Transport {
	if t.Proxy == nil {
		t.Proxy = NewProxierWithNoProxyCIDR(http.ProxyFromEnvironment)
	}
	if t.TLSHandshakeTimeout == 0 {
		t.TLSHandshakeTimeout = defaultTLSHandshakeTimeout
	}
	if t.IdleConnTimeout == 0 {
		t.IdleConnTimeout = defaultIdleConnTimeout
	}
	return t
}

// SetTransportDefaults applies SetOldTransportDefaults and enables HTTP/2
// with connection health checks (read idle timeout 30s, ping timeout 15s;
// env HTTP2_READ_IDLE_TIMEOUT_SECONDS and HTTP2_PING_TIMEOUT_SECONDS
// override them, 0 disables the check). HTTP/2 is skipped when env
// DISABLE_HTTP2 is non-empty or the TLS NextProtos exclude "h2"; if it
// cannot be configured, t stays HTTP/1.1.
//
// HTTP/2 is the standard library's own implementation (http.Transport's
// HTTP2 settings), not a second copy from golang.org/x/net/http2: it is the
// same code, and leaving the copy out keeps programs ~0.5 MB smaller.
func SetTransportDefaults(t *http.Transport) *http.Transport {
	t = SetOldTransportDefaults(t)
	if os.Getenv("DISABLE_HTTP2") != "" || !allowsHTTP2(t) {
		return t
	}
	configureHTTP2(t)
	return t
}

// configureHTTP2 enables HTTP/2 on t with the health check timeouts, now
// rather than at t's first request, so t.TLSNextProto and
// t.TLSClientConfig.NextProtos show it at once. An "h2" handler already in
// t.TLSNextProto (HTTP/2 configured by the caller) is kept as it is.
func configureHTTP2(t *http.Transport) {
	cfg := http.HTTP2Config{}
	if t.HTTP2 != nil {
		cfg = *t.HTTP2
	}
	cfg.SendPingTimeout = envSeconds("HTTP2_READ_IDLE_TIMEOUT_SECONDS", defaultHTTP2ReadIdle)
	cfg.PingTimeout = envSeconds("HTTP2_PING_TIMEOUT_SECONDS", defaultHTTP2PingTimeout)
	t.HTTP2 = &cfg
	// A custom TLS config or dialer turns the standard library's automatic
	// HTTP/2 off; ask for it explicitly.
	t.ForceAttemptHTTP2 = true
	if t.TLSNextProto != nil && t.TLSNextProto[nextProtoH2] == nil && t.Protocols == nil {
		// A non-nil TLSNextProto without "h2" would otherwise mean HTTP/1.1
		// only.
		p := new(http.Protocols)
		p.SetHTTP1(true)
		p.SetHTTP2(true)
		t.Protocols = p
	}
	// The transport sets HTTP/2 up once, on first use; CloseIdleConnections
	// triggers that now, and on a transport that has made no requests yet
	// (the usual case here) it has nothing else to do.
	t.CloseIdleConnections()
}

// nextProtoH2 is the ALPN protocol name of HTTP/2 over TLS.
const nextProtoH2 = "h2"

func allowsHTTP2(t *http.Transport) bool {
	if t.TLSClientConfig == nil || len(t.TLSClientConfig.NextProtos) == 0 {
		return true
	}
	for _, p := range t.TLSClientConfig.NextProtos {
		if p == nextProtoH2 {
			return true
		}
	}
	return false
}

// envSeconds reads a non-negative integer number of seconds from env name,
// falling back to def when unset or malformed.
func envSeconds(name string, def time.Duration) time.Duration {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return def
	}
	return time.Duration(n) * time.Second
}

// NewProxierWithNoProxyCIDR wraps delegate so that requests to an IP
// address inside a CIDR listed in NO_PROXY (or no_proxy) go direct. Other
// requests are decided by delegate.
func NewProxierWithNoProxyCIDR(delegate func(req *http.Request) (*url.URL, error)) func(req *http.Request) (*url.URL, error) {
	noProxy := os.Getenv("NO_PROXY")
	if noProxy == "" {
		noProxy = os.Getenv("no_proxy")
	}
	var cidrs []*net.IPNet
	for _, entry := range strings.Split(noProxy, ",") {
		if _, cidr, err := net.ParseCIDR(strings.TrimSpace(entry)); err == nil {
			cidrs = append(cidrs, cidr)
		}
	}
	if len(cidrs) == 0 {
		return delegate
	}
	return func(req *http.Request) (*url.URL, error) {
		ip := net.ParseIP(req.URL.Hostname())
		if ip != nil {
			for _, cidr := range cidrs {
				if cidr.Contains(ip) {
					return nil, nil
				}
			}
		}
		return delegate(req)
	}
}
