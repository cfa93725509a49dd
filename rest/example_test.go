package rest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
	"github.com/skiff-k8s/skiff/rest"
)

// ExampleRESTClientFor lists pods through a RESTClient, as programs
// written for client-go do; a local server stands in for the API server.
func ExampleRESTClientFor() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println(r.Method, r.URL.RequestURI())
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"kind":"PodList","apiVersion":"v1","items":[{"metadata":{"name":"web-0","namespace":"default"}}]}`)
	}))
	defer srv.Close()

	scheme := runtime.NewScheme()
	if err := corev1.AddToScheme(scheme); err != nil {
		fmt.Println(err)
		return
	}
	metav1.AddToGroupVersion(scheme, schema.GroupVersion{Version: "v1"})

	config := &rest.Config{Host: srv.URL}
	config.APIPath = "api"
	config.GroupVersion = &corev1.SchemeGroupVersion
	config.NegotiatedSerializer = serializer.NewCodecFactory(scheme)
	client, err := rest.RESTClientFor(config)
	if err != nil {
		fmt.Println(err)
		return
	}
	pods := &corev1.PodList{}
	err = client.Get().Namespace("default").Resource("pods").
		VersionedParams(&metav1.ListOptions{Limit: 500}, runtime.NewParameterCodec(scheme)).
		Do(context.Background()).Into(pods)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pod := range pods.Items {
		fmt.Println(pod.Namespace + "/" + pod.Name)
	}
	// Output:
	// GET /api/v1/namespaces/default/pods?limit=500
	// default/web-0
}
