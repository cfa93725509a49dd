package unstructured

import (
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// UnstructuredList is a list of unstructured objects. Object holds the
// list's own fields (apiVersion, kind, metadata) without "items"; Items
// holds the members.
type UnstructuredList struct {
	// Object is the list's content other than its items.
	Object map[string]interface{}

	// Items are the list's members.
	Items []Unstructured `json:"items"`
}

var (
	_ runtime.Unstructured = &UnstructuredList{}
	_ metav1.ListInterface = &UnstructuredList{}
)

// GetObjectKind returns the list itself: it stores its kind in its content.
func (u *UnstructuredList) GetObjectKind() schema.ObjectKind { return u }

// IsList reports true: an UnstructuredList is always a list.
func (u *UnstructuredList) IsList() bool { return true }

// EachListItem calls fn with a pointer to each member of Items and stops at
// the first error.
func (u *UnstructuredList) EachListItem(fn func(runtime.Object) error) error {
	for i := range u.Items {
		if err := fn(&u.Items[i]); err != nil {
			return err
		}
	}
	return nil
}

// EachListItemWithAlloc calls fn with a new Unstructured sharing each
// member's content, so fn may keep it without keeping the whole list alive.
func (u *UnstructuredList) EachListItemWithAlloc(fn func(runtime.Object) error) error {
	for i := range u.Items {
		if err := fn(&Unstructured{Object: u.Items[i].Object}); err != nil {
			return err
		}
	}
	return nil
}

// NewEmptyInstance returns a new UnstructuredList with the same apiVersion
// and kind and no items.
func (u *UnstructuredList) NewEmptyInstance() runtime.Unstructured {
	out := new(UnstructuredList)
	if u != nil {
		out.SetGroupVersionKind(u.GroupVersionKind())
	}
	out.Items = []Unstructured{}
	return out
}

// UnstructuredContent returns a new map holding the list's fields and an
// "items" array of the members' maps. The members' maps are shared, not
// copied.
func (u *UnstructuredList) UnstructuredContent() map[string]interface{} {
	out := make(map[string]interface{}, len(u.Object)+1)
	for k, v := range u.Object {
		out[k] = v
	}
	items := make([]interface{}, len(u.Items))
	for i, item := range u.Items {
		items[i] = item.UnstructuredContent()
	}
	out["items"] = items
	return out
}

// wireContent is the list as it is encoded: its fields and an "items"
// array of the members' maps, where a member with a nil map is null.
func (u *UnstructuredList) wireContent() map[string]interface{} {
	out := make(map[string]interface{}, len(u.Object)+1)
	for k, v := range u.Object {
		out[k] = v
	}
	items := make([]interface{}, len(u.Items))
	for i := range u.Items {
		items[i] = u.Items[i].Object
	}
	out["items"] = items
	return out
}

// SetUnstructuredContent sets the list from content: the objects in its
// "items" array become Items (members that are not objects are dropped) and
// content, with "items" rewritten to the kept members, becomes Object.
func (u *UnstructuredList) SetUnstructuredContent(content map[string]interface{}) {
	u.Object = content
	if content == nil {
		u.Items = nil
		return
	}
	items, _ := content["items"].([]interface{})
	kept := make([]interface{}, 0, len(items))
	u.Items = make([]Unstructured, 0, len(items))
	for _, item := range items {
		m, ok := item.(map[string]interface{})
		if !ok {
			continue
		}
		u.Items = append(u.Items, Unstructured{Object: m})
		kept = append(kept, m)
	}
	content["items"] = kept
}

// MarshalJSON encodes the list's fields and items as one JSON object as JSON, byte for byte as encoding/json
// would, followed by a newline.
func (u *UnstructuredList) MarshalJSON() ([]byte, error) {
	b, err := marshalContent(u.wireContent())
	if err != nil {
		return nil, fmt.Errorf("encoding %T as JSON: %w", u, err)
	}
	return b, nil
}

// UnmarshalJSON replaces the list with the JSON list b. It is an error if b
// is not a JSON object, its items are not objects, or it has no kind. A
// list without a kind still replaces the content, as the reference does,
// and the error is then a missing-kind error (runtime.IsMissingKind); on
// any other error the list is left unchanged.
func (u *UnstructuredList) UnmarshalJSON(b []byte) error {
	var out UnstructuredList
	_, _, err := UnstructuredJSONScheme.Decode(b, nil, &out)
	if err == nil || runtime.IsMissingKind(err) {
		*u = out
	}
	return err
}

// DeepCopy returns a deep copy of the list.
func (u *UnstructuredList) DeepCopy() *UnstructuredList {
	if u == nil {
		return nil
	}
	out := new(UnstructuredList)
	u.DeepCopyInto(out)
	return out
}

// DeepCopyInto writes a deep copy of u into out.
func (u *UnstructuredList) DeepCopyInto(out *UnstructuredList) {
	out.Object = copyJSONMap(u.Object)
	if u.Items == nil {
		out.Items = nil
		return
	}
	out.Items = make([]Unstructured, len(u.Items))
	for i := range u.Items {
		u.Items[i].DeepCopyInto(&out.Items[i])
	}
}

// DeepCopyObject returns a deep copy of the list as a runtime.Object.
func (u *UnstructuredList) DeepCopyObject() runtime.Object {
	if c := u.DeepCopy(); c != nil {
		return c
	}
	return nil
}

func (u *UnstructuredList) setNestedField(value interface{}, fields ...string) {
	if u.Object == nil {
		u.Object = make(map[string]interface{})
	}
	_ = setNestedFieldNoCopy(u.Object, value, fields...)
}

// GetAPIVersion returns the list's apiVersion.
func (u *UnstructuredList) GetAPIVersion() string { return getNestedString(u.Object, "apiVersion") }

// SetAPIVersion sets the list's apiVersion.
func (u *UnstructuredList) SetAPIVersion(version string) { u.setNestedField(version, "apiVersion") }

// GetKind returns the list's kind.
func (u *UnstructuredList) GetKind() string { return getNestedString(u.Object, "kind") }

// SetKind sets the list's kind.
func (u *UnstructuredList) SetKind(kind string) { u.setNestedField(kind, "kind") }

// GroupVersionKind returns the list's kind and parsed apiVersion; an
// unparsable apiVersion gives the empty GroupVersionKind.
func (u *UnstructuredList) GroupVersionKind() schema.GroupVersionKind {
	gv, err := schema.ParseGroupVersion(u.GetAPIVersion())
	if err != nil {
		return schema.GroupVersionKind{}
	}
	return gv.WithKind(u.GetKind())
}

// SetGroupVersionKind sets the list's apiVersion and kind from gvk.
func (u *UnstructuredList) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	u.SetAPIVersion(gvk.GroupVersion().String())
	u.SetKind(gvk.Kind)
}

// GetResourceVersion returns metadata.resourceVersion.
func (u *UnstructuredList) GetResourceVersion() string {
	return getNestedString(u.Object, "metadata", "resourceVersion")
}

// SetResourceVersion sets metadata.resourceVersion.
func (u *UnstructuredList) SetResourceVersion(version string) {
	u.setNestedField(version, "metadata", "resourceVersion")
}

// GetSelfLink returns metadata.selfLink.
func (u *UnstructuredList) GetSelfLink() string {
	return getNestedString(u.Object, "metadata", "selfLink")
}

// SetSelfLink sets metadata.selfLink.
func (u *UnstructuredList) SetSelfLink(selfLink string) {
	u.setNestedField(selfLink, "metadata", "selfLink")
}

// GetContinue returns metadata.continue.
func (u *UnstructuredList) GetContinue() string {
	return getNestedString(u.Object, "metadata", "continue")
}

// SetContinue sets metadata.continue.
func (u *UnstructuredList) SetContinue(c string) { u.setNestedField(c, "metadata", "continue") }

// GetRemainingItemCount returns metadata.remainingItemCount, or nil when it
// is missing.
func (u *UnstructuredList) GetRemainingItemCount() *int64 {
	return getNestedInt64Pointer(u.Object, "metadata", "remainingItemCount")
}

// SetRemainingItemCount sets metadata.remainingItemCount; nil removes it.
func (u *UnstructuredList) SetRemainingItemCount(c *int64) {
	if c == nil {
		RemoveNestedField(u.Object, "metadata", "remainingItemCount")
		return
	}
	u.setNestedField(*c, "metadata", "remainingItemCount")
}
