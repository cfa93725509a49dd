package runtime

import (
	"io"
	"net/url"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

const (
	// APIVersionInternal is the version name of the in-memory (hub) form of
	// a group's types. Objects in this version are never serialized.
	APIVersionInternal = "__internal"

	// ContentTypeJSON is the media type of JSON encoded objects.
	ContentTypeJSON string = "application/json"
	// ContentTypeYAML is the media type of YAML encoded objects.
	ContentTypeYAML string = "application/yaml"
	// ContentTypeProtobuf is the media type of Kubernetes protobuf encoded
	// objects. skiff does not speak protobuf; the constant exists so that
	// content negotiation code can name it.
	ContentTypeProtobuf string = "application/vnd.kubernetes.protobuf"
	// ContentTypeCBOR is the media type of CBOR encoded objects. skiff does
	// not speak CBOR; the constant exists for content negotiation.
	ContentTypeCBOR string = "application/cbor"
	// ContentTypeCBORSequence is the media type of a CBOR sequence.
	ContentTypeCBORSequence string = "application/cbor-seq"
)

// Identifier names an encoder and its configuration. Two encoders with the
// same Identifier produce the same bytes for the same object.
type Identifier string

// GroupVersioner picks the kind an object should be converted to, given the
// kinds the object is known as.
type GroupVersioner interface {
	// KindForGroupVersionKinds returns the target kind for an object known
	// as kinds; ok is false when no target applies.
	KindForGroupVersionKinds(kinds []schema.GroupVersionKind) (target schema.GroupVersionKind, ok bool)
	// Identifier names the versioner so that encoders can be cached.
	Identifier() string
}

// Encoder writes an object to a stream.
type Encoder interface {
	// Encode writes obj to w. Errors name the object and what went wrong.
	Encode(obj Object, w io.Writer) error
	// Identifier names this encoder and its options.
	Identifier() Identifier
}

// MemoryAllocator hands out byte slices an encoder may reuse.
type MemoryAllocator interface {
	// Allocate returns a slice of length n; its content is unspecified.
	Allocate(n uint64) []byte
}

// EncoderWithAllocator is an Encoder that can encode into buffers obtained
// from a MemoryAllocator.
type EncoderWithAllocator interface {
	Encoder
	// EncodeWithAllocator is Encode using memAlloc for its buffers.
	EncodeWithAllocator(obj Object, w io.Writer, memAlloc MemoryAllocator) error
}

// Decoder turns bytes into an object.
type Decoder interface {
	// Decode decodes data. defaults fills in parts of the kind the data
	// does not carry; into, when non-nil, is the object to decode into if
	// its type fits. It returns the object and the kind it was decoded as.
	Decode(data []byte, defaults *schema.GroupVersionKind, into Object) (Object, *schema.GroupVersionKind, error)
}

// Serializer both encodes and decodes one wire format.
type Serializer interface {
	Encoder
	Decoder
}

// Codec is a Serializer that also converts between versions.
type Codec Serializer

// ParameterCodec converts option structs to and from URL query parameters.
type ParameterCodec interface {
	// DecodeParameters fills into from parameters, interpreted in version from.
	DecodeParameters(parameters url.Values, from schema.GroupVersion, into Object) error
	// EncodeParameters renders obj as query parameters for version to.
	EncodeParameters(obj Object, to schema.GroupVersion) (url.Values, error)
}

// Framer splits a byte stream into frames and writes frames to a stream.
type Framer interface {
	// NewFrameReader returns a reader whose each Read call returns data of
	// at most one frame; a frame larger than the buffer is returned over
	// several reads, the last ending the frame.
	NewFrameReader(r io.ReadCloser) io.ReadCloser
	// NewFrameWriter returns a writer that writes each Write as one frame.
	NewFrameWriter(w io.Writer) io.Writer
}

// SerializerInfo describes one media type a NegotiatedSerializer supports.
type SerializerInfo struct {
	// MediaType is the full media type, e.g. "application/json".
	MediaType string
	// MediaTypeType is the type part of MediaType, e.g. "application".
	MediaTypeType string
	// MediaTypeSubType is the subtype part of MediaType, e.g. "json".
	MediaTypeSubType string
	// EncodesAsText is true when the encoding is printable text.
	EncodesAsText bool
	// Serializer encodes and decodes this media type.
	Serializer Serializer
	// PrettySerializer encodes in a human readable form; it may be nil.
	PrettySerializer Serializer
	// StrictSerializer rejects unknown and duplicate fields; it may be nil.
	StrictSerializer Serializer
	// StreamSerializer decodes streams (watch); it may be nil.
	StreamSerializer *StreamSerializerInfo
}

// StreamSerializerInfo describes how a media type is framed in a stream.
type StreamSerializerInfo struct {
	// EncodesAsText is true when the stream encoding is printable text.
	EncodesAsText bool
	// Serializer decodes and encodes each frame.
	Serializer
	// Framer splits the stream into frames.
	Framer
}

// NegotiatedSerializer lists the media types a client or server can use and
// wraps serializers with version conversion.
type NegotiatedSerializer interface {
	// SupportedMediaTypes lists the supported media types.
	SupportedMediaTypes() []SerializerInfo
	// EncoderForVersion returns an encoder that converts to gv first.
	EncoderForVersion(serializer Encoder, gv GroupVersioner) Encoder
	// DecoderToVersion returns a decoder that converts to gv after decoding.
	DecoderToVersion(serializer Decoder, gv GroupVersioner) Decoder
}

// ClientNegotiator picks encoders and decoders for a content type.
type ClientNegotiator interface {
	// Encoder returns an encoder for contentType.
	Encoder(contentType string, params map[string]string) (Encoder, error)
	// Decoder returns a decoder for contentType.
	Decoder(contentType string, params map[string]string) (Decoder, error)
	// StreamDecoder returns a stream decoder and its framer for contentType.
	StreamDecoder(contentType string, params map[string]string) (Decoder, Serializer, Framer, error)
}

// StorageSerializer is a NegotiatedSerializer that can also decode any
// known type without conversion.
type StorageSerializer interface {
	// SupportedMediaTypes lists the supported media types.
	SupportedMediaTypes() []SerializerInfo
	// UniversalDeserializer decodes any known type without conversion.
	UniversalDeserializer() Decoder
	// EncoderForVersion returns an encoder that converts to gv first.
	EncoderForVersion(serializer Encoder, gv GroupVersioner) Encoder
	// DecoderToVersion returns a decoder that converts to gv after decoding.
	DecoderToVersion(serializer Decoder, gv GroupVersioner) Decoder
}

// NestedObjectEncoder is implemented by objects that hold other objects
// (RawExtension fields) which must be encoded before the outer object.
type NestedObjectEncoder interface {
	// EncodeNestedObjects encodes the nested objects with e.
	EncodeNestedObjects(e Encoder) error
}

// NestedObjectDecoder is implemented by objects that hold other objects
// which should be decoded after the outer object.
type NestedObjectDecoder interface {
	// DecodeNestedObjects decodes the nested objects with d.
	DecodeNestedObjects(d Decoder) error
}

// ObjectDefaulter applies defaults to an object.
type ObjectDefaulter interface {
	// Default sets the defaults registered for in's type.
	Default(in Object)
}

// ObjectVersioner converts objects to versions and lists version priority.
type ObjectVersioner interface {
	// ConvertToVersion converts in to the version gv picks.
	ConvertToVersion(in Object, gv GroupVersioner) (out Object, err error)
	// PrioritizedVersionsForGroup lists the group's versions, preferred first.
	PrioritizedVersionsForGroup(group string) []schema.GroupVersion
}

// ObjectConvertor converts objects between types and versions.
type ObjectConvertor interface {
	// Convert converts in into out; context is passed to conversion funcs.
	Convert(in, out, context interface{}) error
	// ConvertToVersion converts in to the version gv picks.
	ConvertToVersion(in Object, gv GroupVersioner) (out Object, err error)
	// ConvertFieldLabel converts a field selector label for kind gvk.
	ConvertFieldLabel(gvk schema.GroupVersionKind, label, value string) (string, string, error)
}

// ObjectTyper tells which kinds an object is known as.
type ObjectTyper interface {
	// ObjectKinds returns the kinds of obj and whether it is unversioned.
	ObjectKinds(Object) ([]schema.GroupVersionKind, bool, error)
	// Recognizes reports whether gvk can be created.
	Recognizes(gvk schema.GroupVersionKind) bool
}

// ObjectCreater creates empty objects of a kind.
type ObjectCreater interface {
	// New returns a new, empty object of kind.
	New(kind schema.GroupVersionKind) (out Object, err error)
}

// EquivalentResourceMapper tells which resources are the same thing served
// under other versions or groups.
type EquivalentResourceMapper interface {
	// EquivalentResourcesFor lists the resources equivalent to resource.
	EquivalentResourcesFor(resource schema.GroupVersionResource, subresource string) []schema.GroupVersionResource
	// KindFor returns the kind served by resource/subresource.
	KindFor(resource schema.GroupVersionResource, subresource string) schema.GroupVersionKind
}

// EquivalentResourceRegistry is an EquivalentResourceMapper that can be
// taught kinds.
type EquivalentResourceRegistry interface {
	EquivalentResourceMapper
	// RegisterKindFor records the kind served by resource/subresource.
	RegisterKindFor(resource schema.GroupVersionResource, subresource string, kind schema.GroupVersionKind)
}

// ResourceVersioner reads and writes an object's resource version.
type ResourceVersioner interface {
	// SetResourceVersion sets obj's resource version.
	SetResourceVersion(obj Object, version string) error
	// ResourceVersion returns obj's resource version.
	ResourceVersion(obj Object) (string, error)
}

// Namer reads an object's name and namespace.
type Namer interface {
	// Name returns obj's name.
	Name(obj Object) (string, error)
	// Namespace returns obj's namespace.
	Namespace(obj Object) (string, error)
}

// CacheableObject is an object that can cache its serialized form per
// encoder.
type CacheableObject interface {
	// CacheEncode encodes the object with encode, caching the result under id.
	CacheEncode(id Identifier, encode func(Object, io.Writer) error, w io.Writer) error
	// GetObject returns the wrapped object.
	GetObject() Object
}

// Unstructured is an object held as a JSON-compatible map instead of a Go
// struct.
type Unstructured interface {
	Object
	// NewEmptyInstance returns a new, empty instance of the same type.
	NewEmptyInstance() Unstructured
	// UnstructuredContent returns the underlying map; it is not a copy.
	UnstructuredContent() map[string]interface{}
	// SetUnstructuredContent replaces the underlying map.
	SetUnstructuredContent(map[string]interface{})
	// IsList reports whether the content has an "items" list.
	IsList() bool
	// EachListItem calls fn on each item of a list.
	EachListItem(func(Object) error) error
	// EachListItemWithAlloc is EachListItem with freshly allocated items.
	EachListItemWithAlloc(func(Object) error) error
}

// UnstructuredConverter converts between Go structs and unstructured maps.
type UnstructuredConverter interface {
	// ToUnstructured converts obj, a pointer to a struct, into a map.
	ToUnstructured(obj interface{}) (map[string]interface{}, error)
	// FromUnstructured fills obj, a pointer to a struct, from u.
	FromUnstructured(u map[string]interface{}, obj interface{}) error
}

// ApplyConfiguration is implemented by apply configuration types.
type ApplyConfiguration interface {
	// IsApplyConfiguration marks the type; it does nothing.
	IsApplyConfiguration()
}

// FieldLabelConversionFunc converts a field selector label and value of a
// versioned kind into their internal form.
type FieldLabelConversionFunc func(label, value string) (internalLabel, internalValue string, err error)

// NondeterministicEncoder is an Encoder that can also encode faster when
// byte-for-byte stable output is not needed.
type NondeterministicEncoder interface {
	Encoder
	// EncodeNondeterministic encodes without ordering guarantees.
	EncodeNondeterministic(Object, io.Writer) error
}

// ProtobufMarshaller is implemented by types with generated protobuf code.
type ProtobufMarshaller interface {
	// MarshalTo writes the protobuf form into data.
	MarshalTo(data []byte) (int, error)
}

// ProtobufReverseMarshaller is implemented by types with generated protobuf
// code that writes back to front.
type ProtobufReverseMarshaller interface {
	// MarshalToSizedBuffer writes the protobuf form at the end of data.
	MarshalToSizedBuffer(data []byte) (int, error)
}
