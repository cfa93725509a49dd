package apiserver

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// newTestServer returns a server closed at the end of the test.
func newTestServer(t *testing.T, opts Options) *Server {
	t.Helper()
	return NewForTest(t, opts)
}

// call sends one request in process and decodes the JSON answer.
func call(t *testing.T, s *Server, method, path, body string) (int, map[string]any) {
	t.Helper()
	return callCT(t, s, method, path, "application/json", body)
}

// callCT is call with a content type.
func callCT(t *testing.T, s *Server, method, path, contentType, body string) (int, map[string]any) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, InProcessHost+path, rd)
	if err != nil {
		t.Fatalf("build %s %s: %v", method, path, err)
	}
	if body != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read: %v", method, path, err)
	}
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return resp.StatusCode, m
}

// mustCall is call that fails the test unless the code is want.
func mustCall(t *testing.T, s *Server, want int, method, path, body string) map[string]any {
	t.Helper()
	code, m := call(t, s, method, path, body)
	if code != want {
		t.Fatalf("%s %s: got code %d, want %d: %v", method, path, code, want, m)
	}
	return m
}

// str returns the string at a dotted path of m.
func str(m map[string]any, path string) string {
	v, _ := lookupPath(m, strings.Split(path, ".")...)
	return formatScalar(v)
}

// watchEvent is a decoded watch frame.
type watchEvent struct {
	Type   string         `json:"type"`
	Object map[string]any `json:"object"`
}

// openWatch starts a watch in process and returns its events channel; the
// channel closes when the stream ends.
func openWatch(t *testing.T, s *Server, path string) (<-chan watchEvent, func()) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, InProcessHost+path, nil)
	if err != nil {
		t.Fatalf("build watch: %v", err)
	}
	resp, err := s.RoundTripper().RoundTrip(req)
	if err != nil {
		t.Fatalf("watch %s: %v", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(resp.Body)
		t.Fatalf("watch %s: got code %d: %s", path, resp.StatusCode, raw)
	}
	ch := make(chan watchEvent, 1024)
	go func() {
		defer close(ch)
		dec := json.NewDecoder(bufio.NewReader(resp.Body))
		for {
			var ev watchEvent
			if err := dec.Decode(&ev); err != nil {
				return
			}
			ch <- ev
		}
	}()
	stop := func() { _ = resp.Body.Close() }
	t.Cleanup(stop)
	return ch, stop
}

// next returns the next event or fails after a generous deadline.
func next(t *testing.T, ch <-chan watchEvent) watchEvent {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("watch ended, want an event")
		}
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no watch event within 10s")
	}
	return watchEvent{}
}

// cmBody is a ConfigMap body.
func cmBody(name, labels string) string {
	if labels == "" {
		labels = "{}"
	}
	return `{"metadata":{"name":"` + name + `","labels":` + labels + `},"data":{"k":"v"}}`
}

// stringsReader returns a reader for body.
func stringsReader(body string) io.Reader { return strings.NewReader(body) }
