package informers_test

import (
	"context"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/informers"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// ExampleSharedInformerFactory fills a shared pod cache from an in-memory
// API server and reads it through the pod lister.
func ExampleSharedInformerFactory() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer server.Close()
	client, err := kubernetes.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Labels: map[string]string{"app": "web"}},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "web", Image: "nginx"}}},
	}
	if _, err := client.CoreV1().Pods("default").Create(context.Background(), pod, metav1.CreateOptions{}); err != nil {
		fmt.Println(err)
		return
	}

	factory := informers.NewSharedInformerFactory(client, 0)
	pods := factory.Core().V1().Pods().Lister() // registers the pod informer
	stop := make(chan struct{})
	factory.Start(stop)
	for typ, synced := range factory.WaitForCacheSync(stop) {
		fmt.Println(typ, "synced:", synced)
	}

	got, err := pods.Pods("default").Get("web")
	fmt.Println(got.Name, got.Labels["app"], err)
	all, _ := pods.List(labels.Everything())
	fmt.Println(len(all), "pod in the cache")

	close(stop)
	factory.Shutdown()
	// Output:
	// *v1.Pod synced: true
	// web web <nil>
	// 1 pod in the cache
}
