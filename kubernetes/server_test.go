package kubernetes_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

// request is what the test server saw of one request.
type request struct {
	Method, Path, Query, Body, ContentType, UserAgent string
}

// recorder is an httptest server that records requests and answers each
// with one canned status and body.
type recorder struct {
	mu       sync.Mutex
	requests []request
	status   int
	body     string
	server   *httptest.Server
}

// newRecorder starts a recorder answering status and body, closed when the
// test ends.
func newRecorder(t *testing.T, status int, body string) *recorder {
	t.Helper()
	r := &recorder{status: status, body: body}
	r.server = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.server.Close)
	return r
}

func (r *recorder) serve(w http.ResponseWriter, req *http.Request) {
	data, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	r.requests = append(r.requests, request{
		Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery, Body: string(data),
		ContentType: req.Header.Get("Content-Type"), UserAgent: req.Header.Get("User-Agent"),
	})
	r.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(r.status)
	_, _ = io.WriteString(w, r.body)
}

// last returns the last request the server saw.
func (r *recorder) last(t *testing.T) request {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.requests) == 0 {
		t.Fatal("the server saw no request")
	}
	return r.requests[len(r.requests)-1]
}

// clientset returns a clientset talking to the recorder in JSON (the
// golden bodies are JSON; testing/apiserver's protobuf tests cover the
// protobuf default of typed clients).
func (r *recorder) clientset(t *testing.T) *kubernetes.Clientset {
	t.Helper()
	cs, err := kubernetes.NewForConfig(&rest.Config{Host: r.server.URL, ContentConfig: rest.ContentConfig{ContentType: "application/json"}})
	if err != nil {
		t.Fatalf("NewForConfig: %v", err)
	}
	return cs
}
