package dynamic

import (
	"encoding/json"
	"fmt"
	"io"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	jsonserializer "github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
	"github.com/skiff-k8s/skiff/internal/jsonx"
)

// negotiatedSerializer offers application/json only: objects are encoded
// and decoded as unstructured JSON, and watch streams are JSON frames of
// WatchEvents whose objects decode as *unstructured.Unstructured.
type negotiatedSerializer struct{}

// SupportedMediaTypes implements runtime.NegotiatedSerializer.
func (negotiatedSerializer) SupportedMediaTypes() []runtime.SerializerInfo {
	return []runtime.SerializerInfo{{
		MediaType:        runtime.ContentTypeJSON,
		MediaTypeType:    "application",
		MediaTypeSubType: "json",
		EncodesAsText:    true,
		Serializer:       unstructured.UnstructuredJSONScheme,
		StreamSerializer: &runtime.StreamSerializerInfo{
			EncodesAsText: true,
			Serializer:    watchEventSerializer{},
			Framer:        jsonserializer.Framer,
		},
	}}
}

// EncoderForVersion implements runtime.NegotiatedSerializer; unstructured
// objects carry their own version, so encoder is returned as it is.
func (negotiatedSerializer) EncoderForVersion(encoder runtime.Encoder, _ runtime.GroupVersioner) runtime.Encoder {
	return encoder
}

// DecoderToVersion implements runtime.NegotiatedSerializer; decoded
// objects keep the version the server sent.
func (negotiatedSerializer) DecoderToVersion(decoder runtime.Decoder, _ runtime.GroupVersioner) runtime.Decoder {
	return decoder
}

// watchEventSerializer decodes the frames of a JSON watch stream into
// *metav1.WatchEvent (the event's object stays raw for the embedded
// decoder) with the compiled codec of internal/jsonx, as the typed JSON
// serializer does, and anything else as unstructured JSON.
type watchEventSerializer struct{}

// Decode implements runtime.Decoder.
func (watchEventSerializer) Decode(data []byte, defaults *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	event, ok := into.(*metav1.WatchEvent)
	if !ok {
		return unstructured.UnstructuredJSONScheme.Decode(data, defaults, into)
	}
	if err := jsonx.Unmarshal(data, event); err != nil {
		return nil, nil, fmt.Errorf("decoding watch event: %w", err)
	}
	gvk := metav1.SchemeGroupVersion.WithKind(metav1.WatchEventKind)
	return event, &gvk, nil
}

// Encode implements runtime.Encoder with encoding/json for WatchEvents
// and unstructured JSON otherwise.
func (watchEventSerializer) Encode(obj runtime.Object, w io.Writer) error {
	if event, ok := obj.(*metav1.WatchEvent); ok {
		if err := json.NewEncoder(w).Encode(event); err != nil {
			return fmt.Errorf("encoding watch event: %w", err)
		}
		return nil
	}
	return unstructured.UnstructuredJSONScheme.Encode(obj, w)
}

// Identifier implements runtime.Encoder.
func (watchEventSerializer) Identifier() runtime.Identifier {
	return "dynamicWatchEventJSON"
}
