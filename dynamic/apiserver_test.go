package dynamic_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

var (
	configMapsGVR = schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
	deploymentGVR = schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"}
	namespacesGVR = schema.GroupVersionResource{Version: "v1", Resource: "namespaces"}
)

// newServerClient returns a dynamic client of a fresh in-memory API server.
func newServerClient(t *testing.T) dynamic.Interface {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	t.Cleanup(server.Close)
	client, err := dynamic.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	return client
}

func configMap(name, value string) *unstructured.Unstructured {
	return &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]interface{}{"name": name},
		"data":     map[string]interface{}{"k": value},
	}}
}

// TestAgainstAPIServer runs every verb against the in-memory API server.
func TestAgainstAPIServer(t *testing.T) {
	ctx := context.Background()
	client := newServerClient(t)
	cms := client.Resource(configMapsGVR).Namespace("default")

	w, err := cms.Watch(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	defer w.Stop()

	created, err := cms.Create(ctx, configMap("a", "1"), metav1.CreateOptions{})
	require.NoError(t, err)
	assert.NotEmpty(t, created.GetResourceVersion())
	ev := <-w.ResultChan()
	assert.Equal(t, watch.Added, ev.Type)
	assert.Equal(t, "a", ev.Object.(*unstructured.Unstructured).GetName())

	_, err = cms.Create(ctx, configMap("a", "1"), metav1.CreateOptions{})
	assert.True(t, apierrors.IsAlreadyExists(err), "second create: got %v", err)

	got, err := cms.Get(ctx, "a", metav1.GetOptions{})
	require.NoError(t, err)
	require.NoError(t, unstructured.SetNestedField(got.Object, "2", "data", "k"))
	updated, err := cms.Update(ctx, got, metav1.UpdateOptions{})
	require.NoError(t, err)
	assertData(t, updated, "2")

	stale := created.DeepCopy()
	_, err = cms.Update(ctx, stale, metav1.UpdateOptions{})
	assert.True(t, apierrors.IsConflict(err), "stale update: got %v", err)

	patched, err := cms.Patch(ctx, "a", types.MergePatchType, []byte(`{"data":{"k":"3"}}`), metav1.PatchOptions{})
	require.NoError(t, err)
	assertData(t, patched, "3")
	patched, err = cms.Patch(ctx, "a", types.JSONPatchType, []byte(`[{"op":"replace","path":"/data/k","value":"4"}]`), metav1.PatchOptions{})
	require.NoError(t, err)
	assertData(t, patched, "4")

	require.NoError(t, cms.Delete(ctx, "a", metav1.DeleteOptions{}))
	_, err = cms.Get(ctx, "a", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "get after delete: got %v", err)
	err = cms.Delete(ctx, "a", metav1.DeleteOptions{})
	assert.True(t, apierrors.IsNotFound(err), "second delete: got %v", err)
}

func assertData(t *testing.T, obj *unstructured.Unstructured, want string) {
	t.Helper()
	got, _, err := unstructured.NestedString(obj.Object, "data", "k")
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// TestAPIServerPagingAndCollections pages a list with continue tokens,
// deletes a collection by label and lists a cluster-scoped resource.
func TestAPIServerPagingAndCollections(t *testing.T) {
	ctx := context.Background()
	client := newServerClient(t)
	cms := client.Resource(configMapsGVR).Namespace("default")
	for i := 0; i < 5; i++ {
		cm := configMap(fmt.Sprintf("cm-%d", i), "v")
		cm.SetLabels(map[string]string{"batch": fmt.Sprint(i % 2)})
		_, err := cms.Create(ctx, cm, metav1.CreateOptions{})
		require.NoError(t, err)
	}
	var names []string
	opts := metav1.ListOptions{Limit: 2}
	pages := 0
	for {
		list, err := cms.List(ctx, opts)
		require.NoError(t, err)
		pages++
		for _, item := range list.Items {
			assert.Equal(t, "ConfigMap", item.GetKind())
			names = append(names, item.GetName())
		}
		if list.GetContinue() == "" {
			break
		}
		opts.Continue = list.GetContinue()
	}
	assert.Equal(t, []string{"cm-0", "cm-1", "cm-2", "cm-3", "cm-4"}, names)
	assert.Equal(t, 3, pages)

	require.NoError(t, cms.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{LabelSelector: "batch=0"}))
	list, err := cms.List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	assert.Len(t, list.Items, 2)

	namespaces, err := client.Resource(namespacesGVR).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	assert.NotEmpty(t, namespaces.Items)
	_, err = client.Resource(namespacesGVR).Get(ctx, "default", metav1.GetOptions{})
	require.NoError(t, err)
}

// TestAPIServerStatusSubresource updates a deployment's status through the
// status subresource.
func TestAPIServerStatusSubresource(t *testing.T) {
	ctx := context.Background()
	client := newServerClient(t)
	deployments := client.Resource(deploymentGVR).Namespace("default")
	deploy := &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]interface{}{"name": "web"},
		"spec": map[string]interface{}{
			"selector": map[string]interface{}{"matchLabels": map[string]interface{}{"app": "web"}},
			"template": map[string]interface{}{
				"metadata": map[string]interface{}{"labels": map[string]interface{}{"app": "web"}},
				"spec":     map[string]interface{}{"containers": []interface{}{map[string]interface{}{"name": "c", "image": "nginx"}}},
			},
		},
	}}
	created, err := deployments.Create(ctx, deploy, metav1.CreateOptions{})
	require.NoError(t, err)
	require.NoError(t, unstructured.SetNestedField(created.Object, int64(3), "status", "observedGeneration"))
	updated, err := deployments.UpdateStatus(ctx, created, metav1.UpdateOptions{})
	require.NoError(t, err)
	got, _, err := unstructured.NestedInt64(updated.Object, "status", "observedGeneration")
	require.NoError(t, err)
	assert.Equal(t, int64(3), got)
	fetched, err := deployments.Get(ctx, "web", metav1.GetOptions{}, "status")
	require.NoError(t, err)
	assert.Equal(t, "web", fetched.GetName())
}

// TestAPIServerFaults checks injected server failures: a watch ended with
// a 410 ERROR event and a 500 answer surfacing as a StatusError.
func TestAPIServerFaults(t *testing.T) {
	ctx := context.Background()
	server, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	defer server.Close()
	client, err := dynamic.NewForConfig(server.RESTConfig())
	require.NoError(t, err)
	cms := client.Resource(configMapsGVR).Namespace("default")

	remove := server.InjectFault(apiserver.Fault{Query: "watch=true", WatchGone: true})
	w, err := cms.Watch(ctx, metav1.ListOptions{ResourceVersion: "1"})
	require.NoError(t, err)
	var last watch.Event
	for ev := range w.ResultChan() {
		last = ev
	}
	w.Stop()
	remove()
	require.Equal(t, watch.Error, last.Type)
	_, isUnstructured := last.Object.(*unstructured.Unstructured)
	assert.True(t, isUnstructured, "the ERROR object is %T, want *unstructured.Unstructured", last.Object)
	assert.True(t, apierrors.IsResourceExpired(apierrors.FromObject(last.Object)) || apierrors.IsGone(apierrors.FromObject(last.Object)),
		"got %v, want a 410", apierrors.FromObject(last.Object))

	server.InjectFault(apiserver.Fault{Method: "GET", Status: 500, Message: "etcd is sad", Times: 1})
	_, err = cms.Get(ctx, "x", metav1.GetOptions{})
	var statusErr *apierrors.StatusError
	require.ErrorAs(t, err, &statusErr)
	assert.True(t, apierrors.IsInternalError(err), "got %v", err)
	assert.Contains(t, err.Error(), "etcd is sad")
}
