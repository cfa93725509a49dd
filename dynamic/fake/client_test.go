package fake

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

var widgets = schema.GroupVersionResource{Group: "example.com", Version: "v1", Resource: "widgets"}

// widget returns a namespaced custom object.
func widget(ns, name, color string) *unstructured.Unstructured {
	u := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "example.com/v1", "kind": "Widget",
		"metadata": map[string]any{"namespace": ns, "name": name, "labels": map[string]any{"color": color}},
		"spec":     map[string]any{"size": int64(3)},
	}}
	return u
}

func TestSeededCustomAndBuiltinObjects(t *testing.T) {
	cm := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "ns", Name: "cm"}, Data: map[string]string{"k": "v"}}
	c := NewSimpleDynamicClient(scheme.Scheme, cm, widget("ns", "a", "red"), widget("ns", "b", "blue"))
	ctx := context.Background()

	got, err := c.Resource(schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}).Namespace("ns").Get(ctx, "cm", metav1.GetOptions{})
	require.NoError(t, err)
	data, _, _ := unstructured.NestedString(got.Object, "data", "k")
	assert.Equal(t, "v", data)

	tests := []struct {
		name string
		opts metav1.ListOptions
		want []string
	}{
		{"all", metav1.ListOptions{}, []string{"a", "b"}},
		{"label", metav1.ListOptions{LabelSelector: "color=red"}, []string{"a"}},
		{"field", metav1.ListOptions{FieldSelector: "metadata.name=b"}, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := c.Resource(widgets).Namespace("ns").List(ctx, tt.opts)
			require.NoError(t, err)
			var names []string
			for _, it := range list.Items {
				names = append(names, it.GetName())
			}
			assert.ElementsMatch(t, tt.want, names)
		})
	}
}

func TestCustomListKindsAndActions(t *testing.T) {
	c := NewSimpleDynamicClientWithCustomListKinds(runtime.NewScheme(), map[schema.GroupVersionResource]string{widgets: "WidgetList"})
	ctx := context.Background()
	ri := c.Resource(widgets).Namespace("default")
	_, err := ri.Create(ctx, widget("default", "w", "green"), metav1.CreateOptions{})
	require.NoError(t, err)
	_, err = ri.Patch(ctx, "w", types.MergePatchType, []byte(`{"spec":{"size":5}}`), metav1.PatchOptions{})
	require.NoError(t, err)
	got, err := ri.Get(ctx, "w", metav1.GetOptions{})
	require.NoError(t, err)
	size, _, _ := unstructured.NestedInt64(got.Object, "spec", "size")
	assert.Equal(t, int64(5), size)

	var verbs []string
	for _, a := range c.Actions() {
		verbs = append(verbs, a.GetVerb())
	}
	assert.Equal(t, []string{"create", "patch", "get"}, verbs)
	obj := c.Actions()[0].(clienttesting.CreateAction).GetObject()
	_, ok := obj.(*unstructured.Unstructured)
	assert.True(t, ok, "got %T, want *unstructured.Unstructured", obj)
}

func TestReactorAndWatch(t *testing.T) {
	c := NewSimpleDynamicClient(runtime.NewScheme(), widget("default", "seed", "red"))
	c.PrependReactor("delete", "widgets", func(clienttesting.Action) (bool, runtime.Object, error) {
		return true, nil, errors.New("no deletes")
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ri := c.Resource(widgets).Namespace("default")
	err := ri.Delete(ctx, "seed", metav1.DeleteOptions{})
	require.Error(t, err)
	assert.Equal(t, "no deletes", err.Error())

	w, err := ri.Watch(ctx, metav1.ListOptions{ResourceVersion: "0"})
	require.NoError(t, err)
	defer w.Stop()
	e := <-w.ResultChan()
	require.Equal(t, watch.Added, e.Type)
	assert.Equal(t, "seed", e.Object.(*unstructured.Unstructured).GetName())

	_, err = c.Resource(schema.GroupVersionResource{Group: "other.io", Version: "v1", Resource: "things"}).List(ctx, metav1.ListOptions{})
	assert.True(t, apierrors.IsNotFound(err), "an unregistered resource is not served: got %v", err)
}

func TestSeedWithList(t *testing.T) {
	list := &unstructured.UnstructuredList{Object: map[string]any{"apiVersion": "example.com/v1", "kind": "WidgetList"}}
	list.Items = []unstructured.Unstructured{*widget("default", "l1", "red"), *widget("default", "l2", "red")}
	c := NewSimpleDynamicClient(runtime.NewScheme(), list)
	got, err := c.Resource(widgets).Namespace("default").List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	assert.Len(t, got.Items, 2)
}

func TestCreateRegistersUnknownCustomResource(t *testing.T) {
	c := NewSimpleDynamicClient(runtime.NewScheme())
	ctx := context.Background()
	gizmos := schema.GroupVersionResource{Group: "toys.example.com", Version: "v2", Resource: "gizmos"}
	obj := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "toys.example.com/v2", "kind": "Gizmo",
		"metadata": map[string]any{"name": "g1"},
	}}
	_, err := c.Resource(gizmos).Namespace("default").Create(ctx, obj, metav1.CreateOptions{})
	require.NoError(t, err)
	list, err := c.Resource(gizmos).Namespace("default").List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	require.Len(t, list.Items, 1)
	assert.Equal(t, "g1", list.Items[0].GetName())
	assert.Equal(t, "Gizmo", list.Items[0].GetKind())
}
