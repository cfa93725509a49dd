package rest

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"sync"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	kruntime "github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

// testScheme holds core/v1 and the meta/v1 kinds, as kubernetes/scheme
// will.
type testScheme struct {
	scheme *kruntime.Scheme
	codecs serializer.CodecFactory
	params kruntime.ParameterCodec
}

var (
	schemeOnce   sync.Once
	sharedScheme testScheme
)

// newTestScheme returns the shared test scheme.
func newTestScheme(t testing.TB) testScheme {
	t.Helper()
	schemeOnce.Do(func() {
		s := kruntime.NewScheme()
		if err := corev1.AddToScheme(s); err != nil {
			panic(err)
		}
		metav1.AddToGroupVersion(s, schema.GroupVersion{Version: "v1"})
		sharedScheme = testScheme{scheme: s, codecs: serializer.NewCodecFactory(s), params: kruntime.NewParameterCodec(s)}
	})
	return sharedScheme
}

// testConfig returns a config for core/v1 at host without throttling.
func testConfig(t testing.TB, host string) *Config {
	t.Helper()
	ts := newTestScheme(t)
	return &Config{
		Host:    host,
		APIPath: "/api",
		ContentConfig: ContentConfig{
			GroupVersion:         &corev1.SchemeGroupVersion,
			NegotiatedSerializer: ts.codecs,
		},
		QPS: -1,
	}
}

// newTestClient starts handler on an httptest server and returns a
// core/v1 client for it.
func newTestClient(t testing.TB, handler http.Handler) (*RESTClient, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	c, err := RESTClientFor(testConfig(t, srv.URL))
	if err != nil {
		t.Fatalf("RESTClientFor: %v", err)
	}
	return c, srv
}

// clientWithTransport returns a core/v1 client whose requests go to rt.
func clientWithTransport(t testing.TB, rt http.RoundTripper) *RESTClient {
	t.Helper()
	c, err := RESTClientForConfigAndClient(testConfig(t, "http://example.test"), &http.Client{Transport: rt})
	if err != nil {
		t.Fatalf("RESTClientForConfigAndClient: %v", err)
	}
	return c
}

// roundTripFunc is an http.RoundTripper made of a function.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }

// bareClient returns a client with base URL base and path prefix
// versionedAPIPath, using no server.
func bareClient(t testing.TB, base string, versionedAPIPath string, content ClientContentConfig) *RESTClient {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewRESTClient(u, versionedAPIPath, content, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkNoGoroutineLeak fails the test when, after it ends and a short
// settle period, more goroutines run than before it started.
func checkNoGoroutineLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		var now int
		for i := 0; i < 100; i++ {
			now = runtime.NumGoroutine()
			if now <= before {
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		buf := make([]byte, 1<<16)
		n := runtime.Stack(buf, true)
		t.Errorf("goroutines: %d before, %d after\n%s", before, now, buf[:n])
	})
}

// restoreSlog sends the default slog logger to buf for the test.
func restoreSlog(t *testing.T, buf *bytes.Buffer) {
	t.Helper()
	saved := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(buf, nil)))
	t.Cleanup(func() { slog.SetDefault(saved) })
}
