//go:build integration

package integration

import (
	"context"
	"fmt"
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/tools/pager"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var configMapGVR = schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}

// appliedConfigMap is an apply configuration of a ConfigMap with data.
func appliedConfigMap(name string, data map[string]any) *unstructured.Unstructured {
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]any{"name": name},
		"data":     data,
	}}
}

// TestServerSideApply applies through the dynamic client as two field
// managers: the second conflicts on a field the first owns (409) until it
// forces, and managedFields name both.
func TestServerSideApply(t *testing.T) {
	e := newEnv(t)
	dc, err := dynamic.NewForConfig(adminConfig(t))
	require.NoError(t, err)
	cms := dc.Resource(configMapGVR).Namespace(e.ns)

	got, err := cms.Apply(e.ctx, "ssa", appliedConfigMap("ssa", map[string]any{"a": "1"}), metav1.ApplyOptions{FieldManager: "alice"})
	require.NoError(t, err, "first apply creates")
	data, _, _ := unstructured.NestedStringMap(got.Object, "data")
	assert.Equal(t, map[string]string{"a": "1"}, data)

	_, err = cms.Apply(e.ctx, "ssa", appliedConfigMap("ssa", map[string]any{"a": "2"}), metav1.ApplyOptions{FieldManager: "bob"})
	require.Error(t, err, "bob changing alice's field")
	assert.True(t, apierrors.IsConflict(err), "want IsConflict, got %v", err)

	got, err = cms.Apply(e.ctx, "ssa", appliedConfigMap("ssa", map[string]any{"a": "2", "b": "x"}),
		metav1.ApplyOptions{FieldManager: "bob", Force: true})
	require.NoError(t, err, "forced apply")
	data, _, _ = unstructured.NestedStringMap(got.Object, "data")
	assert.Equal(t, map[string]string{"a": "2", "b": "x"}, data)
	var managers []string
	for _, mf := range got.GetManagedFields() {
		managers = append(managers, mf.Manager)
		assert.Equal(t, metav1.ManagedFieldsOperationApply, mf.Operation, "manager %s", mf.Manager)
	}
	assert.ElementsMatch(t, []string{"bob"}, managers, "alice lost her only field to bob")

	// Applying without a field bob owned removes it.
	got, err = cms.Apply(e.ctx, "ssa", appliedConfigMap("ssa", map[string]any{"a": "2"}), metav1.ApplyOptions{FieldManager: "bob"})
	require.NoError(t, err, "apply dropping b")
	data, _, _ = unstructured.NestedStringMap(got.Object, "data")
	assert.Equal(t, map[string]string{"a": "2"}, data)
}

// TestListPager pages through 25 ConfigMaps five at a time with
// tools/pager and gets them all in one list.
func TestListPager(t *testing.T) {
	e := newEnv(t)
	for i := 0; i < 25; i++ {
		require.NoError(t, e.core.Post().Namespace(e.ns).Resource("configmaps").
			Body(configMap(fmt.Sprintf("p-%02d", i), nil)).Do(e.ctx).Error())
	}
	pages := 0
	p := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		pages++
		list := &corev1.ConfigMapList{}
		err := e.core.Get().Namespace(e.ns).Resource("configmaps").VersionedParams(&opts, e.ts.params).Do(ctx).Into(list)
		return list, err
	})
	p.PageSize = 5
	obj, paginated, err := p.List(e.ctx, metav1.ListOptions{})
	require.NoError(t, err, "pager List")
	assert.True(t, paginated)
	assert.Equal(t, 5, pages, "pages of 5 for 25 items")
	items, err := meta.ExtractList(obj)
	require.NoError(t, err)
	assert.Len(t, items, 25)
}
