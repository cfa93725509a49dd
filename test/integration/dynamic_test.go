//go:build integration

package integration

import (
	"context"
	"testing"
	"time"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	crdGVR    = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}
	widgetGVR = schema.GroupVersionResource{Group: "skiff.test", Version: "v1", Resource: "widgets"}
)

// widgetCRD is a namespaced CRD with status and scale subresources.
func widgetCRD() *unstructured.Unstructured {
	schemaProps := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"spec": map[string]any{"type": "object", "properties": map[string]any{
				"replicas": map[string]any{"type": "integer"},
				"color":    map[string]any{"type": "string"},
			}},
			"status": map[string]any{"type": "object", "properties": map[string]any{
				"replicas": map[string]any{"type": "integer"},
				"ready":    map[string]any{"type": "boolean"},
			}},
		},
	}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1",
		"kind":       "CustomResourceDefinition",
		"metadata":   map[string]any{"name": "widgets.skiff.test"},
		"spec": map[string]any{
			"group": "skiff.test",
			"scope": "Namespaced",
			"names": map[string]any{"plural": "widgets", "singular": "widget", "kind": "Widget",
				"listKind": "WidgetList", "shortNames": []any{"wd"}},
			"versions": []any{map[string]any{
				"name": "v1", "served": true, "storage": true,
				"schema": map[string]any{"openAPIV3Schema": schemaProps},
				"subresources": map[string]any{
					"status": map[string]any{},
					"scale":  map[string]any{"specReplicasPath": ".spec.replicas", "statusReplicasPath": ".status.replicas"},
				},
			}},
		},
	}}
}

// ensureWidgetCRD creates the Widget CRD (once per run) and waits until
// it is Established and its resource is served.
func ensureWidgetCRD(t *testing.T, ctx context.Context, dc *dynamic.DynamicClient) {
	t.Helper()
	ensureCRD(t, ctx, dc, widgetCRD(), widgetGVR)
}

// ensureCRD creates crd unless it exists and waits until it is
// Established and gvr is served.
func ensureCRD(t *testing.T, ctx context.Context, dc *dynamic.DynamicClient, crd *unstructured.Unstructured, gvr schema.GroupVersionResource) {
	t.Helper()
	_, err := dc.Resource(crdGVR).Create(ctx, crd, metav1.CreateOptions{})
	if err != nil && !apierrors.IsAlreadyExists(err) {
		require.NoError(t, err, "create CRD")
	}
	for {
		got, err := dc.Resource(crdGVR).Get(ctx, crd.GetName(), metav1.GetOptions{})
		require.NoError(t, err, "get CRD")
		conds, _, _ := unstructured.NestedSlice(got.Object, "status", "conditions")
		established := false
		for _, c := range conds {
			m, _ := c.(map[string]any)
			if m["type"] == "Established" && m["status"] == "True" {
				established = true
			}
		}
		if established {
			// Established can precede the handler serving the resource.
			if _, err := dc.Resource(gvr).Namespace("default").List(ctx, metav1.ListOptions{}); err == nil {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("CRD %s not established: %v", crd.GetName(), ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// widget returns a Widget named name.
func widget(name string, replicas int64) *unstructured.Unstructured {
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "skiff.test/v1",
		"kind":       "Widget",
		"metadata":   map[string]any{"name": name},
		"spec":       map[string]any{"replicas": replicas, "color": "blue"},
	}}
}

// TestDynamicCRD creates a CRD, waits for it, and works with its objects
// through the dynamic client: CRUD, list, merge patch, status and scale.
func TestDynamicCRD(t *testing.T) {
	e := newEnv(t)
	dc, err := dynamic.NewForConfig(adminConfig(t))
	require.NoError(t, err, "dynamic.NewForConfig")
	ensureWidgetCRD(t, e.ctx, dc)
	widgets := dc.Resource(widgetGVR).Namespace(e.ns)

	w, err := widgets.Create(e.ctx, widget("w1", 1), metav1.CreateOptions{})
	require.NoError(t, err, "create widget")
	assert.NotEmpty(t, w.GetUID())
	assert.Equal(t, "Widget", w.GetKind())

	w.Object["status"] = map[string]any{"replicas": int64(1), "ready": true}
	w, err = widgets.UpdateStatus(e.ctx, w, metav1.UpdateOptions{})
	require.NoError(t, err, "UpdateStatus")
	ready, _, _ := unstructured.NestedBool(w.Object, "status", "ready")
	assert.True(t, ready, "status.ready after UpdateStatus")

	w, err = widgets.Patch(e.ctx, "w1", types.MergePatchType, []byte(`{"spec":{"color":"red"}}`), metav1.PatchOptions{})
	require.NoError(t, err, "merge patch")
	color, _, _ := unstructured.NestedString(w.Object, "spec", "color")
	assert.Equal(t, "red", color)
	_, err = widgets.Patch(e.ctx, "w1", types.StrategicMergePatchType, []byte(`{"spec":{}}`), metav1.PatchOptions{})
	assert.True(t, apierrors.IsUnsupportedMediaType(err), "strategic merge on a CR: want 415, got %v", err)

	scale, err := widgets.Get(e.ctx, "w1", metav1.GetOptions{}, "scale")
	require.NoError(t, err, "get scale")
	assert.Equal(t, "Scale", scale.GetKind())
	require.NoError(t, unstructured.SetNestedField(scale.Object, int64(5), "spec", "replicas"))
	_, err = widgets.Update(e.ctx, scale, metav1.UpdateOptions{}, "scale")
	require.NoError(t, err, "update scale")
	w, err = widgets.Get(e.ctx, "w1", metav1.GetOptions{})
	require.NoError(t, err, "get widget")
	replicas, _, _ := unstructured.NestedInt64(w.Object, "spec", "replicas")
	assert.Equal(t, int64(5), replicas, "spec.replicas after scale update")

	_, err = widgets.Create(e.ctx, widget("w2", 2), metav1.CreateOptions{})
	require.NoError(t, err, "create second widget")
	list, err := widgets.List(e.ctx, metav1.ListOptions{Limit: 1})
	require.NoError(t, err, "list")
	assert.Len(t, list.Items, 1, "page of one")
	assert.NotEmpty(t, list.GetContinue(), "continue token for the second page")

	require.NoError(t, widgets.Delete(e.ctx, "w1", metav1.DeleteOptions{}), "delete")
	_, err = widgets.Get(e.ctx, "w1", metav1.GetOptions{})
	assert.True(t, apierrors.IsNotFound(err), "get after delete: want IsNotFound, got %v", err)
}

// TestDiscoveryClient reads the server through the discovery client, both
// aggregated and legacy, and finds built-in resources and the CRD.
func TestDiscoveryClient(t *testing.T) {
	e := newEnv(t)
	cfg := adminConfig(t)
	dc, err := dynamic.NewForConfig(cfg)
	require.NoError(t, err)
	ensureWidgetCRD(t, e.ctx, dc)
	disc, err := discovery.NewDiscoveryClientForConfig(cfg)
	require.NoError(t, err, "NewDiscoveryClientForConfig")

	v, err := disc.ServerVersion()
	require.NoError(t, err, "ServerVersion")
	assert.Equal(t, "v1.34.4", v.GitVersion)

	for name, d := range map[string]discovery.DiscoveryInterface{"aggregated": disc, "legacy": disc.WithLegacy()} {
		t.Run(name, func(t *testing.T) {
			groups, resources, err := discovery.ServerGroupsAndResources(d)
			require.NoError(t, err, "ServerGroupsAndResources")
			var names []string
			for _, g := range groups {
				names = append(names, g.Name)
			}
			assert.Subset(t, names, []string{"", "apps", "apiextensions.k8s.io", "skiff.test"})
			gvrs, err := discovery.GroupVersionResources(resources)
			require.NoError(t, err)
			assert.Contains(t, gvrs, schema.GroupVersionResource{Version: "v1", Resource: "pods"})
			assert.Contains(t, gvrs, schema.GroupVersionResource{Group: "apps", Version: "v1", Resource: "deployments"})
			assert.Contains(t, gvrs, widgetGVR)

			rl, err := d.ServerResourcesForGroupVersion("skiff.test/v1")
			require.NoError(t, err, "ServerResourcesForGroupVersion")
			found := false
			for _, r := range rl.APIResources {
				if r.Name == "widgets" {
					found = true
					assert.Equal(t, "Widget", r.Kind)
					assert.Equal(t, []string{"wd"}, r.ShortNames)
					assert.True(t, r.Namespaced)
				}
			}
			assert.True(t, found, "widgets in skiff.test/v1")
		})
	}
}
