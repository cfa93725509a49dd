package testing_test

import (
	"errors"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	clienttesting "github.com/skiff-k8s/skiff/testing"
)

// A Fake records actions and answers them with its reactors: here a
// tracker over an in-memory API server, behind a reactor refusing deletes.
func Example() {
	pods := schema.GroupVersionResource{Version: "v1", Resource: "pods"}
	f := &clienttesting.Fake{}
	f.AddReactor("*", "*", clienttesting.ObjectReaction(clienttesting.NewObjectTracker(scheme.Scheme, nil)))
	f.PrependReactor("delete", "pods", func(clienttesting.Action) (bool, runtime.Object, error) {
		return true, nil, errors.New("deletes are disabled")
	})

	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "web"},
		Spec:       corev1.PodSpec{Containers: []corev1.Container{{Name: "web", Image: "nginx"}}},
	}
	created, err := f.Invokes(clienttesting.NewCreateAction(pods, "default", pod), nil)
	if err != nil {
		fmt.Println("create:", err)
		return
	}
	fmt.Println("created", created.(*corev1.Pod).Name, "uid set:", created.(*corev1.Pod).UID != "")
	_, err = f.Invokes(clienttesting.NewDeleteAction(pods, "default", "web"), nil)
	fmt.Println("delete:", err)
	for _, a := range f.Actions() {
		fmt.Println(a.GetVerb(), a.GetResource().Resource)
	}
	// Output:
	// created web uid set: true
	// delete: deletes are disabled
	// create pods
	// delete pods
}
