// Package discoverytest is a test helper: it serves the golden discovery documents of a
// Kubernetes 1.34 API server over httptest, in legacy or aggregated mode,
// with fault injection, for the tests of discovery, its caches and
// restmapper.
package discoverytest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/skiff-k8s/skiff/rest"
)

// Mode says how /api and /apis answer a client asking for aggregated
// discovery.
type Mode int

const (
	// Legacy answers with APIVersions and APIGroupList only.
	Legacy Mode = iota
	// Aggregated answers with apidiscovery.k8s.io/v2 when asked for it.
	Aggregated
	// AggregatedV2Beta1 answers with apidiscovery.k8s.io/v2beta1 when asked
	// for any aggregated format.
	AggregatedV2Beta1
)

// Content types of the aggregated answers.
const (
	ContentTypeV2      = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
	ContentTypeV2Beta1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"
)

// Server is an httptest server answering discovery requests from the golden
// files.
type Server struct {
	*httptest.Server
	mode Mode

	mu       sync.Mutex
	files    map[string][]byte
	failures map[string]int
	requests map[string]int
	accepts  map[string]string
	queries  map[string]string
	notMod   int
	hook     func(path string)
}

// New starts a server over the golden files in dir (the discovery
// testdata directory) and closes it when the test ends.
func New(t testing.TB, dir string, mode Mode) *Server {
	t.Helper()
	s := &Server{
		mode:     mode,
		files:    map[string][]byte{},
		failures: map[string]int{},
		requests: map[string]int{},
		accepts:  map[string]string{},
		queries:  map[string]string{},
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("reading golden files: %v", err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("reading golden file: %v", err)
		}
		s.files[fileToPath(name)] = data
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// fileToPath maps a golden file name to the path it answers:
// "apis__apps__v1.json" to "/apis/apps/v1", "aggregated-apis.json" to
// "aggregated:/apis".
func fileToPath(name string) string {
	base := strings.TrimSuffix(name, ".json")
	if rest, ok := strings.CutPrefix(base, "aggregated-"); ok {
		return "aggregated:/" + rest
	}
	return "/" + strings.ReplaceAll(base, "__", "/")
}

// Config returns a client config for the server.
func (s *Server) Config() *rest.Config {
	return &rest.Config{Host: s.URL}
}

// Fail makes path answer code (with a Status body) until cleared with 0.
func (s *Server) Fail(path string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.failures, path)
		return
	}
	s.failures[path] = code
}

// Set replaces the answer of path ("aggregated:/apis" for the aggregated
// document of /apis); nil removes it, making path answer 404 (or, for an
// aggregated document, answer with the plain one).
func (s *Server) Set(path string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if data == nil {
		delete(s.files, path)
		return
	}
	s.files[path] = data
}

// Get returns the answer of path.
func (s *Server) Get(path string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files[path]
}

// OnRequest calls hook with the path of every request before answering.
func (s *Server) OnRequest(hook func(path string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hook = hook
}

// Requests returns how many requests path received.
func (s *Server) Requests(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// TotalRequests returns how many requests the server received.
func (s *Server) TotalRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.requests {
		n += c
	}
	return n
}

// NotModified returns how many requests were answered 304.
func (s *Server) NotModified() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notMod
}

// Accept returns the Accept header of the last request for path.
func (s *Server) Accept(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.accepts[path]
}

// Query returns the raw query of the last request for path.
func (s *Server) Query(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queries[path]
}

// serve answers one request.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	hook := s.hook
	s.requests[r.URL.Path]++
	s.accepts[r.URL.Path] = r.Header.Get("Accept")
	s.queries[r.URL.Path] = r.URL.RawQuery
	code := s.failures[r.URL.Path]
	body, contentType := s.answer(r)
	s.mu.Unlock()
	if hook != nil {
		hook(r.URL.Path)
	}
	if code != 0 {
		writeStatus(w, code, fmt.Sprintf("injected failure for %s", r.URL.Path))
		return
	}
	if body == nil {
		writeStatus(w, http.StatusNotFound, "the server could not find the requested resource")
		return
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Vary", "Accept")
	if r.Header.Get("If-None-Match") == etag {
		s.mu.Lock()
		s.notMod++
		s.mu.Unlock()
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", contentType)
	_, _ = w.Write(body)
}

// answer picks the body and content type of r; nil when there is none.
// Called with s.mu held.
func (s *Server) answer(r *http.Request) ([]byte, string) {
	path := r.URL.Path
	wantsAggregated := strings.Contains(r.Header.Get("Accept"), "apidiscovery.k8s.io")
	data, haveAggregated := s.files["aggregated:"+path]
	if haveAggregated && wantsAggregated && s.mode != Legacy {
		if s.mode == AggregatedV2Beta1 {
			return []byte(strings.Replace(string(data), `"apidiscovery.k8s.io/v2"`, `"apidiscovery.k8s.io/v2beta1"`, 1)), ContentTypeV2Beta1
		}
		return data, ContentTypeV2
	}
	return s.files[path], "application/json"
}

// writeStatus writes a failure Status with code and message.
func writeStatus(w http.ResponseWriter, code int, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	status := map[string]any{
		"kind": "Status", "apiVersion": "v1", "status": "Failure",
		"message": message, "reason": reasonFor(code), "code": code,
	}
	_ = json.NewEncoder(w).Encode(status)
}

// reasonFor returns the Status reason of an HTTP code.
func reasonFor(code int) string {
	switch code {
	case http.StatusNotFound:
		return "NotFound"
	case http.StatusForbidden:
		return "Forbidden"
	case http.StatusServiceUnavailable:
		return "ServiceUnavailable"
	case http.StatusTooManyRequests:
		return "TooManyRequests"
	default:
		return "InternalError"
	}
}

// MarkStale rewrites the aggregated document of path ("/api" or "/apis")
// so that version of group is stale.
func (s *Server) MarkStale(t testing.TB, path, group, version string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	key := "aggregated:" + path
	var doc map[string]any
	if err := json.Unmarshal(s.files[key], &doc); err != nil {
		t.Fatalf("decoding %s: %v", key, err)
	}
	for _, item := range doc["items"].([]any) {
		g := item.(map[string]any)
		name, _ := g["metadata"].(map[string]any)["name"].(string)
		if name != group {
			continue
		}
		for _, v := range g["versions"].([]any) {
			if v.(map[string]any)["version"] == version {
				v.(map[string]any)["freshness"] = "Stale"
			}
		}
	}
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("encoding %s: %v", key, err)
	}
	s.files[key] = data
}
