package v1

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

func fullObjectMeta() ObjectMeta {
	ts := Unix(50, 0)
	return ObjectMeta{
		Name: "n", DeletionTimestamp: &ts, DeletionGracePeriodSeconds: ptr(int64(30)),
		Labels: map[string]string{"a": "1"}, Annotations: map[string]string{"b": "2"},
		OwnerReferences: []OwnerReference{{Name: "o", Controller: ptr(true), BlockOwnerDeletion: ptr(true)}},
		Finalizers:      []string{"f"},
		ManagedFields:   []ManagedFieldsEntry{{Manager: "m", Time: &ts, FieldsV1: &FieldsV1{Raw: []byte("{}")}}},
	}
}

func TestDeepCopyIndependence(t *testing.T) {
	tests := []struct {
		name   string
		orig   func() runtime.Object
		mutate func(runtime.Object)
	}{
		{"PartialObjectMetadata", func() runtime.Object { return &PartialObjectMetadata{ObjectMeta: fullObjectMeta()} },
			func(o runtime.Object) {
				m := &o.(*PartialObjectMetadata).ObjectMeta
				m.Labels["a"] = "x"
				m.Annotations["b"] = "x"
				*m.OwnerReferences[0].Controller = false
				m.Finalizers[0] = "x"
				m.ManagedFields[0].FieldsV1.Raw[0] = 'x'
				m.ManagedFields[0].Time.Time = m.ManagedFields[0].Time.Add(1)
				*m.DeletionGracePeriodSeconds = 1
				m.DeletionTimestamp.Time = m.DeletionTimestamp.Add(1)
			}},
		{"Status", func() runtime.Object {
			return &Status{ListMeta: ListMeta{RemainingItemCount: ptr(int64(2))}, Details: &StatusDetails{Causes: []StatusCause{{Field: "a"}}}}
		}, func(o runtime.Object) {
			s := o.(*Status)
			*s.RemainingItemCount = 9
			s.Details.Causes[0].Field = "x"
		}},
		{"DeleteOptions", func() runtime.Object {
			return &DeleteOptions{GracePeriodSeconds: ptr(int64(1)), Preconditions: &Preconditions{UID: ptr(types.UID("u"))},
				PropagationPolicy: ptr(DeletePropagationOrphan), DryRun: []string{"All"}}
		}, func(o runtime.Object) {
			d := o.(*DeleteOptions)
			*d.GracePeriodSeconds = 5
			*d.Preconditions.UID = "x"
			*d.PropagationPolicy = DeletePropagationForeground
			d.DryRun[0] = "x"
		}},
		{"ListOptions", func() runtime.Object {
			return &ListOptions{TimeoutSeconds: ptr(int64(1)), SendInitialEvents: ptr(true)}
		},
			func(o runtime.Object) {
				l := o.(*ListOptions)
				*l.TimeoutSeconds = 2
				*l.SendInitialEvents = false
			}},
		{"PatchOptions", func() runtime.Object { return &PatchOptions{Force: ptr(true), DryRun: []string{"All"}} },
			func(o runtime.Object) { *o.(*PatchOptions).Force = false; o.(*PatchOptions).DryRun[0] = "x" }},
		{"APIGroupList", func() runtime.Object {
			return &APIGroupList{Groups: []APIGroup{{Name: "g", Versions: []GroupVersionForDiscovery{{Version: "v1"}}}}}
		}, func(o runtime.Object) { o.(*APIGroupList).Groups[0].Versions[0].Version = "x" }},
		{"APIResourceList", func() runtime.Object {
			return &APIResourceList{APIResources: []APIResource{{Verbs: Verbs{"get"}, ShortNames: []string{"p"}}}}
		}, func(o runtime.Object) {
			r := &o.(*APIResourceList).APIResources[0]
			r.Verbs[0] = "x"
			r.ShortNames[0] = "x"
		}},
		{"APIVersions", func() runtime.Object { return &APIVersions{Versions: []string{"v1"}} },
			func(o runtime.Object) { o.(*APIVersions).Versions[0] = "x" }},
		{"Table", func() runtime.Object {
			return &Table{Rows: []TableRow{{Cells: []interface{}{"a", map[string]interface{}{"k": "v"}},
				Object: runtime.RawExtension{Raw: []byte(`{}`)}}}}
		}, func(o runtime.Object) {
			r := &o.(*Table).Rows[0]
			r.Cells[1].(map[string]interface{})["k"] = "x"
			r.Object.Raw[0] = 'x'
		}},
		{"List", func() runtime.Object { return &List{Items: []runtime.RawExtension{{Raw: []byte(`{}`)}}} },
			func(o runtime.Object) { o.(*List).Items[0].Raw[0] = 'x' }},
		{"WatchEvent", func() runtime.Object {
			return &WatchEvent{Type: "ADDED", Object: runtime.RawExtension{Raw: []byte(`{}`)}}
		},
			func(o runtime.Object) { o.(*WatchEvent).Object.Raw[0] = 'x' }},
		{"PartialObjectMetadataList", func() runtime.Object {
			return &PartialObjectMetadataList{Items: []PartialObjectMetadata{{ObjectMeta: fullObjectMeta()}}}
		}, func(o runtime.Object) { o.(*PartialObjectMetadataList).Items[0].Labels["a"] = "x" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := tt.orig()
			cp := orig.DeepCopyObject()
			require.Equal(t, orig, cp, "a fresh copy equals the original")
			tt.mutate(cp)
			assert.Equal(t, tt.orig(), orig, "mutating the copy changed the original")
			assert.NotEqual(t, orig, cp, "the mutation did not take effect")
		})
	}
}

func TestDeepCopyNil(t *testing.T) {
	var s *Status
	assert.Nil(t, s.DeepCopy())
	assert.Nil(t, s.DeepCopyObject())
	var ls *LabelSelector
	assert.Nil(t, ls.DeepCopy())
	var v Verbs
	assert.Nil(t, v.DeepCopy())
}

func TestDeepCopyValues(t *testing.T) {
	sel := &LabelSelector{MatchLabels: map[string]string{"a": "b"},
		MatchExpressions: []LabelSelectorRequirement{{Key: "k", Operator: LabelSelectorOpIn, Values: []string{"v"}}}}
	cp := sel.DeepCopy()
	cp.MatchLabels["a"] = "x"
	cp.MatchExpressions[0].Values[0] = "x"
	assert.Equal(t, "b", sel.MatchLabels["a"])
	assert.Equal(t, "v", sel.MatchExpressions[0].Values[0])

	meta := fullObjectMeta()
	mcp := meta.DeepCopy()
	assert.Equal(t, &meta, mcp)
	mcp.OwnerReferences[0].Name = "x"
	assert.Equal(t, "o", meta.OwnerReferences[0].Name)
}
