//go:build integration

package integration

import (
	"testing"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConfigMapCRUD creates, reads, updates and deletes a ConfigMap and
// checks the server's answers at each step.
func TestConfigMapCRUD(t *testing.T) {
	e := newEnv(t)
	created := &corev1.ConfigMap{}
	var wasCreated bool
	err := e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("cm", map[string]string{"a": "1"})).
		Do(e.ctx).WasCreated(&wasCreated).Into(created)
	require.NoError(t, err, "create")
	assert.True(t, wasCreated, "WasCreated after POST")
	assert.NotEmpty(t, created.UID, "uid set by the server")
	assert.NotEmpty(t, created.ResourceVersion, "resourceVersion set by the server")
	assert.Equal(t, e.ns, created.Namespace)

	got := &corev1.ConfigMap{}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("configmaps").Name("cm").Do(e.ctx).Into(got), "get")
	assert.Equal(t, map[string]string{"a": "1"}, got.Data, "data after get")
	// As with the reference's generated clients, the decoder of a
	// WithoutConversion factory leaves typed objects without TypeMeta.
	assert.Empty(t, got.Kind, "kind after get")
	assert.Empty(t, got.APIVersion, "apiVersion after get")

	got.Data["b"] = "2"
	updated := &corev1.ConfigMap{}
	require.NoError(t, e.core.Put().Namespace(e.ns).Resource("configmaps").Name("cm").Body(got).Do(e.ctx).Into(updated), "update")
	assert.Equal(t, map[string]string{"a": "1", "b": "2"}, updated.Data, "data after update")
	assert.NotEqual(t, got.ResourceVersion, updated.ResourceVersion, "resourceVersion changes on update")

	// got still carries the old resourceVersion: a second update conflicts.
	err = e.core.Put().Namespace(e.ns).Resource("configmaps").Name("cm").Body(got).Do(e.ctx).Error()
	assert.True(t, apierrors.IsConflict(err), "stale update: want IsConflict, got %v", err)

	err = e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("cm", nil)).Do(e.ctx).Error()
	assert.True(t, apierrors.IsAlreadyExists(err), "duplicate create: want IsAlreadyExists, got %v", err)

	require.NoError(t, e.core.Delete().Namespace(e.ns).Resource("configmaps").Name("cm").Do(e.ctx).Error(), "delete")
	err = e.core.Get().Namespace(e.ns).Resource("configmaps").Name("cm").Do(e.ctx).Error()
	assert.True(t, apierrors.IsNotFound(err), "get after delete: want IsNotFound, got %v", err)
	err = e.core.Delete().Namespace(e.ns).Resource("configmaps").Name("cm").Do(e.ctx).Error()
	assert.True(t, apierrors.IsNotFound(err), "second delete: want IsNotFound, got %v", err)
}

// TestSecretCRUD checks that stringData becomes base64 data on the server
// and that binary data round-trips.
func TestSecretCRUD(t *testing.T) {
	e := newEnv(t)
	in := &corev1.Secret{
		ObjectMeta: metav1.ObjectMeta{Name: "s", Labels: map[string]string{"app": "x"}},
		Type:       corev1.SecretTypeOpaque,
		Data:       map[string][]byte{"bin": {0, 1, 2, 255}},
		StringData: map[string]string{"text": "hello"},
	}
	out := &corev1.Secret{}
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("secrets").Body(in).Do(e.ctx).Into(out), "create")
	want := map[string][]byte{"bin": {0, 1, 2, 255}, "text": []byte("hello")}
	assert.Equal(t, want, out.Data, "data after create")
	assert.Empty(t, out.StringData, "stringData is write-only")

	got := &corev1.Secret{}
	require.NoError(t, e.core.Get().Namespace(e.ns).Resource("secrets").Name("s").Do(e.ctx).Into(got), "get")
	assert.Equal(t, want, got.Data, "data after get")
	assert.Equal(t, corev1.SecretTypeOpaque, got.Type)

	got.Data["bin"] = []byte{9}
	require.NoError(t, e.core.Put().Namespace(e.ns).Resource("secrets").Name("s").Body(got).Do(e.ctx).Into(out), "update")
	assert.Equal(t, []byte{9}, out.Data["bin"], "data after update")

	require.NoError(t, e.core.Delete().Namespace(e.ns).Resource("secrets").Name("s").Do(e.ctx).Error(), "delete")
	err := e.core.Get().Namespace(e.ns).Resource("secrets").Name("s").Do(e.ctx).Error()
	assert.True(t, apierrors.IsNotFound(err), "get after delete: want IsNotFound, got %v", err)
}

// TestStatusErrors checks that the server's error answers surface through
// the predicates, with the Status the server sent.
func TestStatusErrors(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("exists", nil)).Do(e.ctx).Error())
	tests := []struct {
		name   string
		err    func() error
		pred   func(error) bool
		code   int32
		reason metav1.StatusReason
	}{
		{"not found", func() error {
			return e.core.Get().Namespace(e.ns).Resource("configmaps").Name("missing").Do(e.ctx).Error()
		}, apierrors.IsNotFound, 404, metav1.StatusReasonNotFound},
		{"already exists", func() error {
			return e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("exists", nil)).Do(e.ctx).Error()
		}, apierrors.IsAlreadyExists, 409, metav1.StatusReasonAlreadyExists},
		{"invalid name", func() error {
			return e.core.Post().Namespace(e.ns).Resource("configmaps").Body(configMap("Not_Valid", nil)).Do(e.ctx).Error()
		}, apierrors.IsInvalid, 422, metav1.StatusReasonInvalid},
		{"unknown resource", func() error {
			return e.core.Get().Namespace(e.ns).Resource("nosuchthings").Do(e.ctx).Error()
		}, apierrors.IsNotFound, 404, metav1.StatusReasonNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			require.Error(t, err)
			assert.True(t, tt.pred(err), "predicate false for %v", err)
			var se *apierrors.StatusError
			require.ErrorAs(t, err, &se, "error is a *StatusError")
			assert.Equal(t, tt.code, se.ErrStatus.Code, "status code")
			assert.Equal(t, tt.reason, se.ErrStatus.Reason, "reason")
			assert.Equal(t, tt.reason, apierrors.ReasonForError(err), "ReasonForError")
		})
	}
}
