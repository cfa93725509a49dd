package dynamic_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
)

// recorded is one request the test server saw.
type recorded struct {
	Method      string
	Path        string
	Query       string
	ContentType string
	Accept      string
	UserAgent   string
	Body        string
}

// response is what the test server answers.
type response struct {
	Status      int
	ContentType string
	Body        string
}

// recorder is an httptest server that records requests and answers each
// with the response its handler chooses.
type recorder struct {
	mu       sync.Mutex
	requests []recorded
	respond  func(r *http.Request) response
	server   *httptest.Server
}

// newRecorder starts a recording server answering with respond; it stops
// when the test ends.
func newRecorder(t *testing.T, respond func(r *http.Request) response) *recorder {
	t.Helper()
	rec := &recorder{respond: respond}
	rec.server = httptest.NewServer(http.HandlerFunc(rec.serve))
	t.Cleanup(rec.server.Close)
	return rec
}

func (rec *recorder) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	rec.requests = append(rec.requests, recorded{
		Method:      r.Method,
		Path:        r.URL.Path,
		Query:       r.URL.RawQuery,
		ContentType: r.Header.Get("Content-Type"),
		Accept:      r.Header.Get("Accept"),
		UserAgent:   r.Header.Get("User-Agent"),
		Body:        string(body),
	})
	rec.mu.Unlock()
	resp := rec.respond(r)
	if resp.ContentType == "" {
		resp.ContentType = "application/json"
	}
	if resp.Status == 0 {
		resp.Status = http.StatusOK
	}
	w.Header().Set("Content-Type", resp.ContentType)
	w.WriteHeader(resp.Status)
	_, _ = io.WriteString(w, resp.Body)
}

// last returns the most recent request.
func (rec *recorder) last(t *testing.T) recorded {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.requests) == 0 {
		t.Fatal("the server saw no request")
	}
	return rec.requests[len(rec.requests)-1]
}

// all returns every request so far.
func (rec *recorder) all() []recorded {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]recorded(nil), rec.requests...)
}

// count returns how many requests the server saw.
func (rec *recorder) count() int {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return len(rec.requests)
}

// client returns a dynamic client of the server, without client-side
// throttling.
func (rec *recorder) client(t *testing.T) *dynamic.DynamicClient {
	t.Helper()
	return newClient(t, rec.server.URL)
}

// newClient returns a dynamic client of host, without throttling.
func newClient(t *testing.T, host string) *dynamic.DynamicClient {
	t.Helper()
	client, err := dynamic.NewForConfig(&rest.Config{Host: host, QPS: -1, UserAgent: "dynamic-test"})
	if err != nil {
		t.Fatalf("NewForConfig: %v", err)
	}
	return client
}

// fixed answers every request with the same JSON body and status.
func fixed(status int, body string) func(*http.Request) response {
	return func(*http.Request) response { return response{Status: status, Body: body} }
}
