package dynamicinformer_test

import (
	"context"
	"fmt"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/dynamic/dynamicinformer"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// A factory's informer caches ConfigMaps as unstructured objects and
// reports the ones created while it runs; its Lister reads the cache.
func ExampleNewDynamicSharedInformerFactory() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	client, err := dynamic.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	gvr := schema.GroupVersionResource{Version: "v1", Resource: "configmaps"}
	configMaps := client.Resource(gvr).Namespace("default")
	newConfigMap := func(name string) *unstructured.Unstructured {
		return &unstructured.Unstructured{Object: map[string]interface{}{
			"apiVersion": "v1", "kind": "ConfigMap",
			"metadata": map[string]interface{}{"name": name},
		}}
	}
	ctx := context.Background()
	if _, err := configMaps.Create(ctx, newConfigMap("settings"), metav1.CreateOptions{}); err != nil {
		fmt.Println(err)
		return
	}

	factory := dynamicinformer.NewDynamicSharedInformerFactory(client, 10*time.Minute)
	informer := factory.ForResource(gvr)
	added := make(chan string, 10)
	_, err = informer.Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc: func(obj interface{}) { added <- obj.(*unstructured.Unstructured).GetName() },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	stop := make(chan struct{})
	defer factory.Shutdown() // runs after close(stop)
	defer close(stop)
	factory.Start(stop)
	fmt.Println("synced:", factory.WaitForCacheSync(stop)[gvr])
	fmt.Println("added:", <-added)

	if _, err := configMaps.Create(ctx, newConfigMap("features"), metav1.CreateOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("added:", <-added)
	cached, err := informer.Lister().ByNamespace("default").Get("features")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("cached:", cached.(*unstructured.Unstructured).GetName())
	// Output:
	// synced: true
	// added: settings
	// added: features
	// cached: features
}
