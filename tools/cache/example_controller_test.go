package cache_test

import (
	"context"
	"fmt"
	"slices"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// A DeltaFIFO keeps the changes of each key together and in order; a key
// keeps its place in line however often it changes.
func ExampleDeltaFIFO() {
	type item struct{ name, value string }
	keyOf := func(obj interface{}) (string, error) { return obj.(item).name, nil }
	queue := cache.NewDeltaFIFOWithOptions(cache.DeltaFIFOOptions{KeyFunction: keyOf})

	_ = queue.Add(item{"a", "1"})
	_ = queue.Add(item{"b", "1"})
	_ = queue.Update(item{"a", "2"})
	_ = queue.Delete(item{"b", "1"})

	for range 2 {
		_, _ = queue.Pop(func(obj interface{}, _ bool) error {
			for _, d := range obj.(cache.Deltas) {
				fmt.Printf("%s %s=%s\n", d.Type, d.Object.(item).name, d.Object.(item).value)
			}
			return nil
		})
	}
	// Output:
	// Added a=1
	// Updated a=2
	// Added b=1
	// Deleted b=1
}

// A Controller runs a reflector into a queue and pops the queue into
// Process; here Process keeps an indexer up to date and reports changes.
func ExampleNew() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer server.Close()
	configMap := func(name string) *corev1.ConfigMap {
		return &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Namespace: "demo", Name: name}}
	}
	if err := server.Add(configMap("one"), configMap("two")); err != nil {
		fmt.Println(err)
		return
	}
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}

	indexer := cache.NewIndexer(cache.DeletionHandlingMetaNamespaceKeyFunc, cache.Indexers{})
	changes := make(chan string, 10)
	controller := cache.New(&cache.Config{
		Queue:         cache.NewRealFIFO(cache.MetaNamespaceKeyFunc, indexer, nil),
		ListerWatcher: cache.NewListWatchFromClient(client.CoreV1().RESTClient(), "configmaps", "demo", nil),
		ObjectType:    &corev1.ConfigMap{},
		Process: func(obj interface{}, isInInitialList bool) error {
			for _, d := range obj.(cache.Deltas) {
				key, err := cache.DeletionHandlingMetaNamespaceKeyFunc(d.Object)
				if err != nil {
					return err
				}
				if d.Type == cache.Deleted {
					err = indexer.Delete(d.Object)
				} else {
					err = indexer.Update(d.Object)
				}
				if err != nil {
					return err
				}
				changes <- fmt.Sprintf("%s %s initial=%v", d.Type, key, isInInitialList)
			}
			return nil
		},
	})

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	defer func() {
		cancel()
		<-done
	}()
	go func() {
		defer close(done)
		controller.RunWithContext(ctx)
	}()

	initial := []string{<-changes, <-changes}
	slices.Sort(initial)
	fmt.Println(initial[0])
	fmt.Println(initial[1])

	_, err = client.CoreV1().ConfigMaps("demo").Create(ctx, configMap("three"), metav1.CreateOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(<-changes)
	fmt.Println("stored:", len(indexer.ListKeys()), "synced:", controller.HasSynced())
	// Output:
	// Replaced demo/one initial=true
	// Replaced demo/two initial=true
	// Added demo/three initial=false
	// stored: 3 synced: true
}
