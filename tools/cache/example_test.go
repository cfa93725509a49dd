package cache_test

import (
	"fmt"
	"slices"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// An Indexer keyed by namespace/name with the namespace index and a
// user-defined index by node.
func ExampleNewIndexer() {
	byNode := func(obj interface{}) ([]string, error) {
		return []string{obj.(*corev1.Pod).Spec.NodeName}, nil
	}
	indexer := cache.NewIndexer(cache.MetaNamespaceKeyFunc, cache.Indexers{
		cache.NamespaceIndex: cache.MetaNamespaceIndexFunc,
		"node":               byNode,
	})
	for _, p := range []struct{ ns, name, node string }{
		{"default", "web-1", "node-a"},
		{"default", "web-2", "node-b"},
		{"kube-system", "dns", "node-a"},
	} {
		pod := &corev1.Pod{
			ObjectMeta: metav1.ObjectMeta{Namespace: p.ns, Name: p.name},
			Spec:       corev1.PodSpec{NodeName: p.node},
		}
		if err := indexer.Add(pod); err != nil {
			fmt.Println("add:", err)
			return
		}
	}

	keys, _ := indexer.IndexKeys("node", "node-a")
	slices.Sort(keys)
	fmt.Println("on node-a:", keys)

	inDefault, _ := indexer.ByIndex(cache.NamespaceIndex, "default")
	fmt.Println("in default:", len(inDefault))

	ns, name, _ := cache.SplitMetaNamespaceKey(keys[0])
	fmt.Printf("namespace %q, name %q\n", ns, name)
	// Output:
	// on node-a: [default/web-1 kube-system/dns]
	// in default: 2
	// namespace "default", name "web-1"
}
