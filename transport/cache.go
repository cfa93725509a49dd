package transport

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"
	"weak"

	utilnet "github.com/skiff-k8s/skiff/apimachinery/util/net"
)

// Settings of the transports the cache builds.
const (
	dialTimeout         = 30 * time.Second
	dialKeepAlive       = 30 * time.Second
	tlsHandshakeTimeout = 10 * time.Second
	maxIdleConnsPerHost = 25
)

// tlsCacheKey identifies the settings that make two transports differ.
// Holders are compared by pointer, so configs sharing a holder share a
// transport.
type tlsCacheKey struct {
	insecure           bool
	caData             string
	certData           string
	keyData            string
	certFile           string
	keyFile            string
	serverName         string
	nextProtos         string
	disableCompression bool
	getCert            *GetCertHolder
	dial               *DialHolder
}

// cachedTransport is one built transport and what keeps its client
// certificate fresh.
type cachedTransport struct {
	transport *http.Transport
	reloader  *certReloader
}

// tlsTransportCache shares one *http.Transport per distinct key. Entries
// are held weakly: a transport no client uses any more is collected and its
// entry removed.
type tlsTransportCache struct {
	mu      sync.Mutex
	entries map[tlsCacheKey]weakEntry
}

type weakEntry struct {
	transport weak.Pointer[http.Transport]
	reloader  *certReloader
}

func newTLSTransportCache() *tlsTransportCache {
	return &tlsTransportCache{entries: map[tlsCacheKey]weakEntry{}}
}

// tlsCache is the process-wide cache New uses.
var tlsCache = newTLSTransportCache()

// get returns the base transport for config, from the cache when config
// is cacheable. It returns http.DefaultTransport (and no reloader) when the
// config sets no TLS option, dialer or proxy.
func (c *tlsTransportCache) get(config *Config) (http.RoundTripper, *certReloader, error) {
	key, canCache, err := tlsConfigKey(config)
	if err != nil {
		return nil, nil, err
	}
	if canCache {
		c.mu.Lock()
		entry, ok := c.entries[key]
		c.mu.Unlock()
		if ok {
			if t := entry.transport.Value(); t != nil {
				return t, entry.reloader, nil
			}
		}
	}
	tlsConfig, reloader, err := tlsConfigWithReloader(config)
	if err != nil {
		return nil, nil, err
	}
	if tlsConfig == nil && config.DialHolder == nil && config.Proxy == nil {
		return http.DefaultTransport, nil, nil
	}
	t := buildTransport(config, tlsConfig, reloader)
	if canCache {
		c.store(key, t, reloader)
	}
	return t, reloader, nil
}

// store records t under key and arranges for the entry to go when t is
// collected.
func (c *tlsTransportCache) store(key tlsCacheKey, t *http.Transport, reloader *certReloader) {
	wp := weak.Make(t)
	c.mu.Lock()
	c.entries[key] = weakEntry{transport: wp, reloader: reloader}
	c.mu.Unlock()
	runtime.AddCleanup(t, func(k tlsCacheKey) {
		c.mu.Lock()
		defer c.mu.Unlock()
		if e, ok := c.entries[k]; ok && e.transport == wp {
			delete(c.entries, k)
		}
	}, key)
}

// len reports how many entries the cache holds.
func (c *tlsTransportCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

// buildTransport makes the *http.Transport for a config: the dialer, proxy,
// TLS config and HTTP/2 with health checks.
func buildTransport(config *Config, tlsConfig *tls.Config, reloader *certReloader) *http.Transport {
	dial := (&net.Dialer{Timeout: dialTimeout, KeepAlive: dialKeepAlive}).DialContext
	if config.DialHolder != nil {
		dial = config.DialHolder.Dial
	}
	if reloader != nil {
		tracker := newConnTracker(dial)
		reloader.onChange = tracker.closeAll
		dial = tracker.dial
	}
	proxy := config.Proxy
	if proxy == nil {
		proxy = utilnet.NewProxierWithNoProxyCIDR(http.ProxyFromEnvironment)
	}
	return utilnet.SetTransportDefaults(&http.Transport{
		Proxy:               proxy,
		TLSHandshakeTimeout: tlsHandshakeTimeout,
		TLSClientConfig:     tlsConfig,
		MaxIdleConnsPerHost: maxIdleConnsPerHost,
		DialContext:         dial,
		DisableCompression:  config.DisableCompression,
	})
}

// tlsConfigKey derives the cache key. A config with a Proxy func cannot be
// cached, since funcs are not comparable.
func tlsConfigKey(c *Config) (tlsCacheKey, bool, error) {
	if err := validateHolders(c); err != nil {
		return tlsCacheKey{}, false, err
	}
	if c.Proxy != nil {
		return tlsCacheKey{}, false, nil
	}
	if err := loadTLSFiles(c); err != nil {
		return tlsCacheKey{}, false, err
	}
	k := tlsCacheKey{
		insecure:           c.TLS.Insecure,
		caData:             string(c.TLS.CAData),
		serverName:         c.TLS.ServerName,
		nextProtos:         strings.Join(c.TLS.NextProtos, ","),
		disableCompression: c.DisableCompression,
		getCert:            c.TLS.GetCertHolder,
		dial:               c.DialHolder,
	}
	if c.TLS.ReloadTLSFiles {
		k.certFile, k.keyFile = c.TLS.CertFile, c.TLS.KeyFile
	} else {
		k.certData, k.keyData = string(c.TLS.CertData), string(c.TLS.KeyData)
	}
	return k, true, nil
}

// connTracker remembers the connections a dialer opened so that they can
// all be closed when the client certificate changes.
type connTracker struct {
	dialer func(ctx context.Context, network, address string) (net.Conn, error)
	mu     sync.Mutex
	conns  map[*trackedConn]struct{}
}

func newConnTracker(dial func(ctx context.Context, network, address string) (net.Conn, error)) *connTracker {
	return &connTracker{dialer: dial, conns: map[*trackedConn]struct{}{}}
}

func (t *connTracker) dial(ctx context.Context, network, address string) (net.Conn, error) {
	conn, err := t.dialer(ctx, network, address)
	if err != nil {
		return nil, err
	}
	tc := &trackedConn{Conn: conn, tracker: t}
	t.mu.Lock()
	t.conns[tc] = struct{}{}
	t.mu.Unlock()
	return tc, nil
}

// closeAll closes every open tracked connection.
func (t *connTracker) closeAll() {
	t.mu.Lock()
	conns := t.conns
	t.conns = map[*trackedConn]struct{}{}
	t.mu.Unlock()
	for c := range conns {
		_ = c.Conn.Close()
	}
}

type trackedConn struct {
	net.Conn
	tracker *connTracker
	once    sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.tracker.mu.Lock()
		delete(c.tracker.conns, c)
		c.tracker.mu.Unlock()
	})
	return c.Conn.Close()
}
