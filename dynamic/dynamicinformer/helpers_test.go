package dynamicinformer_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/internal/leakcheck"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
	"github.com/stretchr/testify/require"
)

// TestMain fails the run when goroutines the tests started are still
// running after they end.
func TestMain(m *testing.M) { leakcheck.Main(m) }

var (
	configMaps = schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
	crontabs   = schema.GroupVersionResource{Group: "stable.example.com", Version: "v1", Resource: "crontabs"}
)

// waitLimit bounds every wait for an event; it is a safety net against a
// hang, not a timing assertion.
const waitLimit = 30 * time.Second

// newClient returns a dynamic client of an in-memory server that also
// serves the CronTab CRD, and the server.
func newClient(t *testing.T) (dynamic.Interface, *apiserver.Server) {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err, "apiserver.New")
	crd := map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
		"metadata": map[string]any{"name": "crontabs.stable.example.com"},
		"spec": map[string]any{"group": "stable.example.com", "scope": "Namespaced",
			"names":    map[string]any{"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList"},
			"versions": []any{map[string]any{"name": "v1", "served": true, "storage": true}}},
	}
	require.NoError(t, server.AddCRD(crd), "AddCRD")
	for _, ns := range []string{"ns", "a", "b", "x", "y"} {
		require.NoError(t, server.Add(&corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}), "adding namespace %s", ns)
	}
	client, err := dynamic.NewForConfig(server.RESTConfig())
	require.NoError(t, err, "dynamic.NewForConfig")
	return client, server
}

// stopOnCleanup returns a stop channel closed when the test ends, before
// wait (the factory's Shutdown) runs.
func stopOnCleanup(t *testing.T, wait func()) chan struct{} {
	t.Helper()
	stop := make(chan struct{})
	t.Cleanup(func() {
		close(stop)
		wait()
	})
	return stop
}

// configMap returns a ConfigMap as an Unstructured.
func configMap(ns, name string, lbls map[string]string, data map[string]string) *unstructured.Unstructured {
	u := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ConfigMap"}}
	u.SetNamespace(ns)
	u.SetName(name)
	u.SetLabels(lbls)
	if data != nil {
		d := map[string]interface{}{}
		for k, v := range data {
			d[k] = v
		}
		u.Object["data"] = d
	}
	return u
}

// crontab returns a CronTab as an Unstructured.
func crontab(ns, name, spec string) *unstructured.Unstructured {
	return &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": "stable.example.com/v1", "kind": "CronTab",
		"metadata": map[string]interface{}{"namespace": ns, "name": name},
		"spec":     map[string]interface{}{"cronSpec": spec},
	}}
}

// create creates obj of gvr in its namespace.
func create(t *testing.T, client dynamic.Interface, gvr schema.GroupVersionResource, obj *unstructured.Unstructured) *unstructured.Unstructured {
	t.Helper()
	got, err := client.Resource(gvr).Namespace(obj.GetNamespace()).Create(context.Background(), obj, metav1.CreateOptions{})
	require.NoError(t, err, "creating %s %s/%s", gvr.Resource, obj.GetNamespace(), obj.GetName())
	return got
}

// recorder is a ResourceEventHandler writing one line per notification to
// a channel.
type recorder struct {
	events chan string
}

func newRecorder() *recorder { return &recorder{events: make(chan string, 100)} }

func key(obj interface{}) string {
	if tomb, ok := obj.(cache.DeletedFinalStateUnknown); ok {
		return "tombstone:" + tomb.Key
	}
	u, ok := obj.(*unstructured.Unstructured)
	if !ok {
		return fmt.Sprintf("unexpected %T", obj)
	}
	return cache.NewObjectName(u.GetNamespace(), u.GetName()).String()
}

func (r *recorder) OnAdd(obj interface{}, _ bool) { r.events <- "add " + key(obj) }

func (r *recorder) OnUpdate(oldObj, newObj interface{}) {
	r.events <- "update " + key(newObj) + " rv " +
		oldObj.(*unstructured.Unstructured).GetResourceVersion() + "->" + newObj.(*unstructured.Unstructured).GetResourceVersion()
}

func (r *recorder) OnDelete(obj interface{}) { r.events <- "delete " + key(obj) }

// next returns the next notification, failing the test when none comes.
func (r *recorder) next(t *testing.T) string {
	t.Helper()
	select {
	case e := <-r.events:
		return e
	case <-time.After(waitLimit):
		t.Fatal("no event arrived")
		return ""
	}
}

// collect returns the next n notifications as a set.
func (r *recorder) collect(t *testing.T, n int) map[string]bool {
	t.Helper()
	got := map[string]bool{}
	for range n {
		got[r.next(t)] = true
	}
	return got
}

// counter counts calls safely.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *counter) get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
