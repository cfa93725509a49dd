package dynamic_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/rest"
)

var podsGVR = schema.GroupVersionResource{Version: "v1", Resource: "pods"}

// newBenchClient returns an unthrottled dynamic client of host.
func newBenchClient(host string) (*dynamic.DynamicClient, error) {
	return dynamic.NewForConfig(&rest.Config{Host: host, QPS: -1})
}

// podListServer serves the 5,000-pod fixture for every request, with its
// Content-Length, and returns the server and the fixture bytes.
func podListServer(tb testing.TB) (*httptest.Server, []byte) {
	tb.Helper()
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(data)))
		_, _ = w.Write(data)
	}))
	tb.Cleanup(srv.Close)
	return srv, data
}

// BenchmarkListPods5000 lists the 5,000-pod fixture through the dynamic
// client against an httptest server: HTTP, body read and decode.
func BenchmarkListPods5000(b *testing.B) {
	srv, data := podListServer(b)
	client, err := newBenchClient(srv.URL)
	if err != nil {
		b.Fatal(err)
	}
	pods := client.Resource(podsGVR).Namespace("default")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		list, err := pods.List(context.Background(), metav1.ListOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(list.Items) != 5000 {
			b.Fatalf("got %d items, want 5000", len(list.Items))
		}
	}
}

// BenchmarkEncodingJSONMapPods5000 is the baseline: encoding/json decoding
// the same bytes into map[string]interface{}, with no HTTP at all.
func BenchmarkEncodingJSONMapPods5000(b *testing.B) {
	data, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var m map[string]interface{}
		if err := json.Unmarshal(data, &m); err != nil {
			b.Fatal(err)
		}
	}
}
