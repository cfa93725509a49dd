package cache

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTransformStripManagedFields(t *testing.T) {
	managed := []metav1.ManagedFieldsEntry{{Manager: "kubectl", Operation: metav1.ManagedFieldsOperationApply}}
	typed := func() interface{} {
		p := pod("ns", "a", "x")
		p.ManagedFields = managed
		return p
	}
	untyped := func() interface{} {
		u := &unstructured.Unstructured{Object: map[string]interface{}{
			"apiVersion": "v1", "kind": "Pod",
			"metadata": map[string]interface{}{"name": "a", "namespace": "ns", "labels": map[string]interface{}{"app": "x"}},
		}}
		u.SetManagedFields(managed)
		return u
	}
	tests := []struct {
		name  string
		input func() interface{}
		check func(t *testing.T, got interface{})
	}{
		{"typed pod", typed, func(t *testing.T, got interface{}) {
			p := got.(*corev1.Pod)
			assert.Nil(t, p.ManagedFields, "managedFields")
			assert.Equal(t, "x", p.Labels["tags"], "other metadata kept")
		}},
		{"unstructured pod", untyped, func(t *testing.T, got interface{}) {
			u := got.(*unstructured.Unstructured)
			md := u.Object["metadata"].(map[string]interface{})
			_, has := md["managedFields"]
			assert.False(t, has, "metadata.managedFields present: %v", md)
			assert.Equal(t, map[string]string{"app": "x"}, u.GetLabels(), "other metadata kept")
		}},
		{"pod without managedFields", func() interface{} { return pod("ns", "b", "") }, func(t *testing.T, got interface{}) {
			assert.Equal(t, "b", got.(*corev1.Pod).Name, "name")
		}},
		{"tombstone passes through", func() interface{} { return DeletedFinalStateUnknown{Key: "ns/a", Obj: typed()} }, func(t *testing.T, got interface{}) {
			assert.Equal(t, "ns/a", got.(DeletedFinalStateUnknown).Key, "key")
		}},
		{"non-object passes through", func() interface{} { return "text" }, func(t *testing.T, got interface{}) {
			assert.Equal(t, "text", got, "value")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := TransformStripManagedFields(tt.input())
			require.NoError(t, err)
			tt.check(t, got)
		})
	}
}
