package unstructured

import (
	"reflect"
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// TestUnmarshalJSONErrorLeavesReceiver checks that UnmarshalJSON leaves the
// receiver unchanged on a malformed input, and fills it (as the reference
// does) when only the kind is missing.
func TestUnmarshalJSONErrorLeavesReceiver(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		listOnly bool // valid JSON for an Unstructured
	}{
		{"not an object", `[1,2]`, false},
		{"truncated", `{"kind":"Pod","metadata":{`, false},
		{"bad number", `{"kind":"Pod","n":1e}`, false},
		{"item not an object", `{"kind":"PodList","apiVersion":"v1","items":[1]}`, true},
		{"second item not an object", `{"kind":"PodList","apiVersion":"v1","items":[{"kind":"Pod"},"x"]}`, true},
	}
	for _, tt := range tests {
		t.Run("Unstructured/"+tt.name, func(t *testing.T) {
			if tt.listOnly {
				return
			}
			obj := &Unstructured{Object: map[string]interface{}{"kind": "Keep", "apiVersion": "v1"}}
			want := obj.DeepCopy()
			if err := obj.UnmarshalJSON([]byte(tt.in)); err == nil {
				t.Fatalf("UnmarshalJSON(%s) = nil error, want one", tt.in)
			}
			if !reflect.DeepEqual(obj, want) {
				t.Errorf("after a failed UnmarshalJSON got %v, want %v", obj.Object, want.Object)
			}
		})
		t.Run("UnstructuredList/"+tt.name, func(t *testing.T) {
			list := &UnstructuredList{
				Object: map[string]interface{}{"kind": "KeepList", "apiVersion": "v1"},
				Items:  []Unstructured{{Object: map[string]interface{}{"kind": "Keep"}}},
			}
			want := list.DeepCopy()
			if err := list.UnmarshalJSON([]byte(tt.in)); err == nil {
				t.Fatalf("UnmarshalJSON(%s) = nil error, want one", tt.in)
			}
			if !reflect.DeepEqual(list, want) {
				t.Errorf("after a failed UnmarshalJSON got %v / %v, want %v / %v", list.Object, list.Items, want.Object, want.Items)
			}
		})
	}
}

func TestUnmarshalJSONMissingKindFills(t *testing.T) {
	t.Run("Unstructured", func(t *testing.T) {
		obj := &Unstructured{Object: map[string]interface{}{"kind": "Old", "stale": true}}
		err := obj.UnmarshalJSON([]byte(`{"apiVersion":"v1","spec":{"n":1}}`))
		if !runtime.IsMissingKind(err) {
			t.Fatalf("err = %v, want a missing-kind error", err)
		}
		want := map[string]interface{}{"apiVersion": "v1", "spec": map[string]interface{}{"n": int64(1)}}
		if !reflect.DeepEqual(obj.Object, want) {
			t.Errorf("got %v, want %v", obj.Object, want)
		}
	})
	t.Run("UnstructuredList", func(t *testing.T) {
		list := &UnstructuredList{Object: map[string]interface{}{"kind": "OldList"}}
		err := list.UnmarshalJSON([]byte(`{"apiVersion":"v1","items":[{"kind":"Pod","n":2}]}`))
		if !runtime.IsMissingKind(err) {
			t.Fatalf("err = %v, want a missing-kind error", err)
		}
		if list.GetKind() != "" || len(list.Items) != 1 || list.Items[0].Object["n"] != int64(2) {
			t.Errorf("got %v / %v, want no kind and one item with n=2", list.Object, list.Items)
		}
	})
}

func TestUnmarshalJSONSuccessReplaces(t *testing.T) {
	obj := &Unstructured{Object: map[string]interface{}{"kind": "Old", "stale": true}}
	if err := obj.UnmarshalJSON([]byte(`{"kind":"Pod","apiVersion":"v1","spec":{"n":1}}`)); err != nil {
		t.Fatalf("UnmarshalJSON: %v", err)
	}
	want := map[string]interface{}{"kind": "Pod", "apiVersion": "v1", "spec": map[string]interface{}{"n": int64(1)}}
	if !reflect.DeepEqual(obj.Object, want) {
		t.Errorf("got %v, want %v", obj.Object, want)
	}
}
