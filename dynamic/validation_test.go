package dynamic_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/dynamic"
)

// TestValidation checks the errors returned before any request is sent.
func TestValidation(t *testing.T) {
	ctx := context.Background()
	noName := &unstructured.Unstructured{Object: map[string]interface{}{"kind": "Flip"}}
	named := func(name string) *unstructured.Unstructured {
		return &unstructured.Unstructured{Object: map[string]interface{}{"metadata": map[string]interface{}{"name": name}}}
	}
	withManagedFields := named("mips")
	withManagedFields.SetManagedFields([]metav1.ManagedFieldsEntry{{Manager: "kubectl"}})
	tests := []struct {
		name      string
		namespace string
		call      func(c dynamic.ResourceInterface) error
		want      string
	}{
		{"get empty name", "ns", func(c dynamic.ResourceInterface) error { _, err := c.Get(ctx, "", metav1.GetOptions{}); return err }, "name is required"},
		{"update empty name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Update(ctx, noName, metav1.UpdateOptions{})
			return err
		}, "name is required"},
		{"update status empty name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.UpdateStatus(ctx, noName, metav1.UpdateOptions{})
			return err
		}, "name is required"},
		{"delete empty name", "ns", func(c dynamic.ResourceInterface) error { return c.Delete(ctx, "", metav1.DeleteOptions{}) }, "name is required"},
		{"patch empty name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Patch(ctx, "", types.MergePatchType, []byte(`{}`), metav1.PatchOptions{})
			return err
		}, "name is required"},
		{"apply empty name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Apply(ctx, "", named("x"), metav1.ApplyOptions{})
			return err
		}, "name is required"},
		{"create subresource without name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Create(ctx, noName, metav1.CreateOptions{}, "status")
			return err
		}, "name is required"},
		{"bad name", "ns", func(c dynamic.ResourceInterface) error { _, err := c.Get(ctx, "a/b", metav1.GetOptions{}); return err }, `invalid resource name "a/b": [may not contain '/']`},
		{"dot name", "ns", func(c dynamic.ResourceInterface) error { return c.Delete(ctx, "..", metav1.DeleteOptions{}) }, `invalid resource name "..": [may not be '..']`},
		{"bad object name", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Update(ctx, named("x%y"), metav1.UpdateOptions{})
			return err
		}, `invalid resource name "x%y": [may not contain '%']`},
		{"bad namespace get", "a/b", func(c dynamic.ResourceInterface) error { _, err := c.Get(ctx, "x", metav1.GetOptions{}); return err }, `invalid namespace "a/b": [may not contain '/']`},
		{"bad namespace list", ".", func(c dynamic.ResourceInterface) error { _, err := c.List(ctx, metav1.ListOptions{}); return err }, `invalid namespace ".": [may not be '.']`},
		{"bad namespace watch", "a%b", func(c dynamic.ResourceInterface) error { _, err := c.Watch(ctx, metav1.ListOptions{}); return err }, `invalid namespace "a%b": [may not contain '%']`},
		{"bad namespace create", "a/b", func(c dynamic.ResourceInterface) error {
			_, err := c.Create(ctx, named("x"), metav1.CreateOptions{})
			return err
		}, `invalid namespace "a/b": [may not contain '/']`},
		{"bad namespace delete collection", "..", func(c dynamic.ResourceInterface) error {
			return c.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{})
		}, `invalid namespace "..": [may not be '..']`},
		{"apply managed fields", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Apply(ctx, "mips", withManagedFields, metav1.ApplyOptions{})
			return err
		}, "cannot apply an object with managed fields already set: remove metadata.managedFields, or extract the apply configuration of your field manager and apply that"},
		{"create nil", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Create(ctx, nil, metav1.CreateOptions{})
			return err
		}, "dynamic create: object is required"},
		{"update nil", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Update(ctx, nil, metav1.UpdateOptions{})
			return err
		}, "dynamic update: object is required"},
		{"apply nil", "ns", func(c dynamic.ResourceInterface) error {
			_, err := c.Apply(ctx, "x", nil, metav1.ApplyOptions{})
			return err
		}, "dynamic apply: object is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, fixed(http.StatusOK, flipJSON))
			err := tt.call(rec.client(t).Resource(flips).Namespace(tt.namespace))
			assert.EqualError(t, err, tt.want)
			assert.Zero(t, rec.count(), "no request may be sent")
		})
	}
}
