package v1_test

import (
	"encoding/json"
	"fmt"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Example shows the metadata of an object, its wire form, a controller
// reference and a label selector.
func Example() {
	owner := metav1.ObjectMeta{Name: "web-7d4b9", UID: "2f1c"}
	pod := metav1.ObjectMeta{
		Name:              "web-7d4b9-x2k4p",
		Namespace:         metav1.NamespaceDefault,
		Labels:            map[string]string{"app": "web"},
		CreationTimestamp: metav1.Date(2024, time.March, 5, 10, 20, 30, 0, time.UTC),
	}
	gvk := schema.GroupVersionKind{Group: "apps", Version: "v1", Kind: "ReplicaSet"}
	pod.OwnerReferences = []metav1.OwnerReference{*metav1.NewControllerRef(&owner, gvk)}

	out, _ := json.Marshal(pod)
	fmt.Println(string(out))
	fmt.Println("controlled by owner:", metav1.IsControlledBy(&pod, &owner))

	sel, err := metav1.ParseToLabelSelector("app=web,tier in (frontend,edge)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("selector:", metav1.FormatLabelSelector(sel))
	// Output:
	// {"name":"web-7d4b9-x2k4p","namespace":"default","creationTimestamp":"2024-03-05T10:20:30Z","labels":{"app":"web"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-7d4b9","uid":"2f1c","controller":true,"blockOwnerDeletion":true}]}
	// controlled by owner: true
	// selector: app=web,tier in (edge,frontend)
}

// ExampleTime shows the wire forms of Time and MicroTime.
func ExampleTime() {
	t := metav1.Date(2024, time.March, 5, 10, 20, 30, 123456789, time.UTC)
	mt := metav1.NewMicroTime(t.Time)
	a, _ := json.Marshal(t)
	b, _ := json.Marshal(mt)
	c, _ := json.Marshal(metav1.Time{})
	fmt.Println(string(a), string(b), string(c))
	// Output: "2024-03-05T10:20:30Z" "2024-03-05T10:20:30.123456Z" null
}
