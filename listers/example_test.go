package listers_test

import (
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/listers"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// ExampleResourceIndexer lists and gets pods from an indexer, as the
// generated PodLister does.
func ExampleResourceIndexer() {
	idx := cache.NewIndexer(cache.MetaNamespaceKeyFunc, cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc})
	_ = idx.Add(&corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: "default", Name: "web", Labels: map[string]string{"app": "web"}}})
	_ = idx.Add(&corev1.Pod{ObjectMeta: metav1.ObjectMeta{Namespace: "kube-system", Name: "dns"}})

	all := listers.New[*corev1.Pod](idx, schema.GroupResource{Resource: "pod"})
	pods, _ := all.List(labels.Everything())
	fmt.Println(len(pods), "pods")

	inDefault := listers.NewNamespaced(all, "default")
	web, _ := inDefault.Get("web")
	fmt.Println(web.Labels["app"])
	_, err := inDefault.Get("dns")
	fmt.Println(err)
	// Output:
	// 2 pods
	// web
	// pod "dns" not found
}
