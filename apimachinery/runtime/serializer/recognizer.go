package serializer

import (
	"bytes"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// recognizingDecoder decodes data that starts with the protobuf magic
// "k8s\x00" as protobuf (when it has a protobuf decoder), data that starts
// with '{' as JSON and anything else as YAML.
type recognizingDecoder struct {
	json     runtime.Decoder
	yaml     runtime.Decoder
	protobuf runtime.Decoder
}

func newRecognizingDecoder(json, yaml, protobuf runtime.Decoder) runtime.Decoder {
	return recognizingDecoder{json: json, yaml: yaml, protobuf: protobuf}
}

// protobufMagic starts every enveloped protobuf document.
var protobufMagic = []byte("k8s\x00")

func (d recognizingDecoder) Decode(data []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	if d.protobuf != nil && bytes.HasPrefix(data, protobufMagic) {
		return d.protobuf.Decode(data, gvk, into)
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return d.json.Decode(data, gvk, into)
	}
	return d.yaml.Decode(data, gvk, into)
}
