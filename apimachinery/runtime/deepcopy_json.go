package runtime

// DeepCopyJSON deep-copies a JSON-compatible map, as produced by
// encoding/json or the unstructured converter. Values of other types are
// kept as they are (not copied).
func DeepCopyJSON(x map[string]interface{}) map[string]interface{} {
	if x == nil {
		return nil
	}
	out := make(map[string]interface{}, len(x))
	for k, v := range x {
		out[k] = DeepCopyJSONValue(v)
	}
	return out
}

// DeepCopyJSONValue deep-copies a JSON-compatible value: maps, slices,
// strings, bools, int64, float64, json.Number and nil. Other values are
// returned unchanged.
func DeepCopyJSONValue(x interface{}) interface{} {
	switch x := x.(type) {
	case map[string]interface{}:
		return DeepCopyJSON(x)
	case []interface{}:
		if x == nil {
			return x
		}
		out := make([]interface{}, len(x))
		for i, v := range x {
			out[i] = DeepCopyJSONValue(v)
		}
		return out
	default:
		// string, int64, bool, float64, json.Number and nil are immutable;
		// anything else is not JSON-compatible and is returned unchanged.
		return x
	}
}
