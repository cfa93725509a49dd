package disk

import (
	"crypto/sha256"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// origin is a test server whose answers the test sets, counting requests.
type origin struct {
	*httptest.Server
	mu       sync.Mutex
	requests int
	lastReq  http.Header
	handler  func(w http.ResponseWriter, r *http.Request)
}

func newOrigin(t *testing.T) *origin {
	t.Helper()
	o := &origin{}
	o.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		o.requests++
		o.lastReq = r.Header.Clone()
		h := o.handler
		o.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(o.Close)
	return o
}

func (o *origin) set(h func(w http.ResponseWriter, r *http.Request)) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.handler = h
}

func (o *origin) count() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.requests
}

func (o *origin) last() http.Header {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.lastReq
}

// etagHandler answers body with an ETag and cacheControl, and 304 to a
// matching If-None-Match.
func etagHandler(body, etag, cacheControl string) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("X-Version", "fresh")
		if cacheControl != "" {
			w.Header().Set("Cache-Control", cacheControl)
		}
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = io.WriteString(w, body)
	}
}

// get sends a request through rt and returns the body and response.
func get(t *testing.T, rt http.RoundTripper, method, url string, header http.Header) (string, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := rt.RoundTrip(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(body), resp
}

func TestCacheRoundTripperRevalidatesWithETag(t *testing.T) {
	o := newOrigin(t)
	o.set(etagHandler("v1-body", `"abc"`, ""))
	rt := NewCacheRoundTripper(t.TempDir(), http.DefaultTransport)

	body, resp := get(t, rt, http.MethodGet, o.URL+"/api", nil)
	assert.Equal(t, "v1-body", body)
	assert.Empty(t, resp.Header.Get(XFromCache))

	body, resp = get(t, rt, http.MethodGet, o.URL+"/api", nil)
	assert.Equal(t, "v1-body", body, "a 304 serves the cached body")
	assert.Equal(t, "1", resp.Header.Get(XFromCache))
	assert.Equal(t, `"abc"`, o.last().Get("If-None-Match"))
	assert.Equal(t, 2, o.count(), "without freshness information every use revalidates")

	o.set(etagHandler("v2-body", `"def"`, ""))
	body, resp = get(t, rt, http.MethodGet, o.URL+"/api", nil)
	assert.Equal(t, "v2-body", body, "a changed resource replaces the entry")
	assert.Empty(t, resp.Header.Get(XFromCache))
	body, _ = get(t, rt, http.MethodGet, o.URL+"/api", nil)
	assert.Equal(t, "v2-body", body)
	assert.Equal(t, `"def"`, o.last().Get("If-None-Match"))
}

func TestCacheRoundTripperNotModifiedMergesHeaders(t *testing.T) {
	o := newOrigin(t)
	calls := 0
	o.set(func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Header().Set("ETag", `"e"`)
		w.Header().Set("X-Seen", strings.Repeat("x", calls))
		if r.Header.Get("If-None-Match") == `"e"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = io.WriteString(w, "body")
	})
	rt := NewCacheRoundTripper(t.TempDir(), nil)
	get(t, rt, http.MethodGet, o.URL, nil)
	body, resp := get(t, rt, http.MethodGet, o.URL, nil)
	assert.Equal(t, "body", body)
	assert.Equal(t, "xx", resp.Header.Get("X-Seen"), "the 304's headers replace the stored ones")
	_, resp = get(t, rt, http.MethodGet, o.URL, nil)
	assert.Equal(t, "xxx", resp.Header.Get("X-Seen"))
}

func TestCacheRoundTripperFreshness(t *testing.T) {
	tests := []struct {
		name         string
		cacheControl string
		expires      string
		reqControl   string
		wantRequests int
	}{
		{"max-age fresh", "max-age=3600", "", "", 1},
		{"max-age zero", "max-age=0", "", "", 2},
		{"expires in the future", "", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat), "", 1},
		{"expires in the past", "", time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), "", 2},
		{"response no-cache", "no-cache, max-age=3600", "", "", 2},
		{"request no-cache", "max-age=3600", "", "no-cache", 2},
		{"no-store is never stored", "no-store", "", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := newOrigin(t)
			o.set(func(w http.ResponseWriter, r *http.Request) {
				if tt.cacheControl != "" {
					w.Header().Set("Cache-Control", tt.cacheControl)
				}
				if tt.expires != "" {
					w.Header().Set("Expires", tt.expires)
				}
				_, _ = io.WriteString(w, "body")
			})
			rt := NewCacheRoundTripper(t.TempDir(), nil)
			header := http.Header{}
			if tt.reqControl != "" {
				header.Set("Cache-Control", tt.reqControl)
			}
			get(t, rt, http.MethodGet, o.URL, nil)
			body, _ := get(t, rt, http.MethodGet, o.URL, header)
			assert.Equal(t, "body", body)
			assert.Equal(t, tt.wantRequests, o.count())
		})
	}
}

func TestCacheRoundTripperUncacheableRequests(t *testing.T) {
	o := newOrigin(t)
	o.set(etagHandler("body", `"e"`, "max-age=3600"))
	dir := t.TempDir()
	rt := NewCacheRoundTripper(dir, nil)
	get(t, rt, http.MethodGet, o.URL+"/x", nil)
	get(t, rt, http.MethodGet, o.URL+"/x", nil)
	assert.Equal(t, 1, o.count(), "served from the cache")

	get(t, rt, http.MethodGet, o.URL+"/x", http.Header{"Range": {"bytes=0-1"}})
	assert.Equal(t, 2, o.count(), "a Range request is not answered from the cache")

	get(t, rt, http.MethodPost, o.URL+"/x", nil)
	assert.Equal(t, 3, o.count())
	get(t, rt, http.MethodGet, o.URL+"/x", nil)
	assert.Equal(t, 4, o.count(), "a POST drops the entry of its URL")
}

func TestCacheRoundTripperVary(t *testing.T) {
	o := newOrigin(t)
	o.set(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Vary", "Accept")
		w.Header().Set("Cache-Control", "max-age=3600")
		_, _ = io.WriteString(w, "as "+r.Header.Get("Accept"))
	})
	rt := NewCacheRoundTripper(t.TempDir(), nil)
	aggregated := http.Header{"Accept": {"application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"}}
	legacy := http.Header{"Accept": {"application/json"}}
	body, _ := get(t, rt, http.MethodGet, o.URL, aggregated)
	assert.Equal(t, "as "+aggregated.Get("Accept"), body)
	body, _ = get(t, rt, http.MethodGet, o.URL, legacy)
	assert.Equal(t, "as application/json", body, "another Accept is not served the stored variant")
	assert.Equal(t, 2, o.count())
	body, resp := get(t, rt, http.MethodGet, o.URL, legacy)
	assert.Equal(t, "as application/json", body)
	assert.Equal(t, "1", resp.Header.Get(XFromCache))
}

func TestCacheRoundTripperStaleIfError(t *testing.T) {
	tests := []struct {
		name      string
		control   string
		wantCache bool
	}{
		{"stale-if-error", "stale-if-error", true},
		{"stale-if-error with age", "stale-if-error=3600", true},
		{"no stale-if-error", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := newOrigin(t)
			o.set(etagHandler("body", `"e"`, tt.control))
			rt := NewCacheRoundTripper(t.TempDir(), nil)
			get(t, rt, http.MethodGet, o.URL, nil)
			o.set(func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "down", http.StatusServiceUnavailable)
			})
			body, resp := get(t, rt, http.MethodGet, o.URL, nil)
			if tt.wantCache {
				assert.Equal(t, "body", body)
				assert.Equal(t, "1", resp.Header.Get(XFromCache))
				return
			}
			assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
		})
	}
}

func TestCacheRoundTripperCorruptEntryIsAMiss(t *testing.T) {
	o := newOrigin(t)
	o.set(etagHandler("body", `"e"`, "max-age=3600"))
	dir := t.TempDir()
	rt := NewCacheRoundTripper(dir, nil)
	get(t, rt, http.MethodGet, o.URL, nil)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Equal(t, 1, len(entries))
	name := entries[0].Name()
	assert.Equal(t, 64, len(name), "entries are named by the hex SHA-256 of their key")
	info, err := entries[0].Info()
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o660), info.Mode().Perm())

	path := dir + "/" + name
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	data[len(data)-1] ^= 0xff
	require.NoError(t, os.WriteFile(path, data, 0o600))
	body, resp := get(t, rt, http.MethodGet, o.URL, nil)
	assert.Equal(t, "body", body)
	assert.Empty(t, resp.Header.Get(XFromCache), "a checksum mismatch is a miss")
	assert.Equal(t, 2, o.count())
	body, resp = get(t, rt, http.MethodGet, o.URL, nil)
	assert.Equal(t, "body", body)
	assert.Equal(t, "1", resp.Header.Get(XFromCache), "and the entry is rewritten")

	require.NoError(t, os.WriteFile(path, []byte("short"), 0o600))
	body, _ = get(t, rt, http.MethodGet, o.URL, nil)
	assert.Equal(t, "body", body)
}

func TestCacheRoundTripperNetworkErrorWithoutEntry(t *testing.T) {
	rt := NewCacheRoundTripper(t.TempDir(), nil)
	req, err := http.NewRequest(http.MethodGet, "http://127.0.0.1:1/unreachable", nil)
	require.NoError(t, err)
	_, err = rt.RoundTrip(req)
	require.Error(t, err)
	assert.Equal(t, http.DefaultTransport, rt.(*cacheRoundTripper).WrappedRoundTripper())
}

// FuzzCacheEntry checks that no stored entry, however malformed, makes
// loading panic, and that a loaded entry's body can be read.
func FuzzCacheEntry(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Length: 4\r\nVary: Accept\r\nX-Varied-Accept: a\r\n\r\nbody"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n"))
	f.Add([]byte("garbage"))
	f.Add([]byte{})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, payload []byte) {
		c := &cacheRoundTripper{rt: http.DefaultTransport, dir: dir}
		req, err := http.NewRequest(http.MethodGet, "http://example.com/api", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept", "a")
		sum := sha256.Sum256(payload)
		if err := writeFileAtomic(c.path(cacheKey(req)), append(sum[:], payload...)); err != nil {
			t.Fatal(err)
		}
		resp := c.load(cacheKey(req), req)
		if resp == nil {
			return
		}
		if _, err := io.ReadAll(resp.Body); err != nil {
			t.Fatalf("reading a loaded body: %v", err)
		}
	})
}
