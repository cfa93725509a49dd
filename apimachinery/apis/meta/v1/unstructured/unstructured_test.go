package unstructured

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

func TestMetadataAccessorsRoundTrip(t *testing.T) {
	yes, no := true, false
	grace := int64(30)
	created := metav1.NewTime(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC))
	deleted := metav1.NewTime(time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC))
	refs := []metav1.OwnerReference{{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "rs", UID: "u1", Controller: &yes, BlockOwnerDeletion: &no}, {APIVersion: "v1", Kind: "Node", Name: "n", UID: "u2"}}
	fields := []metav1.ManagedFieldsEntry{{Manager: "kubectl", Operation: metav1.ManagedFieldsOperationApply, APIVersion: "v1", Time: &created, FieldsType: "FieldsV1", FieldsV1: &metav1.FieldsV1{Raw: []byte(`{"f:metadata":{}}`)}}}

	u := &Unstructured{}
	u.SetGroupVersionKind(schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"})
	u.SetNamespace("ns")
	u.SetName("web")
	u.SetGenerateName("web-")
	u.SetUID(types.UID("uid"))
	u.SetResourceVersion("7")
	u.SetGeneration(3)
	u.SetSelfLink("/link")
	u.SetCreationTimestamp(created)
	u.SetDeletionTimestamp(&deleted)
	u.SetDeletionGracePeriodSeconds(&grace)
	u.SetLabels(map[string]string{"app": "web"})
	u.SetAnnotations(map[string]string{"note": "x"})
	u.SetFinalizers([]string{"f1", "f2"})
	u.SetOwnerReferences(refs)
	u.SetManagedFields(fields)

	tests := []struct {
		name string
		got  interface{}
		want interface{}
	}{
		{"apiVersion", u.GetAPIVersion(), "apps/v1"},
		{"kind", u.GetKind(), "Deployment"},
		{"gvk", u.GroupVersionKind(), schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}},
		{"namespace", u.GetNamespace(), "ns"},
		{"name", u.GetName(), "web"},
		{"generateName", u.GetGenerateName(), "web-"},
		{"uid", u.GetUID(), types.UID("uid")},
		{"resourceVersion", u.GetResourceVersion(), "7"},
		{"generation", u.GetGeneration(), int64(3)},
		{"selfLink", u.GetSelfLink(), "/link"},
		{"creationTimestamp raw", u.Object["metadata"].(map[string]interface{})["creationTimestamp"], "2024-01-02T03:04:05Z"},
		{"creationTimestamp", u.GetCreationTimestamp().UTC(), created.UTC()},
		{"deletionTimestamp", u.GetDeletionTimestamp().UTC(), deleted.UTC()},
		{"grace", *u.GetDeletionGracePeriodSeconds(), int64(30)},
		{"labels", u.GetLabels(), map[string]string{"app": "web"}},
		{"annotations", u.GetAnnotations(), map[string]string{"note": "x"}},
		{"finalizers", u.GetFinalizers(), []string{"f1", "f2"}},
		{"ownerReferences", u.GetOwnerReferences(), refs},
		{"ownerReferences raw", u.Object["metadata"].(map[string]interface{})["ownerReferences"].([]interface{})[1], map[string]interface{}{"apiVersion": "v1", "kind": "Node", "name": "n", "uid": "u2"}},
		{"managedFields manager", u.GetManagedFields()[0].Manager, "kubectl"},
		{"managedFields raw", string(u.GetManagedFields()[0].FieldsV1.Raw), `{"f:metadata":{}}`},
		{"managedFields time", u.GetManagedFields()[0].Time.UTC(), created.UTC()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

func TestMetadataSettersRemove(t *testing.T) {
	u := &Unstructured{Object: map[string]interface{}{"metadata": map[string]interface{}{
		"namespace": "ns", "name": "n", "generateName": "g", "uid": "u", "resourceVersion": "1",
		"generation": int64(1), "selfLink": "s", "creationTimestamp": "2024-01-02T03:04:05Z",
		"deletionTimestamp": "2024-01-02T03:04:05Z", "deletionGracePeriodSeconds": int64(1),
		"labels": map[string]interface{}{}, "annotations": map[string]interface{}{}, "finalizers": []interface{}{},
		"ownerReferences": []interface{}{}, "managedFields": []interface{}{}, "continue": "c", "remainingItemCount": int64(2),
	}}}
	u.SetNamespace("")
	u.SetName("")
	u.SetGenerateName("")
	u.SetUID("")
	u.SetResourceVersion("")
	u.SetGeneration(0)
	u.SetSelfLink("")
	u.SetCreationTimestamp(metav1.Time{})
	u.SetDeletionTimestamp(nil)
	u.SetDeletionGracePeriodSeconds(nil)
	u.SetLabels(nil)
	u.SetAnnotations(nil)
	u.SetFinalizers(nil)
	u.SetOwnerReferences(nil)
	u.SetManagedFields(nil)
	u.SetContinue("")
	u.SetRemainingItemCount(nil)
	assert.Equal(t, map[string]interface{}{"metadata": map[string]interface{}{}}, u.Object)
}

func TestGettersOnMalformedContent(t *testing.T) {
	u := &Unstructured{Object: map[string]interface{}{
		"apiVersion": "a/b/c",
		"kind":       int64(1),
		"metadata": map[string]interface{}{
			"name": int64(5), "labels": "x", "generation": "2", "finalizers": []interface{}{int64(1)},
			"ownerReferences": []interface{}{"x"}, "managedFields": []interface{}{"x"}, "creationTimestamp": "yesterday",
		},
	}}
	assert.Equal(t, "", u.GetKind())
	assert.Equal(t, schema.GroupVersionKind{}, u.GroupVersionKind())
	assert.Equal(t, "", u.GetName())
	assert.Nil(t, u.GetLabels())
	assert.Equal(t, int64(0), u.GetGeneration())
	assert.Nil(t, u.GetFinalizers())
	assert.Nil(t, u.GetOwnerReferences())
	assert.Nil(t, u.GetManagedFields())
	assert.True(t, u.GetCreationTimestamp().Time.IsZero())
	assert.Nil(t, u.GetDeletionTimestamp())
}

func TestSettersOnNilObject(t *testing.T) {
	var u Unstructured
	u.SetName("x")
	assert.Equal(t, map[string]interface{}{"metadata": map[string]interface{}{"name": "x"}}, u.Object)
	var empty Unstructured
	empty.SetLabels(nil)
	assert.Nil(t, empty.Object)
	assert.NotNil(t, empty.UnstructuredContent())
}

func TestIsListToListEachItem(t *testing.T) {
	list := &Unstructured{Object: map[string]interface{}{
		"kind":  "List",
		"items": []interface{}{map[string]interface{}{"kind": "A"}, map[string]interface{}{"kind": "B"}},
	}}
	require.True(t, list.IsList())
	var kinds []string
	require.NoError(t, list.EachListItem(func(o runtime.Object) error {
		kinds = append(kinds, o.GetObjectKind().GroupVersionKind().Kind)
		return nil
	}))
	assert.Equal(t, []string{"A", "B"}, kinds)

	stop := errors.New("stop")
	calls := 0
	err := list.EachListItemWithAlloc(func(runtime.Object) error { calls++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, calls)

	l, err := list.ToList()
	require.NoError(t, err)
	require.Len(t, l.Items, 2)
	assert.Equal(t, "B", l.Items[1].GetKind())

	tests := []struct {
		name    string
		obj     map[string]interface{}
		wantErr string
	}{
		{name: "no items", obj: map[string]interface{}{"kind": "A"}, wantErr: "content is not a list: no items field"},
		{name: "items scalar", obj: map[string]interface{}{"items": "x"}, wantErr: "content is not a list: items is of the type string"},
		{name: "bad member", obj: map[string]interface{}{"items": []interface{}{"x"}}, wantErr: "items member 0 is not an object: it is of the type string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := &Unstructured{Object: tt.obj}
			err := u.EachListItem(func(runtime.Object) error { return nil })
			require.EqualError(t, err, tt.wantErr)
		})
	}
	notList := &Unstructured{Object: map[string]interface{}{"kind": "A"}}
	assert.False(t, notList.IsList())
	l, err = notList.ToList()
	require.NoError(t, err)
	assert.Empty(t, l.Items)
}

func TestDeepCopyIsIndependent(t *testing.T) {
	u := &Unstructured{Object: map[string]interface{}{"kind": "A", "spec": map[string]interface{}{"list": []interface{}{"a"}}}}
	c := u.DeepCopy()
	c.Object["spec"].(map[string]interface{})["list"].([]interface{})[0] = "changed"
	assert.Equal(t, "a", u.Object["spec"].(map[string]interface{})["list"].([]interface{})[0])
	assert.Nil(t, (*Unstructured)(nil).DeepCopy())
	assert.Nil(t, (*Unstructured)(nil).DeepCopyObject())

	l := &UnstructuredList{Object: map[string]interface{}{"kind": "AList"}, Items: []Unstructured{*u}}
	lc := l.DeepCopyObject().(*UnstructuredList)
	lc.Items[0].SetName("changed")
	lc.SetResourceVersion("9")
	assert.Equal(t, "", l.Items[0].GetName())
	assert.Equal(t, "", l.GetResourceVersion())
	assert.Nil(t, (*UnstructuredList)(nil).DeepCopy())
}

func TestNewEmptyInstance(t *testing.T) {
	u := &Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "Pod", "spec": map[string]interface{}{}}}
	e := u.NewEmptyInstance()
	assert.Equal(t, map[string]interface{}{"apiVersion": "v1", "kind": "Pod"}, e.UnstructuredContent())
	l := &UnstructuredList{Object: map[string]interface{}{"apiVersion": "v1", "kind": "PodList"}}
	le := l.NewEmptyInstance().(*UnstructuredList)
	assert.Equal(t, "PodList", le.GetKind())
	assert.Empty(t, le.Items)
}

func TestUnstructuredListContent(t *testing.T) {
	l := &UnstructuredList{}
	l.SetUnstructuredContent(map[string]interface{}{
		"kind":  "List",
		"items": []interface{}{map[string]interface{}{"kind": "A"}, "junk", map[string]interface{}{"kind": "B"}},
	})
	require.Len(t, l.Items, 2)
	assert.Equal(t, []interface{}{map[string]interface{}{"kind": "A"}, map[string]interface{}{"kind": "B"}}, l.Object["items"])
	content := l.UnstructuredContent()
	assert.Len(t, content["items"], 2)
	l.SetUnstructuredContent(nil)
	assert.Nil(t, l.Items)

	rc := int64(5)
	l.SetGroupVersionKind(schema.GroupVersionKind{Version: "v1", Kind: "PodList"})
	l.SetResourceVersion("1")
	l.SetSelfLink("s")
	l.SetContinue("c")
	l.SetRemainingItemCount(&rc)
	assert.Equal(t, "v1", l.GetAPIVersion())
	assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "PodList"}, l.GroupVersionKind())
	assert.Equal(t, "1", l.GetResourceVersion())
	assert.Equal(t, "s", l.GetSelfLink())
	assert.Equal(t, "c", l.GetContinue())
	assert.Equal(t, int64(5), *l.GetRemainingItemCount())
	l.SetRemainingItemCount(nil)
	assert.Nil(t, l.GetRemainingItemCount())
	assert.True(t, l.IsList())
}
