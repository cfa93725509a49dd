package dynamiclister_test

import (
	"testing"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/dynamic/dynamiclister"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// objectNames returns the namespace/name keys of objs, sorted.
func objectNames(t *testing.T, objs []runtime.Object) []string {
	t.Helper()
	var us []*unstructured.Unstructured
	for _, o := range objs {
		u, ok := o.(*unstructured.Unstructured)
		require.True(t, ok, "shim returned %T, want *unstructured.Unstructured", o)
		us = append(us, u)
	}
	return names(us)
}

func TestRuntimeObjectShim(t *testing.T) {
	shim := dynamiclister.NewRuntimeObjectShim(dynamiclister.New(newIndexer(t, false, fixture()...), widgets))
	web := labels.SelectorFromSet(labels.Set{"app": "web"})

	t.Run("List", func(t *testing.T) {
		got, err := shim.List(web)
		require.NoError(t, err)
		assert.Equal(t, []string{"global", "ns-a/one", "ns-b/three"}, objectNames(t, got))
	})
	t.Run("ByNamespace List", func(t *testing.T) {
		got, err := shim.ByNamespace("ns-a").List(labels.Everything())
		require.NoError(t, err)
		assert.Equal(t, []string{"ns-a/one", "ns-a/two"}, objectNames(t, got))
	})
	t.Run("Get", func(t *testing.T) {
		got, err := shim.Get("global")
		require.NoError(t, err)
		assert.Equal(t, []string{"global"}, objectNames(t, []runtime.Object{got}))
	})
	t.Run("ByNamespace Get", func(t *testing.T) {
		got, err := shim.ByNamespace("ns-a").Get("two")
		require.NoError(t, err)
		assert.Equal(t, []string{"ns-a/two"}, objectNames(t, []runtime.Object{got}))
	})
	t.Run("missing is NotFound and a nil Object", func(t *testing.T) {
		for _, get := range []func(string) (runtime.Object, error){shim.Get, shim.ByNamespace("ns-b").Get} {
			got, err := get("nope")
			assert.True(t, apierrors.IsNotFound(err), "IsNotFound(%v)", err)
			assert.True(t, got == nil, "got %#v, want a nil runtime.Object", got)
		}
	})
	t.Run("empty List is nil", func(t *testing.T) {
		got, err := shim.ByNamespace("ns-z").List(labels.Everything())
		require.NoError(t, err)
		assert.Nil(t, got)
	})
}
