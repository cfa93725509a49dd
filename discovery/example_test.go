package discovery_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/rest"
)

// goldenServer serves the discovery documents of a Kubernetes 1.34 server
// from testdata, in their plain (non-aggregated) form.
func goldenServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.ReplaceAll(strings.TrimPrefix(r.URL.Path, "/"), "/", "__") + ".json"
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(data)
	}))
}

func ExampleDiscoveryClient() {
	srv := goldenServer()
	defer srv.Close()

	client, err := discovery.NewDiscoveryClientForConfig(&rest.Config{Host: srv.URL})
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := client.ServerVersion()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Kubernetes %s.%s\n", v.Major, v.Minor)

	apps, err := client.ServerResourcesForGroupVersion("apps/v1")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range apps.APIResources {
		if !strings.Contains(r.Name, "/") {
			fmt.Println(r.Name, r.Kind, r.ShortNames)
		}
	}
	// Output:
	// Kubernetes 1.34
	// controllerrevisions ControllerRevision []
	// daemonsets DaemonSet [ds]
	// deployments Deployment [deploy]
	// replicasets ReplicaSet [rs]
	// statefulsets StatefulSet [sts]
}
