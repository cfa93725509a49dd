package rest

import (
	"context"
	"errors"
	"fmt"
	"go/build"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestReadBodyErrorHTTP2StreamReset resets an HTTP/2 stream in the middle
// of the body, so the standard library's client returns its own stream
// error, and checks that Do and DoRaw report it as a stream error.
func TestReadBodyErrorHTTP2StreamReset(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", "1000")
		_, _ = w.Write([]byte(`{"kind":"Pod",`))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // the server answers with RST_STREAM
	}))
	srv.EnableHTTP2 = true
	srv.Config.ErrorLog = nil
	srv.StartTLS()
	t.Cleanup(srv.Close)
	c, err := RESTClientForConfigAndClient(testConfig(t, srv.URL), srv.Client())
	if err != nil {
		t.Fatalf("RESTClientForConfigAndClient: %v", err)
	}
	const want = "stream error when reading response body"
	tests := map[string]func() error{
		"Do":    func() error { return c.Post().AbsPath("/x").Do(context.Background()).Error() },
		"DoRaw": func() error { _, err := c.Post().AbsPath("/x").DoRaw(context.Background()); return err },
	}
	for name, run := range tests {
		t.Run(name, func(t *testing.T) {
			err := run()
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("error = %v, want one containing %q", err, want)
			}
			var streamErr http2StreamError
			if !errors.As(err, &streamErr) || streamErr.StreamID == 0 {
				t.Errorf("errors.As(%v) into the mirror type = false or stream ID 0, want the stdlib stream error", err)
			}
		})
	}
}

func TestIsHTTP2StreamError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", errors.New("unexpected EOF"), false},
		{"mirror type", http2StreamError{StreamID: 1}, true},
		// The messages golang.org/x/net/http2's StreamError and
		// ConnectionError print; skiff does not depend on x/net, so
		// the test uses their text.
		{"x/net transport's, wrapped", fmt.Errorf("read: %w", errors.New("stream error: stream ID 3; INTERNAL_ERROR")), true},
		{"x/net connection error", errors.New("connection error: PROTOCOL_ERROR"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isHTTP2StreamError(tt.err); got != tt.want {
				t.Errorf("isHTTP2StreamError(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

// TestRestDoesNotImportXNetHTTP2 keeps golang.org/x/net/http2 out of the
// package (its tests may use it, to check a transport built on it): the
// standard library's HTTP/2 is the one in use.
func TestRestDoesNotImportXNetHTTP2(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatalf("ImportDir: %v", err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, "golang.org/x/net/http2") {
			t.Errorf("package rest imports %s", imp)
		}
	}
}
