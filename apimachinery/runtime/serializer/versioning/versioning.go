package versioning

import (
	"fmt"
	"io"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// versioningCodec converts objects to a version before encoding and after
// decoding, applies defaults after decoding, and sets apiVersion and kind
// from the scheme when encoding.
type versioningCodec struct {
	encoder       runtime.Encoder
	decoder       runtime.Decoder
	convertor     runtime.ObjectConvertor
	creater       runtime.ObjectCreater
	typer         runtime.ObjectTyper
	defaulter     runtime.ObjectDefaulter
	encodeVersion runtime.GroupVersioner
	decodeVersion runtime.GroupVersioner
	identifier    runtime.Identifier
	schemeName    string
}

// NewDefaultingCodecForScheme returns a codec that converts with scheme
// (without defensive copies), defaults with scheme after decoding, and
// sets apiVersion and kind from scheme when encoding. A nil encodeVersion
// or decodeVersion means no conversion in that direction; a nil encoder or
// decoder makes that direction fail.
func NewDefaultingCodecForScheme(scheme *runtime.Scheme, encoder runtime.Encoder, decoder runtime.Decoder, encodeVersion, decodeVersion runtime.GroupVersioner) runtime.Codec {
	return NewCodec(encoder, decoder, runtime.UnsafeObjectConvertor(scheme), scheme, scheme, scheme, encodeVersion, decodeVersion, scheme.Name())
}

// NewCodec is NewDefaultingCodecForScheme with the scheme's roles given
// separately. defaulter may be nil. originalSchemeName names the scheme in
// errors.
func NewCodec(encoder runtime.Encoder, decoder runtime.Decoder, convertor runtime.ObjectConvertor, creater runtime.ObjectCreater, typer runtime.ObjectTyper, defaulter runtime.ObjectDefaulter, encodeVersion runtime.GroupVersioner, decodeVersion runtime.GroupVersioner, originalSchemeName string) runtime.Codec {
	id := "versioning(nil"
	if encodeVersion != nil {
		id = "versioning(" + encodeVersion.Identifier()
	}
	if encoder != nil {
		id += "," + string(encoder.Identifier())
	}
	return &versioningCodec{
		encoder: encoder, decoder: decoder,
		convertor: convertor, creater: creater, typer: typer, defaulter: defaulter,
		encodeVersion: encodeVersion, decodeVersion: decodeVersion,
		identifier: runtime.Identifier(id + ")"),
		schemeName: originalSchemeName,
	}
}

func (c *versioningCodec) Identifier() runtime.Identifier { return c.identifier }

// Decode decodes data, defaults the result and converts it to the decode
// version (or into into). A strict decoding error is returned together with
// the decoded object.
func (c *versioningCodec) Decode(data []byte, defaultGVK *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	if c.decoder == nil {
		return nil, nil, fmt.Errorf("decoding is not allowed for this codec")
	}
	obj, gvk, err := c.decoder.Decode(data, defaultGVK, into)
	var strictErr error
	if err != nil {
		if obj == nil || !runtime.IsStrictDecodingError(err) {
			return nil, gvk, err
		}
		strictErr = err
	}
	if d, ok := obj.(runtime.NestedObjectDecoder); ok {
		if err := d.DecodeNestedObjects(runtime.WithoutVersionDecoder{Decoder: c.decoder}); err != nil {
			return nil, gvk, fmt.Errorf("decoding nested objects of %v: %w", gvk, err)
		}
	}
	if c.defaulter != nil {
		c.defaulter.Default(obj)
	}
	if into != nil {
		if into == obj {
			return into, gvk, strictErr
		}
		if err := c.convertor.Convert(obj, into, c.decodeVersion); err != nil {
			return nil, gvk, err
		}
		return into, gvk, strictErr
	}
	if c.decodeVersion == nil {
		return obj, gvk, strictErr
	}
	out, err := c.convertor.ConvertToVersion(obj, c.decodeVersion)
	if err != nil {
		return nil, gvk, err
	}
	return out, gvk, strictErr
}

// Encode converts obj to the encode version (typed objects keep their
// memory; the caller's apiVersion and kind are restored) and encodes it.
func (c *versioningCodec) Encode(obj runtime.Object, w io.Writer) error {
	if c.encoder == nil {
		return fmt.Errorf("encoding is not allowed for this codec")
	}
	if co, ok := obj.(runtime.CacheableObject); ok {
		return co.CacheEncode(c.Identifier(), c.doEncode, w)
	}
	return c.doEncode(obj, w)
}

func (c *versioningCodec) doEncode(obj runtime.Object, w io.Writer) error {
	switch obj := obj.(type) {
	case *runtime.Unknown:
		return c.encoder.Encode(obj, w)
	case runtime.Unstructured:
		return c.encodeUnstructured(obj, w)
	}
	gvks, isUnversioned, err := c.typer.ObjectKinds(obj)
	if err != nil {
		return err
	}
	objectKind := obj.GetObjectKind()
	old := objectKind.GroupVersionKind()
	defer objectKind.SetGroupVersionKind(old)
	if c.encodeVersion == nil || isUnversioned {
		if err := c.encodeNested(obj); err != nil {
			return err
		}
		objectKind.SetGroupVersionKind(gvks[0])
		return c.encoder.Encode(obj, w)
	}
	out, err := c.convertor.ConvertToVersion(obj, c.encodeVersion)
	if err != nil {
		return err
	}
	if err := c.encodeNested(out); err != nil {
		return err
	}
	return c.encoder.Encode(out, w)
}

// encodeUnstructured encodes an unstructured object, converting it only
// when the encode version wants another kind. Objects without a version
// are encoded as they are.
func (c *versioningCodec) encodeUnstructured(obj runtime.Unstructured, w io.Writer) error {
	if c.encodeVersion == nil {
		return c.encoder.Encode(obj, w)
	}
	gvk := obj.GetObjectKind().GroupVersionKind()
	if gvk.Version == "" {
		return c.encoder.Encode(obj, w)
	}
	target, ok := c.encodeVersion.KindForGroupVersionKinds([]schema.GroupVersionKind{gvk})
	if !ok {
		return runtime.NewNotRegisteredGVKErrForTarget(c.schemeName, gvk, c.encodeVersion)
	}
	if target == gvk {
		return c.encoder.Encode(obj, w)
	}
	out, err := c.convertor.ConvertToVersion(obj.DeepCopyObject(), c.encodeVersion)
	if err != nil {
		return err
	}
	return c.encoder.Encode(out, w)
}

func (c *versioningCodec) encodeNested(obj runtime.Object) error {
	e, ok := obj.(runtime.NestedObjectEncoder)
	if !ok {
		return nil
	}
	return e.EncodeNestedObjects(runtime.WithVersionEncoder{Version: c.encodeVersion, Encoder: c.encoder, ObjectTyper: c.typer})
}
