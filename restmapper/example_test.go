package restmapper_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/memory"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/restmapper"
)

func Example() {
	// A server answering discovery from the golden documents of
	// Kubernetes 1.34.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.ReplaceAll(strings.TrimPrefix(r.URL.Path, "/"), "/", "__") + ".json"
		data, err := os.ReadFile(filepath.Join("..", "discovery", "testdata", name))
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
	mapper := restmapper.NewShortcutExpander(restmapper.NewDeferredDiscoveryRESTMapper(cache), cache, nil)

	for _, name := range []string{"deploy", "pod", "Service", "hpa"} {
		gvk, err := mapper.KindFor(schema.GroupVersionResource{Resource: name})
		if err != nil {
			fmt.Println(err)
			return
		}
		mapping, err := mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s -> %s (%s, scope %s)\n", name, mapping.Resource, gvk.Kind, mapping.Scope.Name())
	}
	// Output:
	// deploy -> apps/v1, Resource=deployments (Deployment, scope namespace)
	// pod -> /v1, Resource=pods (Pod, scope namespace)
	// Service -> /v1, Resource=services (Service, scope namespace)
	// hpa -> autoscaling/v2, Resource=horizontalpodautoscalers (HorizontalPodAutoscaler, scope namespace)
}
