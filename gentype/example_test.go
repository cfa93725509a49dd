package gentype_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/gentype"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/rest"
)

// ExampleNewClientWithList builds, by hand, the typed client a generated
// package builds for config maps, and lists them.
func ExampleNewClientWithList() {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"kind":"ConfigMapList","apiVersion":"v1","items":[{"metadata":{"name":"settings","namespace":"prod"}}]}`)
	}))
	defer server.Close()

	core := gentype.GroupConfig{GroupVersion: corev1.SchemeGroupVersion, APIPath: "/api", NegotiatedSerializer: scheme.Codecs.WithoutConversion()}
	restClient, err := gentype.NewGroupForConfig(&rest.Config{Host: server.URL}, core, func(c rest.Interface) rest.Interface { return c })
	if err != nil {
		fmt.Println(err)
		return
	}
	configMaps := gentype.NewClientWithList("configmaps", restClient, scheme.ParameterCodec, "prod",
		func() *corev1.ConfigMap { return &corev1.ConfigMap{} },
		func() *corev1.ConfigMapList { return &corev1.ConfigMapList{} })
	list, err := configMaps.List(context.Background(), metav1.ListOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cm := range list.Items {
		fmt.Println(cm.Namespace + "/" + cm.Name)
	}
	// Output:
	// prod/settings
}
