package runtime

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// EncodeList replaces each object of objects, except *Unknown ones, by an
// *Unknown holding its encoding with e.
func EncodeList(e Encoder, objects []Object) error {
	for i, obj := range objects {
		if _, ok := obj.(*Unknown); ok {
			continue
		}
		var buf bytes.Buffer
		if err := e.Encode(obj, &buf); err != nil {
			return fmt.Errorf("encoding list item %d: %w", i, err)
		}
		objects[i] = &Unknown{Raw: buf.Bytes()}
	}
	return nil
}

// DecodeList replaces each *Unknown in objects by the object the first
// successful decoder produces, and returns the errors of items no decoder
// could decode (those items stay *Unknown).
func DecodeList(objects []Object, decoders ...Decoder) []error {
	var errs []error
	for i, obj := range objects {
		unk, ok := obj.(*Unknown)
		if !ok {
			continue
		}
		var lastErr error
		decoded := false
		for _, d := range decoders {
			out, err := Decode(d, unk.Raw)
			if err != nil {
				lastErr = err
				continue
			}
			objects[i] = out
			decoded = true
			break
		}
		if !decoded {
			if lastErr == nil {
				lastErr = errors.New("no decoder given")
			}
			errs = append(errs, fmt.Errorf("decoding list item %d: %w", i, lastErr))
		}
	}
	return errs
}

// encodable is an Object that marshals itself to JSON with an encoder,
// optionally converting to versions first.
type encodable struct {
	E        Encoder `json:"-"`
	obj      Object
	versions []schema.GroupVersion
}

// NewEncodable wraps obj so that json.Marshal encodes it with e. *Unknown
// objects are returned as they are.
func NewEncodable(e Encoder, obj Object, versions ...schema.GroupVersion) Object {
	if _, ok := obj.(*Unknown); ok {
		return obj
	}
	return encodable{E: e, obj: obj, versions: versions}
}

// NewEncodableList applies NewEncodable to each of objects.
func NewEncodableList(e Encoder, objects []Object, versions ...schema.GroupVersion) []Object {
	out := make([]Object, len(objects))
	for i := range objects {
		out[i] = NewEncodable(e, objects[i], versions...)
	}
	return out
}

func (e encodable) GetObjectKind() schema.ObjectKind { return e.obj.GetObjectKind() }

func (e encodable) DeepCopyObject() Object {
	out := e
	out.obj = e.obj.DeepCopyObject()
	out.versions = append([]schema.GroupVersion(nil), e.versions...)
	return out
}

// UnmarshalJSON fails: an encodable is write-only.
func (e encodable) UnmarshalJSON(in []byte) error {
	return errors.New("runtime.encodable cannot be unmarshalled")
}

// MarshalJSON encodes the wrapped object with the encoder.
func (e encodable) MarshalJSON() ([]byte, error) {
	return Encode(e.E, e.obj)
}

// Convert_runtime_Object_To_runtime_RawExtension stores *in in out: an
// *Unknown contributes its raw bytes, other objects are kept as Object.
func Convert_runtime_Object_To_runtime_RawExtension(in *Object, out *RawExtension, s conversion.Scope) error {
	if in == nil || *in == nil {
		out.Raw, out.Object = nil, nil
		return nil
	}
	if unk, ok := (*in).(*Unknown); ok {
		out.Raw, out.Object = unk.Raw, nil
		return nil
	}
	out.Raw, out.Object = nil, *in
	return nil
}

// Convert_runtime_RawExtension_To_runtime_Object returns in's Object, or an
// *Unknown holding its raw bytes, or nil for an empty extension.
func Convert_runtime_RawExtension_To_runtime_Object(in *RawExtension, out *Object, s conversion.Scope) error {
	switch {
	case in == nil:
		*out = nil
	case in.Object != nil:
		*out = in.Object
	case len(in.Raw) == 0 || bytes.Equal(bytes.TrimSpace(in.Raw), []byte("null")):
		*out = nil
	default:
		unk := &Unknown{Raw: in.Raw, ContentType: ContentTypeJSON}
		var tm TypeMeta
		if err := json.Unmarshal(in.Raw, &tm); err == nil {
			unk.TypeMeta = tm
		}
		*out = unk
	}
	return nil
}

// RegisterEmbeddedConversions registers the Object <-> RawExtension
// conversions with s.
func RegisterEmbeddedConversions(s *Scheme) error {
	if err := s.AddConversionFunc((*Object)(nil), (*RawExtension)(nil), func(a, b interface{}, scope conversion.Scope) error {
		return Convert_runtime_Object_To_runtime_RawExtension(a.(*Object), b.(*RawExtension), scope)
	}); err != nil {
		return err
	}
	return s.AddConversionFunc((*RawExtension)(nil), (*Object)(nil), func(a, b interface{}, scope conversion.Scope) error {
		return Convert_runtime_RawExtension_To_runtime_Object(a.(*RawExtension), b.(*Object), scope)
	})
}
