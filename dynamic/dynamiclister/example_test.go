package dynamiclister_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic/dynamiclister"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// A Lister reads CronTabs from an indexer, here filled by hand; in a
// program a dynamic informer's Informer().GetIndexer() keeps it in sync.
func ExampleNew() {
	indexer := cache.NewIndexer(cache.MetaNamespaceKeyFunc,
		cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc})
	for _, name := range []string{"nightly", "hourly"} {
		ct := &unstructured.Unstructured{Object: map[string]interface{}{
			"apiVersion": "stable.example.com/v1",
			"kind":       "CronTab",
			"metadata": map[string]interface{}{
				"namespace": "default",
				"name":      name,
				"labels":    map[string]interface{}{"schedule": name},
			},
		}}
		if err := indexer.Add(ct); err != nil {
			fmt.Println("add:", err)
			return
		}
	}

	gvr := schema.GroupVersionResource{Group: "stable.example.com", Version: "v1", Resource: "crontabs"}
	crontabs := dynamiclister.New(indexer, gvr).Namespace("default")

	hourly, err := crontabs.List(labels.SelectorFromSet(labels.Set{"schedule": "hourly"}))
	if err != nil {
		fmt.Println("list:", err)
		return
	}
	fmt.Println("hourly:", hourly[0].GetName())

	_, err = crontabs.Get("weekly")
	fmt.Println(err)
	// Output:
	// hourly: hourly
	// crontabs.stable.example.com "weekly" not found
}
