package disk_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/skiff-k8s/skiff/discovery/cached/disk"
	"github.com/skiff-k8s/skiff/rest"
)

func ExampleNewCachedDiscoveryClientForConfig() {
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

	// kubectl's layout: <root>/discovery/<host_port> and <root>/http.
	root, err := os.MkdirTemp("", "kube-cache")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	discoveryDir := disk.DiscoveryCacheDir(filepath.Join(root, "discovery"), srv.URL)
	httpDir := filepath.Join(root, "http")

	for run := 1; run <= 2; run++ {
		client, err := disk.NewCachedDiscoveryClientForConfig(&rest.Config{Host: srv.URL}, discoveryDir, httpDir, 10*time.Minute)
		if err != nil {
			fmt.Println(err)
			return
		}
		_, lists, err := client.ServerGroupsAndResources()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("run %d: %d group versions, %d requests so far, fresh %v\n", run, len(lists), requests.Load(), client.Fresh())
	}
	// Output:
	// run 1: 36 group versions, 38 requests so far, fresh true
	// run 2: 36 group versions, 38 requests so far, fresh false
}
