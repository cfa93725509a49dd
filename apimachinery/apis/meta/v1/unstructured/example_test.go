package unstructured_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
)

func Example() {
	data := []byte(`{"apiVersion":"apps/v1","kind":"Deployment",
		"metadata":{"name":"web","labels":{"app":"web"}},
		"spec":{"replicas":3,"paused":false,"ratio":0.5}}`)
	obj, _, err := unstructured.UnstructuredJSONScheme.Decode(data, nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	u := obj.(*unstructured.Unstructured)
	replicas, found, err := unstructured.NestedInt64(u.Object, "spec", "replicas")
	fmt.Println(u.GetName(), u.GetLabels()["app"], replicas, found, err)

	_, _, err = unstructured.NestedInt64(u.Object, "spec", "ratio")
	fmt.Println(err)

	_ = unstructured.SetNestedField(u.Object, int64(5), "spec", "replicas")
	out, _ := u.MarshalJSON()
	fmt.Print(string(out))
	// Output:
	// web web 3 true <nil>
	// .spec.ratio accessor error: 0.5 is of the type float64, expected int64
	// {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"app":"web"},"name":"web"},"spec":{"paused":false,"ratio":0.5,"replicas":5}}
}
