package meta_test

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func ExampleDefaultRESTMapper() {
	apps := schema.GroupVersion{Group: "apps", Version: "v1"}
	mapper := meta.NewDefaultRESTMapper([]schema.GroupVersion{apps})
	mapper.Add(apps.WithKind("Deployment"), meta.RESTScopeNamespace)

	mapping, err := mapper.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	fmt.Println(mapping.Resource, mapping.Scope.Name(), err)

	gvk, err := mapper.KindFor(schema.GroupVersionResource{Resource: "deployment"})
	fmt.Println(gvk, err)

	_, err = mapper.RESTMapping(schema.GroupKind{Group: "batch", Kind: "Job"})
	fmt.Println(err, meta.IsNoMatchError(err))
	// Output:
	// apps/v1, Resource=deployments namespace <nil>
	// apps/v1, Kind=Deployment <nil>
	// no matches for kind "Job" in group "batch" true
}

func ExampleSetStatusCondition() {
	var conditions []metav1.Condition
	changed := meta.SetStatusCondition(&conditions, metav1.Condition{Type: "Ready", Status: metav1.ConditionFalse, Reason: "Starting"})
	fmt.Println(changed, meta.IsStatusConditionFalse(conditions, "Ready"))

	changed = meta.SetStatusCondition(&conditions, metav1.Condition{Type: "Ready", Status: metav1.ConditionFalse, Reason: "Starting"})
	fmt.Println(changed)

	changed = meta.SetStatusCondition(&conditions, metav1.Condition{Type: "Ready", Status: metav1.ConditionTrue, Reason: "Up"})
	fmt.Println(changed, meta.IsStatusConditionTrue(conditions, "Ready"), meta.FindStatusCondition(conditions, "Ready").Reason)
	// Output:
	// true true
	// false
	// true true Up
}

func ExampleAccessor() {
	obj := &unstructured.Unstructured{}
	obj.SetName("web")
	accessor, err := meta.Accessor(obj)
	if err != nil {
		fmt.Println(err)
		return
	}
	accessor.SetLabels(map[string]string{"app": "web"})
	fmt.Println(accessor.GetName(), obj.GetLabels())

	_, err = meta.Accessor("not an object")
	fmt.Println(err)
	// Output:
	// web map[app:web]
	// object does not implement the Object interfaces
}
