package v1

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func ptr[T any](v T) *T { return &v }

func TestJSONEncoding(t *testing.T) {
	created := Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"empty ObjectMeta", &ObjectMeta{}, `{}`},
		{"ObjectMeta", &ObjectMeta{
			Name: "web", Namespace: "prod", UID: "u1", ResourceVersion: "7", Generation: 2,
			CreationTimestamp: created, Labels: map[string]string{"app": "web"},
			OwnerReferences: []OwnerReference{{APIVersion: "apps/v1", Kind: "ReplicaSet", Name: "rs", UID: "u0", Controller: ptr(true)}},
			Finalizers:      []string{"f"},
		}, `{"name":"web","namespace":"prod","uid":"u1","resourceVersion":"7","generation":2,` +
			`"creationTimestamp":"2024-01-02T03:04:05Z","labels":{"app":"web"},` +
			`"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"rs","uid":"u0","controller":true}],` +
			`"finalizers":["f"]}`},
		{"ListOptions", &ListOptions{LabelSelector: "a=b", Watch: true, TimeoutSeconds: ptr(int64(30)), Limit: 5,
			ResourceVersionMatch: ResourceVersionMatchNotOlderThan, SendInitialEvents: ptr(false)},
			`{"labelSelector":"a=b","watch":true,"resourceVersionMatch":"NotOlderThan","timeoutSeconds":30,"limit":5,"sendInitialEvents":false}`},
		{"Status", &Status{
			TypeMeta: TypeMeta{Kind: "Status", APIVersion: "v1"}, Status: StatusFailure,
			Message: `pods "x" not found`, Reason: StatusReasonNotFound, Code: 404,
			Details: &StatusDetails{Name: "x", Kind: "pods", Causes: []StatusCause{{Type: CauseTypeFieldValueInvalid, Field: "f"}}},
		}, `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"x\" not found",` +
			`"reason":"NotFound","details":{"name":"x","kind":"pods","causes":[{"reason":"FieldValueInvalid","field":"f"}]},"code":404}`},
		{"DeleteOptions", &DeleteOptions{GracePeriodSeconds: ptr(int64(0)), PropagationPolicy: ptr(DeletePropagationForeground),
			Preconditions: &Preconditions{ResourceVersion: ptr("3")}},
			`{"gracePeriodSeconds":0,"preconditions":{"resourceVersion":"3"},"propagationPolicy":"Foreground"}`},
		{"ApplyOptions keeps force", &ApplyOptions{FieldManager: "me"}, `{"force":false,"fieldManager":"me"}`},
		{"ManagedFieldsEntry raw fields", &ManagedFieldsEntry{Manager: "m", FieldsType: "FieldsV1",
			FieldsV1: &FieldsV1{Raw: []byte(`{"f:spec":{}}`)}},
			`{"manager":"m","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{}}}`},
		{"GroupVersion is a string", &struct {
			GV GroupVersion `json:"gv"`
		}{GroupVersion{Group: "apps", Version: "v1"}}, `{"gv":"apps/v1"}`},
		{"WatchEvent", &WatchEvent{Type: "ADDED", Object: runtime.RawExtension{Raw: []byte(`{"kind":"Pod"}`)}},
			`{"type":"ADDED","object":{"kind":"Pod"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(got))
		})
	}
}

func TestJSONDecoding(t *testing.T) {
	var meta ObjectMeta
	in := `{"name":"a","creationTimestamp":"2024-01-02T03:04:05Z","deletionTimestamp":null,` +
		`"managedFields":[{"manager":"m","operation":"Apply","time":"2024-01-02T03:04:05Z","fieldsType":"FieldsV1","fieldsV1":{"f:a":{}}}]}`
	require.NoError(t, json.Unmarshal([]byte(in), &meta))
	assert.Equal(t, "a", meta.Name)
	assert.Nil(t, meta.DeletionTimestamp)
	assert.Equal(t, int64(1704164645), meta.CreationTimestamp.Unix())
	require.Len(t, meta.ManagedFields, 1)
	assert.Equal(t, ManagedFieldsOperationApply, meta.ManagedFields[0].Operation)
	assert.Equal(t, `{"f:a":{}}`, string(meta.ManagedFields[0].FieldsV1.Raw))

	var gv GroupVersion
	require.NoError(t, json.Unmarshal([]byte(`"batch/v1"`), &gv))
	assert.Equal(t, GroupVersion{Group: "batch", Version: "v1"}, gv)
	require.Error(t, json.Unmarshal([]byte(`"a/b/c"`), &gv))
	require.Error(t, json.Unmarshal([]byte(`{}`), &gv))

	var status Status
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"Status","status":"Failure","reason":"Conflict","code":409,"details":{"retryAfterSeconds":3}}`), &status))
	assert.Equal(t, StatusReasonConflict, status.Reason)
	assert.Equal(t, int32(3), status.Details.RetryAfterSeconds)
}

func TestObjectMetaAccessors(t *testing.T) {
	var obj Object = &ObjectMeta{}
	ts := Unix(10, 0)
	grace := int64(5)
	refs := []OwnerReference{{Name: "o"}}
	mf := []ManagedFieldsEntry{{Manager: "m"}}
	obj.SetName("n")
	obj.SetNamespace("ns")
	obj.SetGenerateName("g-")
	obj.SetUID("uid")
	obj.SetResourceVersion("9")
	obj.SetGeneration(3)
	obj.SetSelfLink("/x")
	obj.SetCreationTimestamp(ts)
	obj.SetDeletionTimestamp(&ts)
	obj.SetDeletionGracePeriodSeconds(&grace)
	obj.SetLabels(map[string]string{"l": "1"})
	obj.SetAnnotations(map[string]string{"a": "2"})
	obj.SetFinalizers([]string{"f"})
	obj.SetOwnerReferences(refs)
	obj.SetManagedFields(mf)

	assert.Equal(t, "n", obj.GetName())
	assert.Equal(t, "ns", obj.GetNamespace())
	assert.Equal(t, "g-", obj.GetGenerateName())
	assert.Equal(t, "uid", string(obj.GetUID()))
	assert.Equal(t, "9", obj.GetResourceVersion())
	assert.Equal(t, int64(3), obj.GetGeneration())
	assert.Equal(t, "/x", obj.GetSelfLink())
	assert.Equal(t, ts, obj.GetCreationTimestamp())
	assert.Equal(t, &ts, obj.GetDeletionTimestamp())
	assert.Equal(t, &grace, obj.GetDeletionGracePeriodSeconds())
	assert.Equal(t, map[string]string{"l": "1"}, obj.GetLabels())
	assert.Equal(t, map[string]string{"a": "2"}, obj.GetAnnotations())
	assert.Equal(t, []string{"f"}, obj.GetFinalizers())
	assert.Equal(t, refs, obj.GetOwnerReferences())
	assert.Equal(t, mf, obj.GetManagedFields())

	pom := &PartialObjectMetadata{}
	var accessor ObjectMetaAccessor = pom
	accessor.GetObjectMeta().SetName("via-accessor")
	assert.Equal(t, "via-accessor", pom.Name)
}

func TestListMetaAndTypeMetaAccessors(t *testing.T) {
	list := &PartialObjectMetadataList{}
	var lm ListInterface = list.GetListMeta()
	count := int64(4)
	lm.SetResourceVersion("5")
	lm.SetSelfLink("/l")
	lm.SetContinue("tok")
	lm.SetRemainingItemCount(&count)
	assert.Equal(t, "5", list.ResourceVersion)
	assert.Equal(t, "/l", lm.GetSelfLink())
	assert.Equal(t, "tok", lm.GetContinue())
	assert.Equal(t, &count, lm.GetRemainingItemCount())
	assert.Equal(t, "5", lm.GetResourceVersion())

	st := &Status{}
	gvk := schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "Deployment"}
	st.GetObjectKind().SetGroupVersionKind(gvk)
	assert.Equal(t, "apps/v1", st.APIVersion)
	assert.Equal(t, "Deployment", st.Kind)
	assert.Equal(t, gvk, st.GroupVersionKind())
	core := TypeMeta{APIVersion: "v1", Kind: "Pod"}
	assert.Equal(t, schema.GroupVersionKind{Version: "v1", Kind: "Pod"}, core.GroupVersionKind())
	assert.Equal(t, schema.EmptyObjectKind, (&WatchEvent{}).GetObjectKind())
}

func TestApplyToPatchOptions(t *testing.T) {
	got := ApplyOptions{DryRun: []string{DryRunAll}, FieldManager: "me"}.ToPatchOptions()
	require.NotNil(t, got.Force)
	assert.False(t, *got.Force)
	assert.Equal(t, "me", got.FieldManager)
	assert.Equal(t, []string{"All"}, got.DryRun)
}
