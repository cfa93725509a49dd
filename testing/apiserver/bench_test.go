package apiserver

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
)

// BenchmarkCreate measures one ConfigMap create in process.
func BenchmarkCreate(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rt := s.RoundTripper()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		body := fmt.Sprintf(`{"metadata":{"name":"cm-%d","labels":{"a":"b"}},"data":{"k":"v"}}`, i)
		req, _ := http.NewRequest("POST", InProcessHost+cmsPath, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := rt.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusCreated {
			b.Fatalf("create: %v %v", err, resp)
		}
		resp.Body.Close()
	}
}

// BenchmarkList1000 measures listing 1,000 ConfigMaps in process.
func BenchmarkList1000(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	gvr := groupVersionResource{Version: "v1", Resource: "configmaps"}
	for i := 0; i < 1000; i++ {
		if _, err := s.Create(gvr, "default", map[string]any{"metadata": map[string]any{"name": fmt.Sprintf("cm-%d", i)}, "data": map[string]any{"k": "v"}}); err != nil {
			b.Fatal(err)
		}
	}
	rt := s.RoundTripper()
	b.ReportAllocs()
	for b.Loop() {
		req, _ := http.NewRequest("GET", InProcessHost+cmsPath, nil)
		resp, err := rt.RoundTrip(req)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		b.SetBytes(n)
	}
}

// BenchmarkList1000Protobuf is BenchmarkList1000 answered in protobuf.
func BenchmarkList1000Protobuf(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	gvr := groupVersionResource{Version: "v1", Resource: "configmaps"}
	for i := 0; i < 1000; i++ {
		if _, err := s.Create(gvr, "default", map[string]any{"metadata": map[string]any{"name": fmt.Sprintf("cm-%d", i)}, "data": map[string]any{"k": "v"}}); err != nil {
			b.Fatal(err)
		}
	}
	rt := s.RoundTripper()
	b.ReportAllocs()
	for b.Loop() {
		req, _ := http.NewRequest("GET", InProcessHost+cmsPath, nil)
		req.Header.Set("Accept", "application/vnd.kubernetes.protobuf")
		resp, err := rt.RoundTrip(req)
		if err != nil || resp.Header.Get("Content-Type") != "application/vnd.kubernetes.protobuf" {
			b.Fatalf("list: %v %v", err, resp)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		b.SetBytes(n)
	}
}
