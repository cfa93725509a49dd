package crd_test

import (
	"context"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	stablev1 "github.com/skiff-k8s/skiff/examples/crd/apis/stable/v1"
	"github.com/skiff-k8s/skiff/examples/crd/client"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// cronTabCRD is the CustomResourceDefinition of CronTab: namespaced, with
// a status subresource.
var cronTabCRD = map[string]any{
	"apiVersion": "apiextensions.k8s.io/v1",
	"kind":       "CustomResourceDefinition",
	"metadata":   map[string]any{"name": "crontabs.stable.example.com"},
	"spec": map[string]any{
		"group": "stable.example.com",
		"scope": "Namespaced",
		"names": map[string]any{"plural": "crontabs", "singular": "crontab", "kind": "CronTab", "listKind": "CronTabList"},
		"versions": []any{map[string]any{
			"name": "v1", "served": true, "storage": true,
			"schema":       map[string]any{"openAPIV3Schema": map[string]any{"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
			"subresources": map[string]any{"status": map[string]any{}},
		}},
	},
}

// Example creates a CronTab with the generated clientset, reports its
// status through the status subresource and lists it back.
func Example() {
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := server.AddCRD(cronTabCRD); err != nil {
		fmt.Println(err)
		return
	}
	clientset, err := client.NewForConfig(server.RESTConfig())
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	crontabs := clientset.StableV1().CronTabs("default")

	created, err := crontabs.Create(ctx, &stablev1.CronTab{
		ObjectMeta: metav1.ObjectMeta{Name: "backup"},
		Spec:       stablev1.CronTabSpec{CronSpec: "0 3 * * *", Image: "backup:1"},
	}, metav1.CreateOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	created.Status.Active = 1
	if _, err := crontabs.UpdateStatus(ctx, created, metav1.UpdateOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	list, err := crontabs.List(ctx, metav1.ListOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ct := range list.Items {
		fmt.Printf("%s/%s %q image=%s active=%d\n", ct.Namespace, ct.Name, ct.Spec.CronSpec, ct.Spec.Image, ct.Status.Active)
	}
	// Output:
	// default/backup "0 3 * * *" image=backup:1 active=1
}
