package unstructured

import (
	"encoding/json"
	"fmt"
)

// deepCopyValue copies a JSON-compatible value: maps and slices are copied
// recursively, strings, bools, int64, float64, json.Number and nil are
// immutable and returned as they are. Any other type is an error when strict
// is set, and is kept as it is (shared, not copied) otherwise.
func deepCopyValue(v interface{}, strict bool) (interface{}, error) {
	switch x := v.(type) {
	case map[string]interface{}:
		return deepCopyMap(x, strict)
	case []interface{}:
		if x == nil {
			return x, nil
		}
		out := make([]interface{}, len(x))
		for i, item := range x {
			c, err := deepCopyValue(item, strict)
			if err != nil {
				return nil, fmt.Errorf("item %d: %w", i, err)
			}
			out[i] = c
		}
		return out, nil
	case nil, string, bool, int64, float64, json.Number:
		return x, nil
	default:
		if strict {
			return nil, fmt.Errorf("cannot deep copy a value of type %T: not a JSON-compatible type", v)
		}
		return x, nil
	}
}

func deepCopyMap(m map[string]interface{}, strict bool) (map[string]interface{}, error) {
	if m == nil {
		return nil, nil
	}
	out := make(map[string]interface{}, len(m))
	for k, item := range m {
		c, err := deepCopyValue(item, strict)
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", k, err)
		}
		out[k] = c
	}
	return out, nil
}

// copyJSONMap deep-copies m, sharing values of types that are not
// JSON-compatible instead of failing on them.
func copyJSONMap(m map[string]interface{}) map[string]interface{} {
	out, _ := deepCopyMap(m, false)
	return out
}
