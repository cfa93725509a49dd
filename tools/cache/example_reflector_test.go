package cache_test

import (
	"context"
	"fmt"
	"slices"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// A Reflector keeps a store in step with the pods of a namespace: it fills
// the store, then applies the watch events.
func ExampleReflector() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer server.Close()
	pod := func(name string) *corev1.Pod {
		return &corev1.Pod{
			ObjectMeta: metav1.ObjectMeta{Namespace: "demo", Name: name},
			Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "web", Image: "nginx"}}},
		}
	}
	if err := server.Add(pod("web-1"), pod("web-2")); err != nil {
		fmt.Println(err)
		return
	}
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}

	lw := cache.NewListWatchFromClient(client.CoreV1().RESTClient(), "pods", "demo", nil)
	store := cache.NewStore(cache.MetaNamespaceKeyFunc)
	reflector := cache.NewReflectorWithOptions(lw, &corev1.Pod{}, store, cache.ReflectorOptions{Name: "demo-pods"})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		reflector.RunWithContext(ctx)
	}()

	// Wait until the first list (or watch-list) has reached the store.
	for reflector.LastSyncResourceVersion() == "" {
		time.Sleep(10 * time.Millisecond)
	}
	keys := store.ListKeys()
	slices.Sort(keys)
	fmt.Println(reflector.Name(), keys)

	cancel()
	<-done
	// Output:
	// demo-pods [demo/web-1 demo/web-2]
}
