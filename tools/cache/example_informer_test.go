package cache_test

import (
	"context"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// examplePod is a minimal pod in "default".
func examplePod(name string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: "default", Name: name},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "app", Image: "nginx"}}},
	}
}

// A shared informer caches the pods of a namespace and tells its handlers
// about each change; here against the in-memory API server.
func ExampleNewSharedIndexInformer() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer server.Close()
	if err := server.Add(examplePod("web-0")); err != nil {
		fmt.Println(err)
		return
	}
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}

	lw := cache.NewListWatchFromClient(client.CoreV1().RESTClient(), "pods", "default", fields.Everything())
	informer := cache.NewSharedIndexInformer(lw, &corev1.Pod{}, 0, cache.Indexers{cache.NamespaceIndex: cache.MetaNamespaceIndexFunc})
	// Most controllers never read managedFields: drop them from the cache.
	if err := informer.SetTransform(cache.TransformStripManagedFields); err != nil {
		fmt.Println(err)
		return
	}
	events := make(chan string, 10)
	_, err = informer.AddEventHandler(cache.ResourceEventHandlerDetailedFuncs{
		AddFunc: func(obj interface{}, isInInitialList bool) {
			events <- fmt.Sprintf("added %s (initial list: %v)", obj.(*corev1.Pod).Name, isInInitialList)
		},
		DeleteFunc: func(obj interface{}) {
			if pod, ok := obj.(*corev1.Pod); ok {
				events <- "deleted " + pod.Name
			}
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}

	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		informer.RunWithContext(ctx)
	}()
	defer func() {
		cancel()
		<-stopped
	}()
	if !cache.WaitForCacheSync(ctx.Done(), informer.HasSynced) {
		fmt.Println("cache did not sync")
		return
	}
	fmt.Println(<-events)

	pods := client.CoreV1().Pods("default")
	if _, err := pods.Create(ctx, examplePod("web-1"), metav1.CreateOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(<-events)
	if err := pods.Delete(ctx, "web-0", metav1.DeleteOptions{GracePeriodSeconds: new(int64)}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(<-events)

	cached, err := informer.GetIndexer().ByIndex(cache.NamespaceIndex, "default")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, obj := range cached {
		fmt.Println("cached:", obj.(*corev1.Pod).Name)
	}
	// Output:
	// added web-0 (initial list: true)
	// added web-1 (initial list: false)
	// deleted web-0
	// cached: web-1
}
