package disk

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"os"
	"path/filepath"
)

// cacheRoundTripper is an HTTP cache on disk in front of a round tripper.
type cacheRoundTripper struct {
	rt  http.RoundTripper
	dir string
}

// NewCacheRoundTripper returns a round tripper caching the responses of rt
// in files under cacheDir. Only GET and HEAD requests without a Range
// header are cached; any other request for a URL drops its entry. A
// response is served from the cache while Cache-Control max-age or Expires
// says it is fresh; otherwise it is revalidated with If-None-Match (its
// ETag) or If-Modified-Since, and a 304 answer serves the cached body with
// the new headers. Responses that vary on request headers (Vary) are only
// served to requests with the same values. stale-if-error lets a stale
// entry answer when the server fails. Cached responses carry the header
// "X-From-Cache: 1".
//
// Each entry is a file named by the hex SHA-256 of its key (the URL for
// GET, "<method> <url>" otherwise) holding the SHA-256 of the stored
// response followed by the response; a checksum mismatch is a miss.
func NewCacheRoundTripper(cacheDir string, rt http.RoundTripper) http.RoundTripper {
	if rt == nil {
		rt = http.DefaultTransport
	}
	return &cacheRoundTripper{rt: rt, dir: cacheDir}
}

// WrappedRoundTripper returns the round tripper behind the cache.
func (c *cacheRoundTripper) WrappedRoundTripper() http.RoundTripper {
	return c.rt
}

// XFromCache is the header marking a response served from the cache.
const XFromCache = "X-From-Cache"

// cacheKey returns the key of req.
func cacheKey(req *http.Request) string {
	if req.Method == http.MethodGet {
		return req.URL.String()
	}
	return req.Method + " " + req.URL.String()
}

// cacheable reports whether req may be answered from the cache.
func cacheable(req *http.Request) bool {
	return (req.Method == http.MethodGet || req.Method == http.MethodHead) && req.Header.Get("Range") == ""
}

// RoundTrip answers req from the cache, revalidating or fetching as needed.
func (c *cacheRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	key := cacheKey(req)
	if !cacheable(req) {
		c.remove(key)
		if req.Method != http.MethodGet {
			c.remove(req.URL.String())
		}
		return c.rt.RoundTrip(req)
	}
	cached := c.load(key, req)
	if cached == nil {
		return c.fetch(req, key)
	}
	if isFresh(cached.Header, req.Header) {
		return markCached(cached), nil
	}
	return c.revalidate(req, key, cached)
}

// revalidate asks the server whether cached is still current.
func (c *cacheRoundTripper) revalidate(req *http.Request, key string, cached *http.Response) (*http.Response, error) {
	conditional := req.Clone(req.Context())
	if etag := cached.Header.Get("ETag"); etag != "" && conditional.Header.Get("If-None-Match") == "" {
		conditional.Header.Set("If-None-Match", etag)
	}
	if lastModified := cached.Header.Get("Last-Modified"); lastModified != "" && conditional.Header.Get("If-Modified-Since") == "" {
		conditional.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := c.rt.RoundTrip(conditional)
	if (err != nil || resp.StatusCode >= http.StatusInternalServerError) && canStaleOnError(cached.Header, req.Header) {
		if resp != nil {
			drain(resp)
		}
		return markCached(cached), nil
	}
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusNotModified {
		return c.store(req, key, resp)
	}
	for _, name := range endToEndHeaders(resp.Header) {
		cached.Header[name] = resp.Header[name]
	}
	drain(resp)
	// A failed write keeps the old entry, which revalidates again next time.
	_ = c.save(key, cached)
	return markCached(cached), nil
}

// fetch sends req and stores the answer when it may be cached.
func (c *cacheRoundTripper) fetch(req *http.Request, key string) (*http.Response, error) {
	resp, err := c.rt.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	return c.store(req, key, resp)
}

// store keeps resp under key when it may be stored, returning a response
// with an intact body either way.
func (c *cacheRoundTripper) store(req *http.Request, key string, resp *http.Response) (*http.Response, error) {
	if resp.StatusCode != http.StatusOK || !storable(resp.Header, req.Header) {
		c.remove(key)
		return resp, nil
	}
	body, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("reading response of %s: %w", req.URL, err)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	for _, name := range varyHeaders(resp.Header) {
		resp.Header.Set("X-Varied-"+name, req.Header.Get(name))
	}
	// A failed write leaves the entry absent; the answer itself is good.
	_ = c.save(key, resp)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// load returns the entry of key for req; nil when there is none, it is
// corrupt or it varies on a request header req sends differently.
func (c *cacheRoundTripper) load(key string, req *http.Request) *http.Response {
	data, err := os.ReadFile(c.path(key))
	if err != nil || len(data) < sha256.Size {
		return nil
	}
	sum, payload := data[:sha256.Size], data[sha256.Size:]
	if want := sha256.Sum256(payload); !bytes.Equal(sum, want[:]) {
		return nil
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(payload)), req)
	if err != nil {
		return nil
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	for _, name := range varyHeaders(resp.Header) {
		if resp.Header.Get("X-Varied-"+name) != req.Header.Get(name) {
			return nil
		}
	}
	return resp
}

// save writes resp as the entry of key; resp.Body stays readable.
func (c *cacheRoundTripper) save(key string, resp *http.Response) error {
	payload, err := httputil.DumpResponse(resp, true)
	if err != nil {
		return fmt.Errorf("encoding cache entry: %w", err)
	}
	sum := sha256.Sum256(payload)
	return writeFileAtomic(c.path(key), append(sum[:], payload...))
}

// remove drops the entry of key.
func (c *cacheRoundTripper) remove(key string) {
	_ = os.Remove(c.path(key))
}

// path returns the file of key.
func (c *cacheRoundTripper) path(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:]))
}

// markCached adds the X-From-Cache header to resp.
func markCached(resp *http.Response) *http.Response {
	resp.Header.Set(XFromCache, "1")
	return resp
}

// drain reads and closes the body of resp so its connection is reused.
func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	_ = resp.Body.Close()
}
