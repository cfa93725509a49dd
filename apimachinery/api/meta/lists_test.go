package meta

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

func names(t *testing.T, objs []runtime.Object) []string {
	t.Helper()
	out := make([]string, 0, len(objs))
	for _, o := range objs {
		if o == nil {
			out = append(out, "<nil>")
			continue
		}
		if u, ok := o.(*runtime.Unknown); ok {
			out = append(out, "raw:"+string(u.Raw))
			continue
		}
		a, err := Accessor(o)
		require.NoError(t, err)
		out = append(out, a.GetName())
	}
	return out
}

func TestListHelpers(t *testing.T) {
	a, b := newTestObj("a"), newTestObj("b")
	rawList := &metav1.List{Items: []runtime.RawExtension{
		{Object: &a},
		{Raw: []byte(`{"kind":"X"}`)},
		{},
	}}
	tests := []struct {
		name      string
		list      runtime.Object
		isList    bool
		wantNames []string
		wantErr   string
	}{
		{name: "by value", list: &testList{Items: []testObj{a, b}}, isList: true, wantNames: []string{"a", "b"}},
		{name: "empty", list: &testList{}, isList: true, wantNames: []string{}},
		{name: "pointers", list: &ptrList{Items: []*testObj{&a, &b}}, isList: true, wantNames: []string{"a", "b"}},
		{name: "interfaces", list: &ifaceList{Items: []runtime.Object{&b, nil}}, isList: true, wantNames: []string{"b", "<nil>"}},
		{name: "raw extensions", list: rawList, isList: true, wantNames: []string{"a", `raw:{"kind":"X"}`, "<nil>"}},
		{name: "unstructured list", list: &unstructured.UnstructuredList{Items: []unstructured.Unstructured{{Object: map[string]interface{}{"metadata": map[string]interface{}{"name": "u"}}}}}, isList: true, wantNames: []string{"u"}},
		{name: "no items", list: &noItems{}, wantErr: "*meta.noItems is not a list: no Items field in this object"},
		{name: "scalar items", list: &scalarItems{}, wantErr: "*meta.scalarItems is not a list: Items field must be a slice of objects"},
		{name: "object", list: &a, wantErr: "no Items field in this object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.isList, IsListType(tt.list), "IsListType")
			assert.Equal(t, tt.isList, IsListType(tt.list), "IsListType cached")
			for _, alloc := range []bool{false, true} {
				extract := ExtractList
				if alloc {
					extract = ExtractListWithAlloc
				}
				got, err := extract(tt.list)
				if tt.wantErr != "" {
					require.Error(t, err)
					assert.Contains(t, err.Error(), tt.wantErr)
					assert.Equal(t, 0, LenList(tt.list))
					continue
				}
				require.NoError(t, err)
				assert.Equal(t, tt.wantNames, names(t, got), "alloc=%v", alloc)
				assert.Equal(t, len(tt.wantNames), LenList(tt.list))
			}
		})
	}
}

func TestExtractListAliasing(t *testing.T) {
	list := &testList{Items: []testObj{newTestObj("a")}}
	shared, err := ExtractList(list)
	require.NoError(t, err)
	copied, err := ExtractListWithAlloc(list)
	require.NoError(t, err)
	shared[0].(*testObj).Name = "changed-shared"
	assert.Equal(t, "changed-shared", list.Items[0].Name, "ExtractList must point into the list")
	copied[0].(*testObj).Name = "changed-copy"
	assert.Equal(t, "changed-shared", list.Items[0].Name, "ExtractListWithAlloc must copy")
}

func TestEachListItem(t *testing.T) {
	list := &testList{Items: []testObj{newTestObj("a"), newTestObj("b"), newTestObj("c")}}
	stop := errors.New("stop")
	tests := []struct {
		name      string
		each      func(runtime.Object, func(runtime.Object) error) error
		list      runtime.Object
		stopAt    string
		wantNames []string
		wantErr   error
	}{
		{name: "all", each: EachListItem, list: list, wantNames: []string{"a", "b", "c"}},
		{name: "all alloc", each: EachListItemWithAlloc, list: list, wantNames: []string{"a", "b", "c"}},
		{name: "stops", each: EachListItem, list: list, stopAt: "b", wantNames: []string{"a", "b"}, wantErr: stop},
		{name: "unstructured", each: EachListItem, list: &unstructured.Unstructured{Object: map[string]interface{}{"items": []interface{}{map[string]interface{}{"metadata": map[string]interface{}{"name": "x"}}}}}, wantNames: []string{"x"}},
		{name: "unstructured alloc", each: EachListItemWithAlloc, list: &unstructured.UnstructuredList{Items: []unstructured.Unstructured{{Object: map[string]interface{}{"metadata": map[string]interface{}{"name": "y"}}}}}, wantNames: []string{"y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := tt.each(tt.list, func(o runtime.Object) error {
				a, err := Accessor(o)
				require.NoError(t, err)
				got = append(got, a.GetName())
				if a.GetName() == tt.stopAt {
					return stop
				}
				return nil
			})
			assert.ErrorIs(t, err, tt.wantErr)
			if tt.wantErr == nil {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.wantNames, got)
		})
	}
	err := EachListItem(&noItems{}, func(runtime.Object) error { return nil })
	assert.ErrorContains(t, err, "is not a list")
}

func TestEachListItemAliasing(t *testing.T) {
	list := &testList{Items: []testObj{newTestObj("a")}}
	require.NoError(t, EachListItem(list, func(o runtime.Object) error { o.(*testObj).Name = "in-place"; return nil }))
	assert.Equal(t, "in-place", list.Items[0].Name)
	require.NoError(t, EachListItemWithAlloc(list, func(o runtime.Object) error { o.(*testObj).Name = "copy"; return nil }))
	assert.Equal(t, "in-place", list.Items[0].Name)
}

func TestSetList(t *testing.T) {
	a, b := newTestObj("a"), newTestObj("b")
	tests := []struct {
		name      string
		list      runtime.Object
		objects   []runtime.Object
		wantNames []string
		wantErr   string
	}{
		{name: "by value", list: &testList{}, objects: []runtime.Object{&a, &b}, wantNames: []string{"a", "b"}},
		{name: "pointers", list: &ptrList{}, objects: []runtime.Object{&a}, wantNames: []string{"a"}},
		{name: "interfaces", list: &ifaceList{}, objects: []runtime.Object{&b}, wantNames: []string{"b"}},
		{name: "raw extensions", list: &metav1.List{}, objects: []runtime.Object{&a}, wantNames: []string{"a"}},
		{name: "unstructured list", list: &unstructured.UnstructuredList{}, objects: []runtime.Object{&unstructured.Unstructured{Object: map[string]interface{}{"metadata": map[string]interface{}{"name": "u"}}}}, wantNames: []string{"u"}},
		{name: "empty", list: &testList{Items: []testObj{a}}, objects: nil, wantNames: []string{}},
		{name: "wrong type", list: &testList{}, objects: []runtime.Object{&metav1.Status{}}, wantErr: "item[0]: can't assign or convert v1.Status into meta.testObj"},
		{name: "nil object", list: &testList{}, objects: []runtime.Object{nil}, wantErr: "item[0]: can't assign a nil object"},
		{name: "not a list", list: &noItems{}, objects: nil, wantErr: "is not a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := SetList(tt.list, tt.objects)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			got, err := ExtractList(tt.list)
			require.NoError(t, err)
			assert.Equal(t, tt.wantNames, names(t, got))
		})
	}
}
