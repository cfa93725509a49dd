//go:build integration

package integration

import (
	"testing"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/dynamic"
	stablev1 "github.com/skiff-k8s/skiff/examples/crd/apis/stable/v1"
	crdclient "github.com/skiff-k8s/skiff/examples/crd/client"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var cronTabGVR = schema.GroupVersionResource{Group: "stable.example.com", Version: "v1", Resource: "crontabs"}

// cronTabCRD is the CRD of examples/crd (also applied by
// hack/integration/examples.sh, so it is left in place).
func cronTabCRD() *unstructured.Unstructured {
	str := map[string]any{"type": "string"}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1",
		"kind":       "CustomResourceDefinition",
		"metadata":   map[string]any{"name": "crontabs.stable.example.com"},
		"spec": map[string]any{
			"group": "stable.example.com",
			"scope": "Namespaced",
			"names": map[string]any{"plural": "crontabs", "singular": "crontab", "kind": "CronTab",
				"listKind": "CronTabList", "shortNames": []any{"ct"}},
			"versions": []any{map[string]any{
				"name": "v1", "served": true, "storage": true,
				"subresources": map[string]any{"status": map[string]any{}},
				"schema": map[string]any{"openAPIV3Schema": map[string]any{
					"type": "object",
					"properties": map[string]any{
						"spec": map[string]any{"type": "object", "properties": map[string]any{
							"cronSpec": str, "image": str, "replicas": map[string]any{"type": "integer"}}},
						"status": map[string]any{"type": "object", "x-kubernetes-preserve-unknown-fields": true},
					},
				}},
			}},
		},
	}}
}

// TestGeneratedCRDClient uses the clientset hack/gen-client generated for
// examples/crd against the CronTab CRD on the real server.
func TestGeneratedCRDClient(t *testing.T) {
	e := newEnv(t)
	cfg := adminConfig(t)
	dc, err := dynamic.NewForConfig(cfg)
	require.NoError(t, err)
	ensureCRD(t, e.ctx, dc, cronTabCRD(), cronTabGVR)
	cs, err := crdclient.NewForConfig(cfg)
	require.NoError(t, err, "generated NewForConfig")
	crontabs := cs.StableV1().CronTabs(e.ns)

	w, err := crontabs.Watch(e.ctx, metav1.ListOptions{})
	require.NoError(t, err, "watch")
	defer w.Stop()

	one := int32(1)
	ct, err := crontabs.Create(e.ctx, &stablev1.CronTab{
		ObjectMeta: metav1.ObjectMeta{Name: "nightly"},
		Spec:       stablev1.CronTabSpec{CronSpec: "0 2 * * *", Image: "report:1", Replicas: &one},
	}, metav1.CreateOptions{})
	require.NoError(t, err, "create")
	assert.Equal(t, "0 2 * * *", ct.Spec.CronSpec)

	ct.Spec.Image = "report:2"
	ct, err = crontabs.Update(e.ctx, ct, metav1.UpdateOptions{})
	require.NoError(t, err, "update")
	assert.Equal(t, "report:2", ct.Spec.Image)

	ct.Status.Active = 2
	ct.Spec.Image = "ignored-through-status"
	ct, err = crontabs.UpdateStatus(e.ctx, ct, metav1.UpdateOptions{})
	require.NoError(t, err, "UpdateStatus")
	assert.Equal(t, int32(2), ct.Status.Active)
	assert.Equal(t, "report:2", ct.Spec.Image, "spec is not written through status")

	list, err := crontabs.List(e.ctx, metav1.ListOptions{})
	require.NoError(t, err, "list")
	require.Len(t, list.Items, 1)
	assert.Equal(t, "nightly", list.Items[0].Name)

	select {
	case ev := <-w.ResultChan():
		require.Equal(t, watch.Added, ev.Type)
		got, ok := ev.Object.(*stablev1.CronTab)
		require.True(t, ok, "watch object is %T", ev.Object)
		assert.Equal(t, "nightly", got.Name)
	case <-time.After(30 * time.Second):
		t.Fatal("no ADDED event within 30s")
	}

	require.NoError(t, crontabs.Delete(e.ctx, "nightly", metav1.DeleteOptions{}), "delete")
	_, err = crontabs.Get(e.ctx, "nightly", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "get after delete: want IsNotFound, got %v", err)
}
