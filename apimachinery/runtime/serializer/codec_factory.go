package serializer

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/versioning"
)

// CodecFactoryOptions configures NewCodecFactory.
type CodecFactoryOptions struct {
	// Strict makes the default serializers report unknown and duplicate
	// fields. Default false.
	Strict bool
	// Pretty adds indenting PrettySerializers. Default true.
	Pretty bool
	// StreamingCollectionsEncodingToJSON is accepted for compatibility; it
	// changes nothing. Default false.
	StreamingCollectionsEncodingToJSON bool
	// StreamingCollectionsEncodingToProtobuf is accepted for compatibility;
	// it changes nothing. Default false.
	StreamingCollectionsEncodingToProtobuf bool

	serializers []func(runtime.ObjectCreater, runtime.ObjectTyper) runtime.SerializerInfo
}

// CodecFactoryOptionsMutator changes CodecFactoryOptions.
type CodecFactoryOptionsMutator func(*CodecFactoryOptions)

// EnablePretty turns on pretty serializers.
func EnablePretty(options *CodecFactoryOptions) { options.Pretty = true }

// DisablePretty turns off pretty serializers.
func DisablePretty(options *CodecFactoryOptions) { options.Pretty = false }

// EnableStrict makes the default serializers strict.
func EnableStrict(options *CodecFactoryOptions) { options.Strict = true }

// DisableStrict makes the default serializers lenient.
func DisableStrict(options *CodecFactoryOptions) { options.Strict = false }

// WithSerializer adds the media type that f describes.
func WithSerializer(f func(runtime.ObjectCreater, runtime.ObjectTyper) runtime.SerializerInfo) CodecFactoryOptionsMutator {
	return func(options *CodecFactoryOptions) {
		options.serializers = append(options.serializers, f)
	}
}

// WithStreamingCollectionEncodingToJSON sets StreamingCollectionsEncodingToJSON.
func WithStreamingCollectionEncodingToJSON() CodecFactoryOptionsMutator {
	return func(options *CodecFactoryOptions) { options.StreamingCollectionsEncodingToJSON = true }
}

// WithStreamingCollectionEncodingToProtobuf sets StreamingCollectionsEncodingToProtobuf.
func WithStreamingCollectionEncodingToProtobuf() CodecFactoryOptionsMutator {
	return func(options *CodecFactoryOptions) { options.StreamingCollectionsEncodingToProtobuf = true }
}

// CodecFactory hands out codecs for the types of one Scheme.
type CodecFactory struct {
	scheme    *runtime.Scheme
	universal runtime.Decoder
	accepts   []runtime.SerializerInfo
	legacy    runtime.Serializer
}

// NewCodecFactory returns the codecs for scheme: application/json (with a
// JSON stream framer for watch), application/yaml and
// application/vnd.kubernetes.protobuf (with a length-delimited stream
// framer for watch).
func NewCodecFactory(scheme *runtime.Scheme, mutators ...CodecFactoryOptionsMutator) CodecFactory {
	options := CodecFactoryOptions{Pretty: true}
	for _, m := range mutators {
		m(&options)
	}
	jsonInfo, jsonSerializer := jsonSerializerInfo(scheme, options)
	yamlInfo := yamlSerializerInfo(scheme, options)
	accepts := []runtime.SerializerInfo{jsonInfo, yamlInfo}
	var protobufDecoder runtime.Decoder
	if info, ok := protobufSerializerInfo(scheme); ok {
		accepts = append(accepts, info)
		protobufDecoder = info.Serializer
	}
	for _, f := range options.serializers {
		accepts = append(accepts, f(scheme, scheme))
	}
	return CodecFactory{
		scheme:    scheme,
		universal: newRecognizingDecoder(jsonInfo.Serializer, yamlInfo.Serializer, protobufDecoder),
		accepts:   accepts,
		legacy:    jsonSerializer,
	}
}

func jsonSerializerInfo(scheme *runtime.Scheme, options CodecFactoryOptions) (runtime.SerializerInfo, runtime.Serializer) {
	mf := json.DefaultMetaFactory
	plain := json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{Strict: options.Strict})
	info := runtime.SerializerInfo{
		MediaType:        runtime.ContentTypeJSON,
		MediaTypeType:    "application",
		MediaTypeSubType: "json",
		EncodesAsText:    true,
		Serializer:       plain,
		StrictSerializer: json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{Strict: true}),
		StreamSerializer: &runtime.StreamSerializerInfo{
			EncodesAsText: true,
			Serializer:    json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{}),
			Framer:        json.Framer,
		},
	}
	if options.Pretty {
		info.PrettySerializer = json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{Pretty: true, Strict: options.Strict})
	}
	return info, plain
}

func yamlSerializerInfo(scheme *runtime.Scheme, options CodecFactoryOptions) runtime.SerializerInfo {
	mf := json.DefaultMetaFactory
	return runtime.SerializerInfo{
		MediaType:        runtime.ContentTypeYAML,
		MediaTypeType:    "application",
		MediaTypeSubType: "yaml",
		EncodesAsText:    true,
		Serializer:       json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{Yaml: true, Strict: options.Strict}),
		StrictSerializer: json.NewSerializerWithOptions(mf, scheme, scheme, json.SerializerOptions{Yaml: true, Strict: true}),
	}
}

// SupportedMediaTypes lists the media types the factory can encode and decode.
func (f CodecFactory) SupportedMediaTypes() []runtime.SerializerInfo {
	return f.accepts
}

// LegacyCodec returns a JSON codec that encodes to version (the first
// version of the object's group listed) and decodes to the internal
// version.
func (f CodecFactory) LegacyCodec(version ...schema.GroupVersion) runtime.Codec {
	return f.CodecForVersions(f.legacy, f.universal, schema.GroupVersions(version), runtime.InternalGroupVersioner)
}

// UniversalDeserializer decodes JSON, YAML or protobuf of any registered
// kind without conversion or defaulting.
func (f CodecFactory) UniversalDeserializer() runtime.Decoder {
	return f.universal
}

// UniversalDecoder decodes JSON, YAML or protobuf and converts to versions (the
// internal version when none is given), applying registered defaults.
func (f CodecFactory) UniversalDecoder(versions ...schema.GroupVersion) runtime.Decoder {
	var versioner runtime.GroupVersioner
	if len(versions) == 0 {
		versioner = runtime.InternalGroupVersioner
	} else {
		versioner = schema.GroupVersions(versions)
	}
	return f.CodecForVersions(nil, f.universal, nil, versioner)
}

// CodecForVersions returns a codec that encodes with encoder after
// converting to encode, and decodes with decoder then converts to decode. A
// nil versioner means no conversion in that direction.
func (f CodecFactory) CodecForVersions(encoder runtime.Encoder, decoder runtime.Decoder, encode runtime.GroupVersioner, decode runtime.GroupVersioner) runtime.Codec {
	return versioning.NewDefaultingCodecForScheme(f.scheme, encoder, decoder, encode, decode)
}

// DecoderToVersion returns a decoder that converts what decoder produces
// to gv.
func (f CodecFactory) DecoderToVersion(decoder runtime.Decoder, gv runtime.GroupVersioner) runtime.Decoder {
	return f.CodecForVersions(nil, decoder, nil, gv)
}

// EncoderForVersion returns an encoder that converts objects to gv before
// encoding them with encoder.
func (f CodecFactory) EncoderForVersion(encoder runtime.Encoder, gv runtime.GroupVersioner) runtime.Encoder {
	return f.CodecForVersions(encoder, nil, gv, nil)
}

// WithoutConversion returns a NegotiatedSerializer that does not convert:
// encoders only set apiVersion and kind, decoders clear them.
func (f CodecFactory) WithoutConversion() runtime.NegotiatedSerializer {
	return WithoutConversionCodecFactory{f}
}

// WithoutConversionCodecFactory is a CodecFactory whose encoders and
// decoders do not convert between versions.
type WithoutConversionCodecFactory struct {
	CodecFactory
}

// EncoderForVersion returns an encoder that sets the object's apiVersion
// and kind (as version prefers) and encodes it unchanged otherwise.
func (f WithoutConversionCodecFactory) EncoderForVersion(serializer runtime.Encoder, version runtime.GroupVersioner) runtime.Encoder {
	return runtime.WithVersionEncoder{Version: version, Encoder: serializer, ObjectTyper: f.CodecFactory.scheme}
}

// DecoderToVersion returns a decoder that decodes without conversion and
// clears the apiVersion and kind of typed results.
func (f WithoutConversionCodecFactory) DecoderToVersion(serializer runtime.Decoder, _ runtime.GroupVersioner) runtime.Decoder {
	return runtime.WithoutVersionDecoder{Decoder: serializer}
}

// NegotiatedSerializerWrapper returns a NegotiatedSerializer offering only
// info, without conversion.
func NegotiatedSerializerWrapper(info runtime.SerializerInfo) runtime.NegotiatedSerializer {
	return runtime.NewSimpleNegotiatedSerializer(info)
}
