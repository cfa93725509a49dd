package meta

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

func TestAccessor(t *testing.T) {
	obj := newTestObj("a")
	u := &unstructured.Unstructured{Object: map[string]interface{}{"metadata": map[string]interface{}{"name": "u"}}}
	tests := []struct {
		name     string
		obj      interface{}
		wantName string
		wantErr  string
	}{
		{name: "typed", obj: &obj, wantName: "a"},
		{name: "unstructured", obj: u, wantName: "u"},
		{name: "object meta accessor", obj: wrapper{meta: &metav1.ObjectMeta{Name: "w"}}, wantName: "w"},
		{name: "nil object meta", obj: wrapper{}, wantErr: "object does not implement the Object interfaces"},
		{name: "not an object", obj: "x", wantErr: "object does not implement the Object interfaces"},
		{name: "nil", obj: nil, wantErr: "object does not implement the Object interfaces"},
		{name: "typed nil", obj: (*testObj)(nil), wantErr: "object does not implement the Object interfaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Accessor(tt.obj)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantName, a.GetName())
		})
	}
}

func TestListAndCommonAccessor(t *testing.T) {
	list := &testList{ListMeta: metav1.ListMeta{ResourceVersion: "5", Continue: "c"}}
	obj := newTestObj("a")
	obj.ResourceVersion = "7"
	tests := []struct {
		name       string
		obj        interface{}
		wantRV     string
		listErr    string
		commonErr  string
		wantListOK bool
	}{
		{name: "typed list", obj: list, wantRV: "5", wantListOK: true},
		{name: "unstructured list", obj: &unstructured.UnstructuredList{Object: map[string]interface{}{"metadata": map[string]interface{}{"resourceVersion": "9"}}}, wantRV: "9", wantListOK: true},
		{name: "list meta accessor", obj: listWrapper{meta: &metav1.ListMeta{ResourceVersion: "3"}}, wantRV: "3", wantListOK: true},
		{name: "nil list meta", obj: listWrapper{}, listErr: "object does not implement the List interfaces", commonErr: "object does not implement the common interface for accessing the SelfLink"},
		{name: "object", obj: &obj, wantRV: "7", listErr: "object does not implement the List interfaces"},
		{name: "object meta accessor", obj: wrapper{meta: &metav1.ObjectMeta{ResourceVersion: "8"}}, wantRV: "8", listErr: "object does not implement the List interfaces"},
		{name: "typed nil list", obj: (*testList)(nil), listErr: "object does not implement the List interfaces", commonErr: "object does not implement the common interface for accessing the SelfLink"},
		{name: "neither", obj: 5, listErr: "object does not implement the List interfaces", commonErr: "object does not implement the common interface for accessing the SelfLink"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ListAccessor(tt.obj)
			if tt.listErr != "" {
				assert.EqualError(t, err, tt.listErr)
			} else {
				require.NoError(t, err)
				assert.Equal(t, tt.wantRV, l.GetResourceVersion())
			}
			c, err := CommonAccessor(tt.obj)
			if tt.commonErr != "" {
				assert.EqualError(t, err, tt.commonErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantRV, c.GetResourceVersion())
		})
	}
}

func TestTypeAccessor(t *testing.T) {
	type plain struct {
		TypeMeta metav1.TypeMeta
	}
	type noTypeMeta struct{ Name string }
	type badTypeMeta struct{ TypeMeta string }
	obj := newTestObj("a")
	tests := []struct {
		name           string
		obj            interface{}
		wantAPIVersion string
		wantKind       string
		wantErr        string
	}{
		{name: "runtime object", obj: &obj, wantAPIVersion: "test/v1", wantKind: "Test"},
		{name: "unstructured", obj: &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "apps/v1", "kind": "Deployment"}}, wantAPIVersion: "apps/v1", wantKind: "Deployment"},
		{name: "plain struct", obj: &plain{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Plain"}}, wantAPIVersion: "v1", wantKind: "Plain"},
		{name: "not a pointer", obj: plain{}, wantErr: "expected pointer, but got meta.plain type"},
		{name: "nil pointer", obj: (*plain)(nil), wantErr: "expected pointer, but got nil"},
		{name: "nil", obj: nil, wantErr: "expected pointer, but got invalid kind"},
		{name: "pointer to non-struct", obj: new(string), wantErr: "expected struct, but got string"},
		{name: "no TypeMeta", obj: &noTypeMeta{}, wantErr: "lacks embedded TypeMeta type"},
		{name: "TypeMeta not a struct", obj: &badTypeMeta{}, wantErr: "unable to find type fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := TypeAccessor(tt.obj)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantAPIVersion, a.GetAPIVersion())
			assert.Equal(t, tt.wantKind, a.GetKind())
			a.SetAPIVersion("g/v2")
			a.SetKind("Other")
			assert.Equal(t, "g/v2", a.GetAPIVersion())
			assert.Equal(t, "Other", a.GetKind())
		})
	}
}

func TestNewAccessor(t *testing.T) {
	acc := NewAccessor()
	obj := newTestObj("a")
	var o runtime.Object = &obj
	require.NoError(t, acc.SetNamespace(o, "ns"))
	require.NoError(t, acc.SetName(o, "n"))
	require.NoError(t, acc.SetGenerateName(o, "g"))
	require.NoError(t, acc.SetUID(o, types.UID("u")))
	require.NoError(t, acc.SetSelfLink(o, "s"))
	require.NoError(t, acc.SetLabels(o, map[string]string{"a": "b"}))
	require.NoError(t, acc.SetAnnotations(o, map[string]string{"c": "d"}))
	require.NoError(t, acc.SetResourceVersion(o, "9"))
	require.NoError(t, acc.SetKind(o, "K"))
	require.NoError(t, acc.SetAPIVersion(o, "grp/v3"))

	get := func(v interface{}, err error) interface{} {
		t.Helper()
		require.NoError(t, err)
		return v
	}
	tests := []struct {
		name string
		got  interface{}
		want interface{}
	}{
		{"namespace", get(acc.Namespace(o)), "ns"},
		{"name", get(acc.Name(o)), "n"},
		{"generateName", get(acc.GenerateName(o)), "g"},
		{"uid", get(acc.UID(o)), types.UID("u")},
		{"selfLink", get(acc.SelfLink(o)), "s"},
		{"labels", get(acc.Labels(o)), map[string]string{"a": "b"}},
		{"annotations", get(acc.Annotations(o)), map[string]string{"c": "d"}},
		{"resourceVersion", get(acc.ResourceVersion(o)), "9"},
		{"kind", get(acc.Kind(o)), "K"},
		{"apiVersion", get(acc.APIVersion(o)), "grp/v3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}

	_, err := acc.Continue(o)
	assert.EqualError(t, err, "object does not implement the List interfaces")
	list := &testList{}
	require.NoError(t, acc.SetContinue(list, "tok"))
	assert.Equal(t, "tok", get(acc.Continue(list)))
	_, err = acc.Name(list)
	assert.EqualError(t, err, "object does not implement the Object interfaces")

	// An apiVersion that does not parse is kept as a version.
	require.NoError(t, acc.SetAPIVersion(o, "a/b/c"))
	assert.Equal(t, "a/b/c", obj.APIVersion)
}

func TestAsPartialObjectMetadata(t *testing.T) {
	ts := metav1.NewTime(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	meta := &metav1.ObjectMeta{Name: "n", Namespace: "ns", Labels: map[string]string{"a": "b"}, CreationTimestamp: ts, Generation: 2}
	got := AsPartialObjectMetadata(meta)
	assert.Equal(t, *meta, got.ObjectMeta)

	u := &unstructured.Unstructured{}
	u.SetName("n")
	u.SetNamespace("ns")
	u.SetLabels(map[string]string{"a": "b"})
	u.SetCreationTimestamp(ts)
	u.SetGeneration(2)
	got = AsPartialObjectMetadata(u)
	assert.Equal(t, "n", got.Name)
	assert.Equal(t, "ns", got.Namespace)
	assert.Equal(t, map[string]string{"a": "b"}, got.Labels)
	assert.Equal(t, int64(2), got.Generation)
	assert.True(t, ts.Equal(&got.CreationTimestamp))
}
