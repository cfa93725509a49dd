package testing

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// toUnstructured encodes obj as an Unstructured with apiVersion and kind
// set (from the scheme when the object does not carry them).
func (t *serverTracker) toUnstructured(obj runtime.Object) (*unstructured.Unstructured, error) {
	if obj == nil {
		return nil, errors.New("testing: nil object")
	}
	if u, ok := obj.(*unstructured.Unstructured); ok {
		return u.DeepCopy(), nil
	}
	raw, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("testing: encode %T: %w", obj, err)
	}
	u, err := decodeUnstructured(raw)
	if err != nil {
		return nil, fmt.Errorf("testing: decode %T: %w", obj, err)
	}
	if u.GetKind() == "" && t.scheme != nil {
		kinds, _, err := t.scheme.ObjectKinds(obj)
		if err != nil || len(kinds) == 0 {
			return nil, fmt.Errorf("testing: kind of %T: %w", obj, err)
		}
		u.SetGroupVersionKind(kinds[0])
	}
	return u, nil
}

// decodeUnstructured decodes a JSON object with Unstructured's decoder, so
// integers stay int64 (encoding/json would give float64, rounding those
// above 2^53 and breaking NestedInt64). A missing kind is not an error: the
// callers set it or do not need it.
func decodeUnstructured(raw []byte) (*unstructured.Unstructured, error) {
	u := &unstructured.Unstructured{}
	if err := u.UnmarshalJSON(raw); err != nil && !runtime.IsMissingKind(err) {
		return nil, err
	}
	return u, nil
}

// fromUnstructured decodes u into its Go type when the scheme knows it.
func (t *serverTracker) fromUnstructured(u *unstructured.Unstructured) (runtime.Object, error) {
	return t.decode(u, u.GroupVersionKind())
}

// decode re-encodes obj into a new object of gvk, or returns obj when the
// scheme does not know gvk.
func (t *serverTracker) decode(obj runtime.Object, gvk schema.GroupVersionKind) (runtime.Object, error) {
	if t.scheme == nil || !t.scheme.Recognizes(gvk) {
		return obj, nil
	}
	out, err := t.scheme.New(gvk)
	if err != nil {
		return nil, fmt.Errorf("testing: new %s: %w", gvk, err)
	}
	raw, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("testing: encode %s: %w", gvk, err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return nil, fmt.Errorf("testing: decode %s: %w", gvk, err)
	}
	return out, nil
}
