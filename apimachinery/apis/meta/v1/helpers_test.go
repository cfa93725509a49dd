package v1

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

func TestControllerRefs(t *testing.T) {
	owner := &ObjectMeta{Name: "rs", UID: "owner-uid"}
	gvk := schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "ReplicaSet"}
	ref := NewControllerRef(owner, gvk)
	require.NotNil(t, ref)
	assert.Equal(t, "apps/v1", ref.APIVersion)
	assert.Equal(t, "ReplicaSet", ref.Kind)
	assert.Equal(t, "rs", ref.Name)
	assert.Equal(t, types.UID("owner-uid"), ref.UID)
	assert.True(t, *ref.Controller)
	assert.True(t, *ref.BlockOwnerDeletion)

	tests := []struct {
		name       string
		refs       []OwnerReference
		wantName   string
		controlled bool
	}{
		{"no owners", nil, "", false},
		{"owner but not controller", []OwnerReference{{Name: "a", UID: "owner-uid"}}, "", false},
		{"controller false", []OwnerReference{{Name: "a", UID: "owner-uid", Controller: ptr(false)}}, "", false},
		{"second is controller", []OwnerReference{{Name: "a"}, *ref}, "rs", true},
		{"controller with other uid", []OwnerReference{{Name: "b", UID: "other", Controller: ptr(true)}}, "b", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pod := &ObjectMeta{OwnerReferences: tt.refs}
			got := GetControllerOf(pod)
			noCopy := GetControllerOfNoCopy(pod)
			if tt.wantName == "" {
				assert.Nil(t, got)
				assert.Nil(t, noCopy)
			} else {
				require.NotNil(t, got)
				assert.Equal(t, tt.wantName, got.Name)
				assert.Equal(t, got, noCopy)
				got.Name = "changed"
				assert.Equal(t, tt.wantName, noCopy.Name, "GetControllerOf must return a copy")
				noCopy.Name = "changed-in-place"
				assert.Equal(t, "changed-in-place", GetControllerOfNoCopy(pod).Name)
			}
			assert.Equal(t, tt.controlled, IsControlledBy(pod, owner))
		})
	}
	assert.Nil(t, GetControllerOf(nil))
}

func TestLabelAndAnnotationHelpers(t *testing.T) {
	var meta ObjectMeta
	assert.False(t, HasLabel(meta, "a"))
	assert.False(t, HasAnnotation(meta, "b"))
	SetMetaDataLabel(&meta, "a", "1")
	SetMetaDataAnnotation(&meta, "b", "")
	assert.True(t, HasLabel(meta, "a"))
	assert.True(t, HasAnnotation(meta, "b"), "an empty annotation value still counts")
	assert.Equal(t, map[string]string{"a": "1"}, meta.Labels)
}

func TestDeleteOptionHelpers(t *testing.T) {
	d := NewDeleteOptions(15)
	assert.Equal(t, int64(15), *d.GracePeriodSeconds)
	p := NewPreconditionDeleteOptions("u1")
	assert.Equal(t, types.UID("u1"), *p.Preconditions.UID)
	assert.Nil(t, p.Preconditions.ResourceVersion)
	assert.Equal(t, types.UID("u2"), *NewUIDPreconditions("u2").UID)
	rv := NewRVDeletionPrecondition("42")
	assert.Equal(t, "42", *rv.Preconditions.ResourceVersion)
	assert.Nil(t, rv.Preconditions.UID)
}

func TestSingleObject(t *testing.T) {
	tests := []struct {
		name string
		meta ObjectMeta
		want ListOptions
	}{
		{"plain", ObjectMeta{Name: "web", ResourceVersion: "5"}, ListOptions{FieldSelector: "metadata.name=web", ResourceVersion: "5"}},
		{"escaped", ObjectMeta{Name: `a,b=c\d`}, ListOptions{FieldSelector: `metadata.name=a\,b\=c\\d`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SingleObject(tt.meta))
		})
	}
}

func TestMiscHelpers(t *testing.T) {
	assert.Equal(t, "labelSelector", LabelSelectorQueryParam("v1"))
	assert.Equal(t, "fieldSelector", FieldSelectorQueryParam("v1"))
	groups := &APIGroupList{Groups: []APIGroup{
		{Name: "apps", Versions: []GroupVersionForDiscovery{{GroupVersion: "apps/v1"}, {GroupVersion: "apps/v1beta1"}}},
		{Name: "batch", Versions: []GroupVersionForDiscovery{{GroupVersion: "batch/v1"}}},
	}}
	assert.Equal(t, []string{"apps/v1", "apps/v1beta1", "batch/v1"}, ExtractGroupVersions(groups))
	assert.Empty(t, ExtractGroupVersions(nil))

	assert.False(t, HasObjectMetaSystemFieldValues(&ObjectMeta{Name: "x"}))
	assert.True(t, HasObjectMetaSystemFieldValues(&ObjectMeta{UID: "u"}))
	assert.True(t, HasObjectMetaSystemFieldValues(&ObjectMeta{CreationTimestamp: Unix(1, 0)}))
	assert.Equal(t, "1m30s", Duration{Duration: 90e9}.String())
}

func TestResetObjectMetaForStatus(t *testing.T) {
	ts := Unix(5, 0)
	existing := &ObjectMeta{
		Name: "old", Generation: 4, SelfLink: "/s", DeletionTimestamp: &ts,
		Labels: map[string]string{"l": "1"}, Annotations: map[string]string{"a": "1"},
		Finalizers: []string{"f"}, OwnerReferences: []OwnerReference{{Name: "o"}},
		ManagedFields: []ManagedFieldsEntry{{Manager: "old"}},
	}
	updated := &ObjectMeta{
		Name: "new", Generation: 9, Labels: map[string]string{"l": "2"},
		ManagedFields: []ManagedFieldsEntry{{Manager: "new"}},
	}
	ResetObjectMetaForStatus(updated, existing)
	assert.Equal(t, "new", updated.Name, "name is not reset")
	assert.Equal(t, int64(4), updated.Generation)
	assert.Equal(t, "/s", updated.SelfLink)
	assert.Equal(t, &ts, updated.DeletionTimestamp)
	assert.Equal(t, existing.Labels, updated.Labels)
	assert.Equal(t, existing.Annotations, updated.Annotations)
	assert.Equal(t, existing.Finalizers, updated.Finalizers)
	assert.Equal(t, existing.OwnerReferences, updated.OwnerReferences)
	assert.Equal(t, "new", updated.ManagedFields[0].Manager, "managed fields are kept")
}
