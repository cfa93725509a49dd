package yaml

import (
	"fmt"

	"sigs.k8s.io/yaml"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

// DefaultMetaFactory finds apiVersion and kind in JSON converted from YAML.
var DefaultMetaFactory = json.DefaultMetaFactory

// yamlSerializer converts YAML input to JSON and hands it to a JSON
// serializer; encoding is left to that serializer.
type yamlSerializer struct {
	runtime.Serializer
}

// NewDecodingSerializer returns a Serializer that decodes YAML (and JSON)
// with jsonSerializer after converting it to JSON. Encode and Identifier
// are jsonSerializer's.
func NewDecodingSerializer(jsonSerializer runtime.Serializer) runtime.Serializer {
	return &yamlSerializer{Serializer: jsonSerializer}
}

// Decode converts data from YAML to JSON and decodes it.
func (c yamlSerializer) Decode(data []byte, gvk *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	out, err := yaml.YAMLToJSON(data)
	if err != nil {
		return nil, nil, fmt.Errorf("converting yaml to json: %w", err)
	}
	return c.Serializer.Decode(out, gvk, into)
}
