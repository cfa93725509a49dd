package fake_test

import (
	"context"
	"errors"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/kubernetes/fake"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

// A test seeds the fake with objects, uses it as a kubernetes.Interface,
// injects an error with a reactor and checks the recorded actions.
func Example() {
	cs := fake.NewSimpleClientset(&corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Namespace: "shop", Name: "web-1", Labels: map[string]string{"app": "web"}},
		Spec:       corev1.PodSpec{NodeName: "node-1", Containers: []corev1.Container{{Name: "web", Image: "nginx"}}},
	})
	ctx := context.Background()

	// Field selectors work: the server behind the fake evaluates them.
	pods, err := cs.CoreV1().Pods("shop").List(ctx, metav1.ListOptions{FieldSelector: "spec.nodeName=node-1"})
	if err != nil {
		fmt.Println("list:", err)
		return
	}
	fmt.Println("on node-1:", len(pods.Items), pods.Items[0].Name)

	cs.PrependReactor("delete", "pods", func(clienttesting.Action) (bool, runtime.Object, error) {
		return true, nil, errors.New("deletes are disabled")
	})
	err = cs.CoreV1().Pods("shop").Delete(ctx, "web-1", metav1.DeleteOptions{})
	fmt.Println("delete:", err)

	for _, a := range cs.Actions() {
		fmt.Println(a.GetVerb(), a.GetResource().Resource, a.GetNamespace())
	}
	// Output:
	// on node-1: 1 web-1
	// delete: deletes are disabled
	// list pods shop
	// delete pods shop
}
