package runtime

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// TypeMeta is the apiVersion and kind every serialized object carries. It is
// the runtime package's copy of metav1.TypeMeta for types that must not
// depend on meta/v1.
type TypeMeta struct {
	// APIVersion is the group/version, e.g. "apps/v1" or "v1".
	APIVersion string `json:"apiVersion,omitempty" yaml:"apiVersion,omitempty"`
	// Kind is the kind name, e.g. "Pod".
	Kind string `json:"kind,omitempty" yaml:"kind,omitempty"`
}

// GetObjectKind returns obj itself, which implements schema.ObjectKind.
func (obj *TypeMeta) GetObjectKind() schema.ObjectKind { return obj }

// SetGroupVersionKind sets APIVersion and Kind from gvk.
func (obj *TypeMeta) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	obj.APIVersion, obj.Kind = gvk.ToAPIVersionAndKind()
}

// GroupVersionKind parses APIVersion and Kind into a GroupVersionKind.
func (obj *TypeMeta) GroupVersionKind() schema.GroupVersionKind {
	return schema.FromAPIVersionAndKind(obj.APIVersion, obj.Kind)
}

// String renders the TypeMeta for debugging.
func (obj *TypeMeta) String() string {
	if obj == nil {
		return "nil"
	}
	return fmt.Sprintf("&TypeMeta{APIVersion:%s,Kind:%s,}", obj.APIVersion, obj.Kind)
}

// RawExtension holds an embedded object in a field whose type is not known
// statically: Raw keeps the serialized bytes, Object the decoded form.
type RawExtension struct {
	// Raw is the serialized object, usually JSON.
	Raw []byte `json:"-"`
	// Object is the decoded object; it is encoded when Raw is empty.
	Object Object `json:"-"`
}

// MarshalJSON writes Raw, or the JSON of Object when Raw is empty, or null.
func (re RawExtension) MarshalJSON() ([]byte, error) {
	if re.Raw != nil {
		return re.Raw, nil
	}
	if re.Object != nil {
		b, err := json.Marshal(re.Object)
		if err != nil {
			return nil, fmt.Errorf("encoding embedded object: %w", err)
		}
		return b, nil
	}
	return []byte("null"), nil
}

// UnmarshalJSON stores a copy of the input in Raw; null leaves Raw nil.
func (re *RawExtension) UnmarshalJSON(in []byte) error {
	if re == nil {
		return errors.New("runtime.RawExtension: UnmarshalJSON on nil pointer")
	}
	if bytes.Equal(bytes.TrimSpace(in), []byte("null")) {
		re.Raw = nil
		return nil
	}
	re.Raw = append(re.Raw[:0:0], in...)
	return nil
}

// String renders Raw as text, for debugging.
func (re *RawExtension) String() string {
	if re == nil || re.Raw == nil {
		return "nil"
	}
	return string(re.Raw)
}

// DeepCopyInto copies re into out; Object is deep-copied too.
func (re *RawExtension) DeepCopyInto(out *RawExtension) {
	*out = *re
	if re.Raw != nil {
		out.Raw = append([]byte(nil), re.Raw...)
	}
	if re.Object != nil {
		out.Object = re.Object.DeepCopyObject()
	}
}

// DeepCopy returns a deep copy of re, or nil for nil.
func (re *RawExtension) DeepCopy() *RawExtension {
	if re == nil {
		return nil
	}
	out := new(RawExtension)
	re.DeepCopyInto(out)
	return out
}

// Unknown is an object whose kind the decoder did not know. It keeps the
// raw bytes together with the apiVersion and kind found in them.
type Unknown struct {
	TypeMeta `json:",inline"`
	// Raw is the object as it was read.
	Raw []byte `json:"-"`
	// ContentEncoding is the encoding applied to Raw, e.g. "gzip"; usually empty.
	ContentEncoding string
	// ContentType is the media type of Raw, e.g. "application/json".
	ContentType string
}

// MarshalJSON writes Raw unchanged, or null when Raw is nil.
func (obj *Unknown) MarshalJSON() ([]byte, error) {
	if obj == nil || obj.Raw == nil {
		return []byte("null"), nil
	}
	return obj.Raw, nil
}

// UnmarshalJSON keeps a copy of the input as Raw with ContentType JSON.
func (obj *Unknown) UnmarshalJSON(in []byte) error {
	if obj == nil {
		return errors.New("runtime.Unknown: UnmarshalJSON on nil pointer")
	}
	obj.TypeMeta = TypeMeta{}
	obj.Raw = append(obj.Raw[:0:0], in...)
	obj.ContentEncoding = ""
	obj.ContentType = ContentTypeJSON
	return nil
}

// String renders the Unknown for debugging.
func (obj *Unknown) String() string {
	if obj == nil {
		return "nil"
	}
	return fmt.Sprintf("&Unknown{TypeMeta:%s,Raw:%q,ContentEncoding:%s,ContentType:%s,}",
		obj.TypeMeta.String(), obj.Raw, obj.ContentEncoding, obj.ContentType)
}

// DeepCopyInto copies obj into out.
func (obj *Unknown) DeepCopyInto(out *Unknown) {
	*out = *obj
	if obj.Raw != nil {
		out.Raw = append([]byte(nil), obj.Raw...)
	}
}

// DeepCopy returns a deep copy of obj, or nil for nil.
func (obj *Unknown) DeepCopy() *Unknown {
	if obj == nil {
		return nil
	}
	out := new(Unknown)
	obj.DeepCopyInto(out)
	return out
}

// DeepCopyObject returns a deep copy of obj as an Object.
func (obj *Unknown) DeepCopyObject() Object {
	if c := obj.DeepCopy(); c != nil {
		return c
	}
	return nil
}
