package kubernetes_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

// Example lists pods in every namespace and reads one, as a program using
// the reference client does after the import rewrite.
func Example() {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch r.URL.Path {
		case "/api/v1/pods":
			fmt.Fprint(w, `{"kind":"PodList","apiVersion":"v1","items":[
				{"metadata":{"name":"web-1","namespace":"default"}},
				{"metadata":{"name":"dns-1","namespace":"kube-system"}}]}`)
		case "/api/v1/namespaces/default/pods/web-1":
			fmt.Fprint(w, `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-1","namespace":"default"},"status":{"phase":"Running"}}`)
		default:
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}`)
		}
	}))
	defer server.Close()

	clientset, err := kubernetes.NewForConfig(&rest.Config{Host: server.URL})
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	pods, err := clientset.CoreV1().Pods("").List(ctx, metav1.ListOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pod := range pods.Items {
		fmt.Println(pod.Namespace + "/" + pod.Name)
	}
	pod, err := clientset.CoreV1().Pods("default").Get(ctx, "web-1", metav1.GetOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pod.Name, pod.Status.Phase)
	// Output:
	// default/web-1
	// kube-system/dns-1
	// web-1 Running
}
