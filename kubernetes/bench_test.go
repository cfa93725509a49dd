package kubernetes_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/fixtures"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

// BenchmarkListPods5000 lists the 5,000-pod fixture through the typed
// client over loopback HTTP: the request path, the response read and the
// decode into *v1.PodList.
func BenchmarkListPods5000(b *testing.B) {
	body, err := fixtures.PodList5000JSON()
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	cs, err := kubernetes.NewForConfig(&rest.Config{Host: srv.URL, QPS: -1})
	if err != nil {
		b.Fatal(err)
	}
	pods := cs.CoreV1().Pods("")
	ctx := context.Background()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		list, err := pods.List(ctx, metav1.ListOptions{})
		if err != nil || len(list.Items) != 5000 {
			b.Fatalf("List = %d items, %v", len(list.Items), err)
		}
	}
}
