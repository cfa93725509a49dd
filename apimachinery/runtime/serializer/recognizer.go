package serializer

import (
	"bytes"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// recognizingDecoder decodes data that starts with '{' as JSON and anything
// else as YAML.
type recognizingDecoder struct {
	json runtime.Decoder
	yaml runtime.Decoder
}

func newRecognizingDecoder(json, yaml runtime.Decoder) runtime.Decoder {
	return recognizingDecoder{json: json, yaml: yaml}
}

func (d recognizingDecoder) Decode(data []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return d.json.Decode(data, gvk, into)
	}
	return d.yaml.Decode(data, gvk, into)
}
