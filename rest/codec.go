package rest

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer"
)

// CodecFactoryForGeneratedClient returns the codec factory generated
// clients use for scheme. The reference adds CBOR here behind feature
// gates; skiff has no CBOR, so codecs (JSON, YAML and protobuf) is
// returned as it is.
func CodecFactoryForGeneratedClient(scheme *runtime.Scheme, codecs serializer.CodecFactory) serializer.CodecFactory {
	return codecs
}
