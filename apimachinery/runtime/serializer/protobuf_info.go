package serializer

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/protobuf"
)

// protobufSerializerInfo describes application/vnd.kubernetes.protobuf:
// enveloped objects, and for watch streams bare WatchEvent messages in
// length-delimited frames.
func protobufSerializerInfo(scheme *runtime.Scheme) (runtime.SerializerInfo, bool) {
	return runtime.SerializerInfo{
		MediaType:        runtime.ContentTypeProtobuf,
		MediaTypeType:    "application",
		MediaTypeSubType: "vnd.kubernetes.protobuf",
		Serializer:       protobuf.NewSerializer(scheme, scheme),
		StreamSerializer: &runtime.StreamSerializerInfo{
			Serializer: protobuf.NewRawSerializer(scheme, scheme),
			Framer:     protobuf.LengthDelimitedFramer,
		},
	}, true
}
