package rest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
)

// benchServer serves body as a JSON 200 to every request.
func benchServer(b *testing.B, body []byte) *RESTClient {
	b.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", jsonCT)
		_, _ = w.Write(body)
	}))
	b.Cleanup(srv.Close)
	c, err := RESTClientFor(testConfig(b, srv.URL))
	if err != nil {
		b.Fatalf("RESTClientFor: %v", err)
	}
	return c
}

// BenchmarkGetRoundTrip measures one GET of a pod through RESTClient:
// URL building, the HTTP round trip to a local server and decoding.
func BenchmarkGetRoundTrip(b *testing.B) {
	c := benchServer(b, []byte(`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","namespace":"default","resourceVersion":"1"},"spec":{"containers":[{"name":"c","image":"nginx"}]}}`))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pod := &corev1.Pod{}
		if err := c.Get().Namespace("default").Resource("pods").Name("p").Do(ctx).Into(pod); err != nil {
			b.Fatal(err)
		}
		if pod.Name != "p" {
			b.Fatalf("pod name = %q, want p", pod.Name)
		}
	}
}

// BenchmarkList5000Pods measures a List of the 5,000-pod fixture through
// RESTClient, decoded into a corev1.PodList.
func BenchmarkList5000Pods(b *testing.B) {
	body, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatalf("fixture: %v", err)
	}
	c := benchServer(b, body)
	params := newTestScheme(b).params
	ctx := context.Background()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		list := &corev1.PodList{}
		err := c.Get().Resource("pods").VersionedParams(&metav1.ListOptions{Limit: 5000}, params).Do(ctx).Into(list)
		if err != nil {
			b.Fatal(err)
		}
		if len(list.Items) != 5000 {
			b.Fatalf("items = %d, want 5000", len(list.Items))
		}
	}
}

// BenchmarkList5000PodsProtobuf is BenchmarkList5000Pods with the
// protobuf form of the fixture, requested as typed clients request it.
func BenchmarkList5000PodsProtobuf(b *testing.B) {
	body, err := fixtures.PodList5000Protobuf()
	if err != nil {
		b.Fatalf("fixture: %v", err)
	}
	srv := httptest.NewServer(answer(http.StatusOK, "application/vnd.kubernetes.protobuf", body))
	b.Cleanup(srv.Close)
	c, err := RESTClientFor(testConfig(b, srv.URL))
	if err != nil {
		b.Fatalf("RESTClientFor: %v", err)
	}
	params := newTestScheme(b).params
	ctx := context.Background()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		list := &corev1.PodList{}
		err := c.Get().UseProtobufAsDefault().Resource("pods").VersionedParams(&metav1.ListOptions{Limit: 5000}, params).Do(ctx).Into(list)
		if err != nil {
			b.Fatal(err)
		}
		if len(list.Items) != 5000 {
			b.Fatalf("items = %d, want 5000", len(list.Items))
		}
	}
}
