package protobuf

import (
	"bytes"
	"fmt"
	"io"
	"reflect"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/internal/protox"
)

// protoEncodingPrefix starts every enveloped protobuf document.
var protoEncodingPrefix = []byte{0x6b, 0x38, 0x73, 0x00}

// Serializer encodes objects as the magic prefix plus a runtime.Unknown
// envelope naming their apiVersion and kind, and decodes such documents
// into objects of the kinds its creater knows.
type Serializer struct {
	creater runtime.ObjectCreater
	typer   runtime.ObjectTyper
}

var _ runtime.Serializer = &Serializer{}

// NewSerializer returns a Serializer creating objects with creater and
// naming their kinds with typer (both usually the Scheme).
func NewSerializer(creater runtime.ObjectCreater, typer runtime.ObjectTyper) *Serializer {
	return &Serializer{creater: creater, typer: typer}
}

// serializerIdentifier names the enveloped protobuf encoding.
const serializerIdentifier runtime.Identifier = "protobuf"

// Identifier names the encoding.
func (s *Serializer) Identifier() runtime.Identifier { return serializerIdentifier }

// RecognizesData reports whether data starts with the protobuf magic
// prefix.
func (s *Serializer) RecognizesData(data []byte) (ok, unknown bool, err error) {
	return bytes.HasPrefix(data, protoEncodingPrefix), false, nil
}

// Encode writes obj enveloped: a *runtime.Unknown is written as the
// envelope itself, any other object with the apiVersion and kind its
// ObjectKind holds (encoders that convert, or WithVersionEncoder, set it).
// Objects without protobuf tags (unstructured, most custom resources) are
// an error IsNotMarshalable recognises.
func (s *Serializer) Encode(obj runtime.Object, w io.Writer) error {
	if unk, ok := obj.(*runtime.Unknown); ok {
		_, err := w.Write(protox.AppendEnvelope(nil, unk.APIVersion, unk.Kind, unk.Raw))
		return err
	}
	if !supports(obj) {
		return errNotMarshalable{t: reflect.TypeOf(obj)}
	}
	apiVersion, kind := obj.GetObjectKind().GroupVersionKind().ToAPIVersionAndKind()
	data, err := protox.MarshalEnvelope(nil, apiVersion, kind, obj)
	if err != nil {
		return fmt.Errorf("protobuf: encoding %T: %w", obj, err)
	}
	_, err = w.Write(data)
	return err
}

// Decode decodes an enveloped document. The kind is the envelope's, with
// missing parts taken from gvk and then from the registered kind of into.
// into of type *runtime.Unknown receives the envelope; into of another or
// no kind gets a new object from the creater. The decoded object's
// apiVersion and kind are set from the envelope.
func (s *Serializer) Decode(originalData []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	if !bytes.HasPrefix(originalData, protoEncodingPrefix) {
		return nil, nil, fmt.Errorf("provided data does not appear to be a protobuf message, expected prefix %v", protoEncodingPrefix)
	}
	apiVersion, kind, raw, err := protox.DecodeEnvelope(originalData)
	if err != nil {
		return nil, nil, fmt.Errorf("protobuf: reading the envelope: %w", err)
	}
	actual := schema.FromAPIVersionAndKind(apiVersion, kind)
	if gvk != nil {
		actual = withDefaults(actual, *gvk)
	}
	into = nilIfTypedNil(into)
	if unk, ok := into.(*runtime.Unknown); ok {
		unk.APIVersion, unk.Kind = apiVersion, kind
		unk.Raw = append(unk.Raw[:0:0], raw...)
		unk.ContentType = runtime.ContentTypeProtobuf
		unk.ContentEncoding = ""
		return unk, &actual, nil
	}
	if _, ok := into.(runtime.Unstructured); ok {
		return nil, &actual, errNotMarshalable{t: reflect.TypeOf(into)}
	}
	if into != nil {
		kinds, _, err := s.typer.ObjectKinds(into)
		switch {
		case runtime.IsNotRegisteredError(err):
			return s.unmarshalInto(raw, into, actual)
		case err != nil:
			return nil, &actual, err
		default:
			actual = withDefaults(actual, kinds[0])
		}
	}
	if actual.Kind == "" {
		return nil, &actual, runtime.NewMissingKindErr(fmt.Sprintf("%#v", actual))
	}
	if actual.Version == "" {
		return nil, &actual, runtime.NewMissingVersionErr(fmt.Sprintf("%#v", actual))
	}
	obj, err := runtime.UseOrCreateObject(s.typer, s.creater, actual, into)
	if err != nil {
		return nil, &actual, err
	}
	return s.unmarshalInto(raw, obj, actual)
}

// unmarshalInto decodes raw into obj and sets obj's kind to actual.
func (s *Serializer) unmarshalInto(raw []byte, obj runtime.Object, actual schema.GroupVersionKind) (runtime.Object, *schema.GroupVersionKind, error) {
	if !supports(obj) {
		return nil, &actual, errNotMarshalable{t: reflect.TypeOf(obj)}
	}
	if err := protox.Unmarshal(raw, obj); err != nil {
		return nil, &actual, fmt.Errorf("protobuf: decoding %s into %T: %w", actual.Kind, obj, err)
	}
	obj.GetObjectKind().SetGroupVersionKind(actual)
	return obj, &actual, nil
}

// RawSerializer encodes and decodes the bare protobuf message of an
// object, without magic prefix or envelope; the caller supplies the kind.
// Watch streams use it for their WatchEvent frames.
type RawSerializer struct {
	creater runtime.ObjectCreater
	typer   runtime.ObjectTyper
}

var _ runtime.Serializer = &RawSerializer{}

// NewRawSerializer returns a RawSerializer creating objects with creater
// and naming their kinds with typer.
func NewRawSerializer(creater runtime.ObjectCreater, typer runtime.ObjectTyper) *RawSerializer {
	return &RawSerializer{creater: creater, typer: typer}
}

// rawSerializerIdentifier names the bare protobuf encoding.
const rawSerializerIdentifier runtime.Identifier = "raw-protobuf"

// Identifier names the encoding.
func (s *RawSerializer) Identifier() runtime.Identifier { return rawSerializerIdentifier }

// Encode writes the bare message of obj.
func (s *RawSerializer) Encode(obj runtime.Object, w io.Writer) error {
	if ev, ok := obj.(*metav1.WatchEvent); ok {
		_, err := w.Write(appendWatchEvent(nil, ev))
		return err
	}
	if !supports(obj) {
		return errNotMarshalable{t: reflect.TypeOf(obj)}
	}
	data, err := protox.Marshal(obj)
	if err != nil {
		return fmt.Errorf("protobuf: encoding %T: %w", obj, err)
	}
	_, err = w.Write(data)
	return err
}

// Decode decodes a bare message into into, or into a new object of kind
// gvk when into is nil or of another kind. Without into or a complete gvk
// the kind is unknown, which is an error.
func (s *RawSerializer) Decode(data []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	into = nilIfTypedNil(into)
	if ev, ok := into.(*metav1.WatchEvent); ok {
		if err := decodeWatchEvent(data, ev); err != nil {
			return nil, nil, fmt.Errorf("protobuf: decoding a watch event: %w", err)
		}
		return ev, &schema.GroupVersionKind{Version: "v1", Kind: "WatchEvent"}, nil
	}
	var actual schema.GroupVersionKind
	if gvk != nil {
		actual = *gvk
	}
	if into != nil {
		kinds, _, err := s.typer.ObjectKinds(into)
		switch {
		case runtime.IsNotRegisteredError(err):
			return rawUnmarshal(data, into, actual)
		case err != nil:
			return nil, &actual, err
		default:
			actual = withDefaults(actual, kinds[0])
		}
	}
	if actual.Kind == "" {
		return nil, &actual, runtime.NewMissingKindErr("<protobuf encoded body - must provide default type>")
	}
	if actual.Version == "" {
		return nil, &actual, runtime.NewMissingVersionErr("<protobuf encoded body - must provide default type>")
	}
	obj, err := runtime.UseOrCreateObject(s.typer, s.creater, actual, into)
	if err != nil {
		return nil, &actual, err
	}
	return rawUnmarshal(data, obj, actual)
}

// rawUnmarshal decodes data into obj.
func rawUnmarshal(data []byte, obj runtime.Object, actual schema.GroupVersionKind) (runtime.Object, *schema.GroupVersionKind, error) {
	if !supports(obj) {
		return nil, &actual, errNotMarshalable{t: reflect.TypeOf(obj)}
	}
	if err := protox.Unmarshal(data, obj); err != nil {
		return nil, &actual, fmt.Errorf("protobuf: decoding %T: %w", obj, err)
	}
	return obj, &actual, nil
}

// supports reports whether obj is a pointer to a struct the protobuf
// codec can handle.
func supports(obj runtime.Object) bool {
	t := reflect.TypeOf(obj)
	return t != nil && t.Kind() == reflect.Pointer && protox.Supports(t.Elem())
}

// nilIfTypedNil turns a typed nil pointer into nil, which cannot be filled.
func nilIfTypedNil(obj runtime.Object) runtime.Object {
	if obj == nil {
		return nil
	}
	if v := reflect.ValueOf(obj); v.Kind() == reflect.Pointer && v.IsNil() {
		return nil
	}
	return obj
}

// withDefaults fills the empty parts of gvk from defaults; the version
// and group come from defaults only together when the version is empty.
func withDefaults(gvk, defaults schema.GroupVersionKind) schema.GroupVersionKind {
	if gvk.Kind == "" {
		gvk.Kind = defaults.Kind
	}
	if gvk.Version == "" && gvk.Group == "" {
		gvk.Group = defaults.Group
		gvk.Version = defaults.Version
	}
	if gvk.Version == "" && gvk.Group != "" {
		gvk.Version = defaults.Version
	}
	return gvk
}
