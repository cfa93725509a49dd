package testing

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
)

// newPod returns a pod in ns with a node name.
func newPod(ns, name, node string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: ns, Name: name},
		Spec:       corev1.PodSpec{NodeName: node, Containers: []corev1.Container{{Name: "c", Image: "i"}}},
	}
}

func TestObjectTrackerHasServerSemantics(t *testing.T) {
	tr := NewObjectTracker(scheme.Scheme, scheme.Codecs.UniversalDecoder())
	require.NoError(t, tr.Add(newPod("team", "a", "node-1")), "Add creates the namespace")
	require.NoError(t, tr.Create(podsGVR, newPod("team", "b", "node-2"), "team"))
	err := tr.Create(podsGVR, newPod("team", "b", "node-2"), "team")
	assert.True(t, apierrors.IsAlreadyExists(err), "got %v", err)
	err = tr.Create(podsGVR, newPod("missing", "c", ""), "missing")
	assert.True(t, apierrors.IsNotFound(err), "the namespace must exist: got %v", err)

	list, err := tr.List(podsGVR, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, "team", metav1.ListOptions{FieldSelector: "spec.nodeName=node-2"})
	require.NoError(t, err)
	pods, ok := list.(*corev1.PodList)
	require.True(t, ok, "got %T, want *corev1.PodList", list)
	require.Len(t, pods.Items, 1, "the field selector is honoured")
	assert.Equal(t, "b", pods.Items[0].Name)

	obj, err := tr.Get(podsGVR, "team", "a")
	require.NoError(t, err)
	p := obj.(*corev1.Pod)
	p.Labels = map[string]string{"x": "y"}
	require.NoError(t, tr.Update(podsGVR, p, "team"))
	obj, err = tr.Get(podsGVR, "team", "a")
	require.NoError(t, err)
	assert.Equal(t, "y", obj.(*corev1.Pod).Labels["x"])

	require.NoError(t, tr.Delete(podsGVR, "team", "a"))
	obj, err = tr.Get(podsGVR, "team", "a")
	require.NoError(t, err, "a bound pod is deleted gracefully, as on a real server")
	assert.NotNil(t, obj.(*corev1.Pod).DeletionTimestamp)
	zero := int64(0)
	require.NoError(t, tr.Delete(podsGVR, "team", "a", metav1.DeleteOptions{GracePeriodSeconds: &zero}))
	_, err = tr.Get(podsGVR, "team", "a")
	assert.True(t, apierrors.IsNotFound(err), "got %v", err)
}

func TestObjectTrackerWatch(t *testing.T) {
	tr := NewObjectTracker(scheme.Scheme, nil)
	w, err := tr.Watch(podsGVR, "default")
	require.NoError(t, err)
	defer w.Stop()
	require.NoError(t, tr.Create(podsGVR, newPod("default", "w", ""), "default"))
	e := <-w.ResultChan()
	assert.Equal(t, watch.Added, e.Type)
	p, ok := e.Object.(*corev1.Pod)
	require.True(t, ok, "got %T, want *corev1.Pod", e.Object)
	assert.Equal(t, "w", p.Name)
}

func TestObjectReaction(t *testing.T) {
	f := &Fake{}
	tr := NewObjectTracker(scheme.Scheme, nil)
	f.AddReactor("*", "*", ObjectReaction(tr))
	tests := []struct {
		name   string
		action Action
		check  func(t *testing.T, obj any, err error)
	}{
		{"create", NewCreateAction(podsGVR, "default", newPod("", "p", "")), func(t *testing.T, obj any, err error) {
			require.NoError(t, err)
			assert.NotEmpty(t, obj.(*corev1.Pod).UID, "the stored object comes back")
		}},
		{"get", NewGetAction(podsGVR, "default", "p"), func(t *testing.T, obj any, err error) {
			require.NoError(t, err)
			assert.Equal(t, "p", obj.(*corev1.Pod).Name)
		}},
		{"patch", NewPatchAction(podsGVR, "default", "p", types.MergePatchType, []byte(`{"metadata":{"labels":{"k":"v"}}}`)), func(t *testing.T, obj any, err error) {
			require.NoError(t, err)
			assert.Equal(t, "v", obj.(*corev1.Pod).Labels["k"])
		}},
		{"list", NewListAction(podsGVR, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, "default", metav1.ListOptions{LabelSelector: "k=v"}), func(t *testing.T, obj any, err error) {
			require.NoError(t, err)
			assert.Len(t, obj.(*corev1.PodList).Items, 1)
		}},
		{"delete collection of none", NewDeleteCollectionAction(podsGVR, "default", metav1.ListOptions{LabelSelector: "k=other"}), func(t *testing.T, _ any, err error) {
			require.NoError(t, err)
		}},
		{"delete", NewDeleteAction(podsGVR, "default", "p"), func(t *testing.T, _ any, err error) {
			require.NoError(t, err)
		}},
		{"get after delete", NewGetAction(podsGVR, "default", "p"), func(t *testing.T, _ any, err error) {
			assert.True(t, apierrors.IsNotFound(err), "got %v", err)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obj, err := f.Invokes(tt.action, nil)
			tt.check(t, obj, err)
		})
	}
}
