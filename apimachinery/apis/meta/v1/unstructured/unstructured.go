package unstructured

import (
	"errors"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Unstructured is a Kubernetes object kept as a JSON-shaped map. It
// implements runtime.Object, runtime.Unstructured, metav1.Object and
// schema.ObjectKind. Object holds the whole object, including apiVersion,
// kind and metadata; values are string, bool, int64, float64, nil,
// []interface{} or map[string]interface{}.
//
// If Object has an "items" field holding a list, the object is a list and
// IsList reports true; UnstructuredList is the typed form of such a list.
type Unstructured struct {
	// Object is the object's content as a JSON-shaped map.
	Object map[string]interface{}
}

var (
	_ runtime.Unstructured = &Unstructured{}
	_ schema.ObjectKind    = &Unstructured{}
)

// GetObjectKind returns the object itself: Unstructured stores its kind in
// its content.
func (obj *Unstructured) GetObjectKind() schema.ObjectKind { return obj }

// IsList reports whether the content has an "items" field holding a list.
func (obj *Unstructured) IsList() bool {
	field, ok := obj.Object["items"]
	if !ok {
		return false
	}
	_, ok = field.([]interface{})
	return ok
}

// ToList converts a list-shaped object into an UnstructuredList whose Items
// share the content of the original items. An object that is not a list
// gives a list with no items and the same content.
func (obj *Unstructured) ToList() (*UnstructuredList, error) {
	if !obj.IsList() {
		return &UnstructuredList{Object: obj.Object}, nil
	}
	ret := &UnstructuredList{Object: obj.Object}
	err := obj.EachListItem(func(item runtime.Object) error {
		ret.Items = append(ret.Items, *item.(*Unstructured))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ret, nil
}

// EachListItem calls fn with each member of the "items" list, wrapped in a
// new Unstructured that shares the member's map. It stops at and returns
// the first error of fn; it is an error if the content is not a list or a
// member is not an object.
func (obj *Unstructured) EachListItem(fn func(runtime.Object) error) error {
	field, ok := obj.Object["items"]
	if !ok {
		return errors.New("content is not a list: no items field")
	}
	items, ok := field.([]interface{})
	if !ok {
		return fmt.Errorf("content is not a list: items is of the type %T", field)
	}
	for i, item := range items {
		child, ok := item.(map[string]interface{})
		if !ok {
			return fmt.Errorf("items member %d is not an object: it is of the type %T", i, item)
		}
		if err := fn(&Unstructured{Object: child}); err != nil {
			return err
		}
	}
	return nil
}

// EachListItemWithAlloc is EachListItem: it already hands fn a newly
// allocated Unstructured for each item.
func (obj *Unstructured) EachListItemWithAlloc(fn func(runtime.Object) error) error {
	return obj.EachListItem(fn)
}

// UnstructuredContent returns the object's map, not a copy. A nil map is
// returned as a new empty map that is not stored in the object.
func (obj *Unstructured) UnstructuredContent() map[string]interface{} {
	if obj.Object == nil {
		return make(map[string]interface{})
	}
	return obj.Object
}

// SetUnstructuredContent replaces the object's map with content, without
// copying it.
func (obj *Unstructured) SetUnstructuredContent(content map[string]interface{}) {
	obj.Object = content
}

// MarshalJSON encodes the object's content as JSON, byte for byte as encoding/json
// would, followed by a newline.
func (obj *Unstructured) MarshalJSON() ([]byte, error) {
	b, err := marshalContent(obj.Object)
	if err != nil {
		return nil, fmt.Errorf("encoding %T as JSON: %w", obj, err)
	}
	return b, nil
}

// UnmarshalJSON replaces the object's content with the JSON object b. It is
// an error if b is not a JSON object or has no kind. A JSON object without
// a kind still replaces the content, as the reference does, and the error
// is then a missing-kind error (runtime.IsMissingKind); on any other error
// the object is left unchanged.
func (obj *Unstructured) UnmarshalJSON(b []byte) error {
	var out Unstructured
	_, _, err := UnstructuredJSONScheme.Decode(b, nil, &out)
	if err == nil || runtime.IsMissingKind(err) {
		*obj = out
	}
	return err
}

// NewEmptyInstance returns a new Unstructured with the same apiVersion and
// kind and no other content.
func (obj *Unstructured) NewEmptyInstance() runtime.Unstructured {
	out := new(Unstructured)
	if obj != nil {
		out.GetObjectKind().SetGroupVersionKind(obj.GetObjectKind().GroupVersionKind())
	}
	return out
}

// DeepCopy returns a deep copy of the object. Values in the content that are
// not JSON-compatible are shared with the original rather than copied.
func (obj *Unstructured) DeepCopy() *Unstructured {
	if obj == nil {
		return nil
	}
	out := new(Unstructured)
	obj.DeepCopyInto(out)
	return out
}

// DeepCopyInto writes a deep copy of obj into out.
func (obj *Unstructured) DeepCopyInto(out *Unstructured) {
	out.Object = copyJSONMap(obj.Object)
}

// DeepCopyObject returns a deep copy of the object as a runtime.Object.
func (obj *Unstructured) DeepCopyObject() runtime.Object {
	if c := obj.DeepCopy(); c != nil {
		return c
	}
	return nil
}

// setNestedField stores value at fields, creating the content map if
// needed. Values set through the typed accessors are always JSON-compatible,
// so the error can only come from a non-map value on the path, which the
// accessors replace nothing for; it is dropped like the reference does.
func (obj *Unstructured) setNestedField(value interface{}, fields ...string) {
	if obj.Object == nil {
		obj.Object = make(map[string]interface{})
	}
	_ = setNestedFieldNoCopy(obj.Object, value, fields...)
}

// GetAPIVersion returns the apiVersion field, or "" if it is missing or not
// a string.
func (obj *Unstructured) GetAPIVersion() string { return getNestedString(obj.Object, "apiVersion") }

// SetAPIVersion sets the apiVersion field.
func (obj *Unstructured) SetAPIVersion(version string) { obj.setNestedField(version, "apiVersion") }

// GetKind returns the kind field, or "" if it is missing or not a string.
func (obj *Unstructured) GetKind() string { return getNestedString(obj.Object, "kind") }

// SetKind sets the kind field.
func (obj *Unstructured) SetKind(kind string) { obj.setNestedField(kind, "kind") }

// GroupVersionKind returns the kind and parsed apiVersion; an unparsable
// apiVersion gives the empty GroupVersionKind.
func (obj *Unstructured) GroupVersionKind() schema.GroupVersionKind {
	gv, err := schema.ParseGroupVersion(obj.GetAPIVersion())
	if err != nil {
		return schema.GroupVersionKind{}
	}
	return gv.WithKind(obj.GetKind())
}

// SetGroupVersionKind sets apiVersion and kind from gvk.
func (obj *Unstructured) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	obj.SetAPIVersion(gvk.GroupVersion().String())
	obj.SetKind(gvk.Kind)
}
