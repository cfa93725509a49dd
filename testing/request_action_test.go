package testing

import (
	"testing"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
)

func TestDecodeBodyKeepsIntegers(t *testing.T) {
	obj := actionBuilder{}.decodeBody(target{}, []byte(`{"apiVersion":"example.com/v1","kind":"Widget","spec":{"replicas":3}}`))
	u, ok := obj.(*unstructured.Unstructured)
	if !ok {
		t.Fatalf("got %T", obj)
	}
	if n, found, err := unstructured.NestedInt64(u.Object, "spec", "replicas"); err != nil || !found || n != 3 {
		t.Fatalf("replicas = %v %v %v (%T)", n, found, err, u.Object["spec"].(map[string]any)["replicas"])
	}
}

func TestDecodeBodyWithoutKindKeepsIntegers(t *testing.T) {
	u := &unstructured.Unstructured{}
	err := u.UnmarshalJSON([]byte(`{"spec":{"replicas":3}}`))
	if n, _, _ := unstructured.NestedInt64(u.Object, "spec", "replicas"); n != 3 {
		t.Fatalf("a kindless body must still fill the object: %v %v", err, u.Object)
	}
}
