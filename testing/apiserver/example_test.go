package apiserver_test

import (
	"context"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// Example runs the real dynamic client against the server in process.
func Example() {
	s, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	client, err := dynamic.NewForConfig(s.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	cms := client.Resource(schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}).Namespace("default")
	ctx := context.Background()
	cm := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]any{"name": "greeting"},
		"data":     map[string]any{"hello": "world"},
	}}
	if _, err := cms.Create(ctx, cm, metav1.CreateOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	list, err := cms.List(ctx, metav1.ListOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, item := range list.Items {
		fmt.Println(item.GetName(), item.Object["data"])
	}
	_, err = cms.Get(ctx, "missing", metav1.GetOptions{})
	fmt.Println(err)
	// Output:
	// greeting map[hello:world]
	// configmaps "missing" not found
}
