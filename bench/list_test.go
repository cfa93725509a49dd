package bench

import (
	"context"
	"testing"

	skiffmetav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	skiffschema "github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	skiffkubernetes "github.com/skiff-k8s/skiff/kubernetes"
	refmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	refschema "k8s.io/apimachinery/pkg/runtime/schema"
)

// podCount is the number of pods in the fixture.
const podCount = 5000

// listFunc lists the fixture once and returns how many items it decoded.
type listFunc func(ctx context.Context) (int, error)

// runList checks that list decodes the whole fixture, then times it.
func runList(b *testing.B, list listFunc) {
	ctx := context.Background()
	n, err := list(ctx)
	if err != nil {
		b.Fatalf("list: %v", err)
	}
	if n != podCount {
		b.Fatalf("list decoded %d items, want %d", n, podCount)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := list(ctx); err != nil {
			b.Fatalf("list: %v", err)
		}
	}
}

// BenchmarkTypedList lists the 5,000 pods through the typed clientsets,
// each library in JSON and in protobuf.
func BenchmarkTypedList(b *testing.B) {
	srv := newServer(b)
	for _, tc := range []struct{ name, contentType string }{
		{"skiff-json", "application/json"},
		{"skiff-protobuf", protobufMediaType},
	} {
		b.Run(tc.name, func(b *testing.B) {
			cfg := skiffConfig(srv.URL)
			cfg.ContentType = tc.contentType
			cs, err := skiffkubernetes.NewForConfig(cfg)
			if err != nil {
				b.Fatalf("skiff clientset: %v", err)
			}
			pods := cs.CoreV1().Pods("")
			runList(b, func(ctx context.Context) (int, error) {
				l, err := pods.List(ctx, skiffmetav1.ListOptions{})
				if err != nil {
					return 0, err
				}
				return len(l.Items), nil
			})
		})
	}
	for _, tc := range []struct{ name, contentType string }{
		{"reference-json", "application/json"},
		{"reference-protobuf", protobufMediaType},
	} {
		b.Run(tc.name, func(b *testing.B) {
			pods := newRefClientset(b, srv.URL, tc.contentType).CoreV1().Pods("")
			runList(b, func(ctx context.Context) (int, error) {
				l, err := pods.List(ctx, refmetav1.ListOptions{})
				if err != nil {
					return 0, err
				}
				return len(l.Items), nil
			})
		})
	}
}

// BenchmarkDynamicList lists the 5,000 pods through the dynamic clients.
func BenchmarkDynamicList(b *testing.B) {
	srv := newServer(b)
	b.Run("skiff", func(b *testing.B) {
		gvr := skiffschema.GroupVersionResource{Version: "v1", Resource: "pods"}
		pods := newSkiffDynamic(b, srv.URL).Resource(gvr)
		runList(b, func(ctx context.Context) (int, error) {
			l, err := pods.List(ctx, skiffmetav1.ListOptions{})
			if err != nil {
				return 0, err
			}
			return len(l.Items), nil
		})
	})
	b.Run("reference", func(b *testing.B) {
		gvr := refschema.GroupVersionResource{Version: "v1", Resource: "pods"}
		pods := newRefDynamic(b, srv.URL).Resource(gvr)
		runList(b, func(ctx context.Context) (int, error) {
			l, err := pods.List(ctx, refmetav1.ListOptions{})
			if err != nil {
				return 0, err
			}
			return len(l.Items), nil
		})
	})
}
