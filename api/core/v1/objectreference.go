package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime/schema"

// GetObjectKind lets an ObjectReference serve as a runtime.Object: the
// reference itself carries the kind and API version.
func (obj *ObjectReference) GetObjectKind() schema.ObjectKind { return obj }

// SetGroupVersionKind sets APIVersion and Kind from gvk.
func (obj *ObjectReference) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	obj.APIVersion, obj.Kind = gvk.ToAPIVersionAndKind()
}

// GroupVersionKind parses APIVersion and Kind into a GroupVersionKind.
func (obj *ObjectReference) GroupVersionKind() schema.GroupVersionKind {
	return schema.FromAPIVersionAndKind(obj.APIVersion, obj.Kind)
}
