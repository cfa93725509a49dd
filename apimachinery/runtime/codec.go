package runtime

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"reflect"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Encode encodes obj with e and returns the bytes.
func Encode(e Encoder, obj Object) ([]byte, error) {
	buf := &bytes.Buffer{}
	if err := e.Encode(obj, buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// EncodeOrDie is Encode that panics on error and returns a string. Use it
// only in tests and examples.
func EncodeOrDie(e Encoder, obj Object) string {
	b, err := Encode(e, obj)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Decode decodes data with d into a new object of the kind the data names.
func Decode(d Decoder, data []byte) (Object, error) {
	obj, _, err := d.Decode(data, nil, nil)
	return obj, err
}

// DecodeInto decodes data with d into the object into. It fails when the
// data is of a kind that does not fit into.
func DecodeInto(d Decoder, data []byte, into Object) error {
	out, gvk, err := d.Decode(data, nil, into)
	if err != nil {
		return err
	}
	if out != into {
		return fmt.Errorf("unable to decode %s into %v", gvk, reflect.TypeOf(into))
	}
	return nil
}

// UseOrCreateObject returns obj when it is of kind gvk, or a new object of
// kind gvk otherwise.
func UseOrCreateObject(t ObjectTyper, c ObjectCreater, gvk schema.GroupVersionKind, obj Object) (Object, error) {
	if obj != nil {
		kinds, _, err := t.ObjectKinds(obj)
		if err != nil {
			return nil, err
		}
		for _, kind := range kinds {
			if gvk == kind {
				return obj, nil
			}
		}
	}
	return c.New(gvk)
}

// NoopEncoder is a Serializer whose Encode always fails; decoding goes to
// the embedded Decoder.
type NoopEncoder struct {
	Decoder
}

var _ Serializer = NoopEncoder{}

const noopEncoderIdentifier Identifier = "noop"

// Encode returns an error: this codec cannot encode.
func (n NoopEncoder) Encode(obj Object, w io.Writer) error {
	return fmt.Errorf("encoding is not allowed for this codec: %v", reflect.TypeOf(n.Decoder))
}

// Identifier returns "noop".
func (n NoopEncoder) Identifier() Identifier { return noopEncoderIdentifier }

// NoopDecoder is a Serializer whose Decode always fails; encoding goes to
// the embedded Encoder.
type NoopDecoder struct {
	Encoder
}

var _ Serializer = NoopDecoder{}

// Decode returns an error: this codec cannot decode.
func (n NoopDecoder) Decode(data []byte, gvk *schema.GroupVersionKind, into Object) (Object, *schema.GroupVersionKind, error) {
	return nil, nil, fmt.Errorf("decoding is not allowed for this codec: %v", reflect.TypeOf(n.Encoder))
}

// codec joins an Encoder and a Decoder.
type codec struct {
	Encoder
	Decoder
}

// NewCodec joins an encoder and a decoder into a Codec.
func NewCodec(e Encoder, d Decoder) Codec {
	return codec{Encoder: e, Decoder: d}
}

// simpleNegotiatedSerializer offers one media type and never converts.
type simpleNegotiatedSerializer struct {
	info SerializerInfo
}

// NewSimpleNegotiatedSerializer returns a NegotiatedSerializer offering only
// info, whose EncoderForVersion and DecoderToVersion do not convert.
func NewSimpleNegotiatedSerializer(info SerializerInfo) NegotiatedSerializer {
	return &simpleNegotiatedSerializer{info: info}
}

func (n *simpleNegotiatedSerializer) SupportedMediaTypes() []SerializerInfo {
	return []SerializerInfo{n.info}
}

func (n *simpleNegotiatedSerializer) EncoderForVersion(e Encoder, _ GroupVersioner) Encoder {
	return e
}

func (n *simpleNegotiatedSerializer) DecoderToVersion(d Decoder, _ GroupVersioner) Decoder {
	return d
}

// SerializerInfoForMediaType returns the entry of types whose MediaType is
// mediaType, or else the first entry without a media type.
func SerializerInfoForMediaType(types []SerializerInfo, mediaType string) (SerializerInfo, bool) {
	for _, info := range types {
		if info.MediaType == mediaType {
			return info, true
		}
	}
	for _, info := range types {
		if len(info.MediaType) == 0 {
			return info, true
		}
	}
	return SerializerInfo{}, false
}

// WithVersionEncoder sets the object's apiVersion and kind (the one Version
// prefers, or its first registered kind) while encoding, and restores the
// previous values afterwards.
type WithVersionEncoder struct {
	// Version picks the kind to write; nil means the first registered kind.
	Version GroupVersioner
	Encoder
	ObjectTyper
}

// Encode encodes obj with its kind set. Objects unknown to the ObjectTyper
// are encoded unchanged.
func (e WithVersionEncoder) Encode(obj Object, stream io.Writer) error {
	gvks, _, err := e.ObjectTyper.ObjectKinds(obj)
	if err != nil {
		if IsNotRegisteredError(err) {
			return e.Encoder.Encode(obj, stream)
		}
		return err
	}
	kind := obj.GetObjectKind()
	oldGVK := kind.GroupVersionKind()
	gvk := gvks[0]
	if e.Version != nil {
		if preferred, ok := e.Version.KindForGroupVersionKinds(gvks); ok {
			gvk = preferred
		}
	}
	kind.SetGroupVersionKind(gvk)
	err = e.Encoder.Encode(obj, stream)
	kind.SetGroupVersionKind(oldGVK)
	return err
}

// WithoutVersionDecoder clears the apiVersion and kind of decoded typed
// objects (unstructured objects keep them).
type WithoutVersionDecoder struct {
	Decoder
}

// Decode decodes with the wrapped Decoder and clears the kind of the result.
func (d WithoutVersionDecoder) Decode(data []byte, defaults *schema.GroupVersionKind, into Object) (Object, *schema.GroupVersionKind, error) {
	obj, gvk, err := d.Decoder.Decode(data, defaults, into)
	if obj != nil {
		if _, ok := obj.(Unstructured); !ok {
			obj.GetObjectKind().SetGroupVersionKind(schema.GroupVersionKind{})
		}
	}
	return obj, gvk, err
}

// base64Serializer wraps a serializer's output in standard base64.
type base64Serializer struct {
	Encoder
	Decoder
	identifier Identifier
}

// NewBase64Serializer returns a Serializer that base64-encodes what e
// writes and base64-decodes input before handing it to d.
func NewBase64Serializer(e Encoder, d Decoder) Serializer {
	return &base64Serializer{Encoder: e, Decoder: d, identifier: Identifier("base64(" + string(e.Identifier()) + ")")}
}

func (s base64Serializer) Encode(obj Object, stream io.Writer) error {
	e := base64.NewEncoder(base64.StdEncoding, stream)
	if err := s.Encoder.Encode(obj, e); err != nil {
		return err
	}
	return e.Close()
}

func (s base64Serializer) Identifier() Identifier { return s.identifier }

func (s base64Serializer) Decode(data []byte, defaults *schema.GroupVersionKind, into Object) (Object, *schema.GroupVersionKind, error) {
	out := make([]byte, base64.StdEncoding.DecodedLen(len(data)))
	n, err := base64.StdEncoding.Decode(out, data)
	if err != nil {
		return nil, nil, fmt.Errorf("decoding base64: %w", err)
	}
	return s.Decoder.Decode(out[:n], defaults, into)
}

// nondeterministicEncoder routes Encode to EncodeNondeterministic.
type nondeterministicEncoder struct {
	NondeterministicEncoder
}

func (e nondeterministicEncoder) Encode(obj Object, w io.Writer) error {
	return e.NondeterministicEncoder.EncodeNondeterministic(obj, w)
}

// UseNondeterministicEncoding returns an encoder that uses the faster,
// non-deterministic encoding when encoder offers one, else encoder itself.
func UseNondeterministicEncoding(encoder Encoder) Encoder {
	if e, ok := encoder.(NondeterministicEncoder); ok {
		return nondeterministicEncoder{e}
	}
	return encoder
}

// encoderWithAllocator routes Encode to EncodeWithAllocator.
type encoderWithAllocator struct {
	encoder   EncoderWithAllocator
	allocator MemoryAllocator
}

// NewEncoderWithAllocator returns an Encoder that encodes with e using a
// for its buffers.
func NewEncoderWithAllocator(e EncoderWithAllocator, a MemoryAllocator) Encoder {
	return &encoderWithAllocator{encoder: e, allocator: a}
}

func (e *encoderWithAllocator) Encode(obj Object, w io.Writer) error {
	return e.encoder.EncodeWithAllocator(obj, w, e.allocator)
}

func (e *encoderWithAllocator) Identifier() Identifier { return e.encoder.Identifier() }
