package memory_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/memory"
	"github.com/skiff-k8s/skiff/rest"
)

func ExampleNewMemCacheClient() {
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		name := strings.ReplaceAll(strings.TrimPrefix(r.URL.Path, "/"), "/", "__") + ".json"
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(data)
	}))
	defer srv.Close()

	client, err := discovery.NewDiscoveryClientForConfig(&rest.Config{Host: srv.URL})
	if err != nil {
		fmt.Println(err)
		return
	}
	cache := memory.NewMemCacheClient(client)
	for i := 0; i < 3; i++ {
		if _, err := cache.ServerResourcesForGroupVersion("apps/v1"); err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Println("fresh:", cache.Fresh(), "requests:", requests.Load())
	cache.Invalidate()
	fmt.Println("fresh after Invalidate:", cache.Fresh())
	// Output:
	// fresh: true requests: 38
	// fresh after Invalidate: false
}
