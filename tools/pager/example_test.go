package pager_test

import (
	"context"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/pager"
)

func Example() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer server.Close()
	client, err := dynamic.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	configMaps := client.Resource(schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}).Namespace("default")
	for i := 0; i < 5; i++ {
		cm := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ConfigMap"}}
		cm.SetName(fmt.Sprintf("cm-%d", i))
		if _, err := configMaps.Create(ctx, cm, metav1.CreateOptions{}); err != nil {
			fmt.Println(err)
			return
		}
	}

	p := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		return configMaps.List(ctx, opts)
	})
	p.PageSize = 2

	list, paginated, err := p.List(ctx, metav1.ListOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("items:", meta.LenList(list), "paginated:", paginated)

	err = p.EachListItem(ctx, metav1.ListOptions{}, func(obj runtime.Object) error {
		accessor, err := meta.Accessor(obj)
		if err != nil {
			return err
		}
		fmt.Println(accessor.GetName())
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// items: 5 paginated: true
	// cm-0
	// cm-1
	// cm-2
	// cm-3
	// cm-4
}
