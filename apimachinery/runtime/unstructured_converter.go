package runtime

import (
	"encoding/json"
	"fmt"
)

// DefaultUnstructuredConverter converts between Go structs and unstructured
// maps following the structs' json tags.
var DefaultUnstructuredConverter UnstructuredConverter = jsonConverter{}

type jsonConverter struct{}

func (jsonConverter) ToUnstructured(obj interface{}) (map[string]interface{}, error) {
	b, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("to unstructured: %w", err)
	}
	var out map[string]interface{}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("to unstructured: %w", err)
	}
	return out, nil
}

func (jsonConverter) FromUnstructured(u map[string]interface{}, obj interface{}) error {
	b, err := json.Marshal(u)
	if err != nil {
		return fmt.Errorf("from unstructured: %w", err)
	}
	return json.Unmarshal(b, obj)
}
