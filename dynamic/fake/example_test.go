package fake_test

import (
	"context"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic/fake"
)

// A custom resource seeded into the fake is served like on a cluster with
// its CRD installed.
func Example() {
	gvr := schema.GroupVersionResource{Group: "example.com", Version: "v1", Resource: "widgets"}
	seed := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "example.com/v1", "kind": "Widget",
		"metadata": map[string]any{"namespace": "default", "name": "w1", "labels": map[string]any{"tier": "gold"}},
	}}
	client := fake.NewSimpleDynamicClient(runtime.NewScheme(), seed)

	list, err := client.Resource(gvr).Namespace("default").List(context.Background(), metav1.ListOptions{LabelSelector: "tier=gold"})
	if err != nil {
		fmt.Println("list:", err)
		return
	}
	for _, it := range list.Items {
		fmt.Println(it.GetKind(), it.GetName())
	}
	fmt.Println(client.Actions()[0].GetVerb(), client.Actions()[0].GetResource().Resource)
	// Output:
	// Widget w1
	// list widgets
}
