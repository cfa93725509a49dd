package unstructured

import (
	"fmt"
	"strings"
)

// jsonPath renders a field path the way accessor errors show it: ".a.b.c".
func jsonPath(fields []string) string {
	return "." + strings.Join(fields, ".")
}

// typeError builds the accessor error for a value of the wrong type.
func typeError(fields []string, val interface{}, want string) error {
	return fmt.Errorf("%v accessor error: %v is of the type %T, expected %s", jsonPath(fields), val, val, want)
}

// NestedFieldNoCopy returns the value at the path given by fields, without
// copying it. found is false when a field on the path is missing or a map on
// the path is nil; err is set when a value on the path is not a map.
func NestedFieldNoCopy(obj map[string]interface{}, fields ...string) (interface{}, bool, error) {
	var val interface{} = obj
	for i, field := range fields {
		if val == nil {
			return nil, false, nil
		}
		m, ok := val.(map[string]interface{})
		if !ok {
			return nil, false, typeError(fields[:i+1], val, "map[string]interface{}")
		}
		if m == nil {
			return nil, false, nil
		}
		val, ok = m[field]
		if !ok {
			return nil, false, nil
		}
	}
	return val, true, nil
}

// NestedFieldCopy returns a deep copy of the value at the path given by
// fields. See NestedFieldNoCopy for the meaning of found and err.
func NestedFieldCopy(obj map[string]interface{}, fields ...string) (interface{}, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	out, err := deepCopyValue(val, true)
	if err != nil {
		return nil, false, fmt.Errorf("%v accessor error: %w", jsonPath(fields), err)
	}
	return out, true, nil
}

// NestedString returns the string at the path given by fields. A value of
// another type is an error.
func NestedString(obj map[string]interface{}, fields ...string) (string, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return "", found, err
	}
	s, ok := val.(string)
	if !ok {
		return "", false, typeError(fields, val, "string")
	}
	return s, true, nil
}

// NestedBool returns the bool at the path given by fields. A value of
// another type is an error.
func NestedBool(obj map[string]interface{}, fields ...string) (bool, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return false, found, err
	}
	b, ok := val.(bool)
	if !ok {
		return false, false, typeError(fields, val, "bool")
	}
	return b, true, nil
}

// NestedFloat64 returns the float64 at the path given by fields. A value of
// another type, including int64, is an error.
func NestedFloat64(obj map[string]interface{}, fields ...string) (float64, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return 0, found, err
	}
	f, ok := val.(float64)
	if !ok {
		return 0, false, typeError(fields, val, "float64")
	}
	return f, true, nil
}

// NestedInt64 returns the int64 at the path given by fields. A value of
// another type, including float64, is an error.
func NestedInt64(obj map[string]interface{}, fields ...string) (int64, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return 0, found, err
	}
	i, ok := val.(int64)
	if !ok {
		return 0, false, typeError(fields, val, "int64")
	}
	return i, true, nil
}

// NestedNumberAsFloat64 returns the number at the path given by fields as a
// float64. An int64 that float64 cannot hold exactly is an error, as is a
// value that is not a number.
func NestedNumberAsFloat64(obj map[string]interface{}, fields ...string) (float64, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return 0, found, err
	}
	switch x := val.(type) {
	case float64:
		return x, true, nil
	case int64:
		f := float64(x)
		// 2^63 is the first float64 past the int64 range; converting it
		// back would overflow.
		if f >= 9223372036854775808.0 || int64(f) != x {
			return 0, false, fmt.Errorf("%v accessor error: int64 value %v cannot be losslessly converted to float64", jsonPath(fields), x)
		}
		return f, true, nil
	default:
		return 0, false, typeError(fields, val, "float64 or int64")
	}
}

// NestedStringSlice returns a copy of the []interface{} of strings at the
// path given by fields as a []string.
func NestedStringSlice(obj map[string]interface{}, fields ...string) ([]string, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	items, ok := val.([]interface{})
	if !ok {
		return nil, false, typeError(fields, val, "[]interface{}")
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		s, ok := item.(string)
		if !ok {
			return nil, false, fmt.Errorf("%v accessor error: contains non-string key in the slice: %v is of the type %T, expected string", jsonPath(fields), item, item)
		}
		out = append(out, s)
	}
	return out, true, nil
}

// NestedSlice returns a deep copy of the []interface{} at the path given by
// fields.
func NestedSlice(obj map[string]interface{}, fields ...string) ([]interface{}, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	items, ok := val.([]interface{})
	if !ok {
		return nil, false, typeError(fields, val, "[]interface{}")
	}
	out, err := deepCopyValue(items, true)
	if err != nil {
		return nil, false, fmt.Errorf("%v accessor error: %w", jsonPath(fields), err)
	}
	copied, _ := out.([]interface{})
	return copied, true, nil
}

// NestedStringMap returns a copy of the map of strings at the path given by
// fields as a map[string]string.
func NestedStringMap(obj map[string]interface{}, fields ...string) (map[string]string, bool, error) {
	return nestedStringMap(obj, false, fields)
}

// NestedNullCoercingStringMap is NestedStringMap that reads null values in
// the map as empty strings and a null map as a found nil map.
func NestedNullCoercingStringMap(obj map[string]interface{}, fields ...string) (map[string]string, bool, error) {
	return nestedStringMap(obj, true, fields)
}

func nestedStringMap(obj map[string]interface{}, coerceNull bool, fields []string) (map[string]string, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	if val == nil && coerceNull {
		return nil, true, nil
	}
	m, ok := val.(map[string]interface{})
	if !ok {
		return nil, false, typeError(fields, val, "map[string]interface{}")
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		if v == nil && coerceNull {
			out[k] = ""
			continue
		}
		s, ok := v.(string)
		if !ok {
			return nil, false, fmt.Errorf("%v accessor error: contains non-string value in the map under key %q: %v is of the type %T, expected string", jsonPath(fields), k, v, v)
		}
		out[k] = s
	}
	return out, true, nil
}

// NestedMap returns a deep copy of the map[string]interface{} at the path
// given by fields.
func NestedMap(obj map[string]interface{}, fields ...string) (map[string]interface{}, bool, error) {
	m, found, err := nestedMapNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	out, err := deepCopyValue(m, true)
	if err != nil {
		return nil, false, fmt.Errorf("%v accessor error: %w", jsonPath(fields), err)
	}
	copied, _ := out.(map[string]interface{})
	return copied, true, nil
}

func nestedMapNoCopy(obj map[string]interface{}, fields ...string) (map[string]interface{}, bool, error) {
	val, found, err := NestedFieldNoCopy(obj, fields...)
	if !found || err != nil {
		return nil, found, err
	}
	m, ok := val.(map[string]interface{})
	if !ok {
		return nil, false, typeError(fields, val, "map[string]interface{}")
	}
	return m, true, nil
}

// SetNestedField stores a deep copy of value at the path given by fields,
// creating maps on the way; a null on the path is replaced by a new map
// (the reference reports it as not a map). value must be JSON-compatible
// (nil, string, bool, int64, float64, json.Number, []interface{} or
// map[string]interface{}); it is an error if a value on the path is not a
// map or no field is given. The reference panics on both of these.
func SetNestedField(obj map[string]interface{}, value interface{}, fields ...string) error {
	copied, err := deepCopyValue(value, true)
	if err != nil {
		return fmt.Errorf("value for %v cannot be set: %w", jsonPath(fields), err)
	}
	return setNestedFieldNoCopy(obj, copied, fields...)
}

func setNestedFieldNoCopy(obj map[string]interface{}, value interface{}, fields ...string) error {
	if len(fields) == 0 {
		return fmt.Errorf("value cannot be set: no field path given")
	}
	if obj == nil {
		return fmt.Errorf("value cannot be set at %v: the object is a nil map", jsonPath(fields))
	}
	m := obj
	for i, field := range fields[:len(fields)-1] {
		val, ok := m[field]
		if !ok || val == nil {
			next := make(map[string]interface{})
			m[field] = next
			m = next
			continue
		}
		next, ok := val.(map[string]interface{})
		if !ok {
			return fmt.Errorf("value cannot be set because %v is not a map[string]interface{}", jsonPath(fields[:i+1]))
		}
		m = next
	}
	m[fields[len(fields)-1]] = value
	return nil
}

// SetNestedStringSlice stores a copy of value as a []interface{} at the path
// given by fields.
func SetNestedStringSlice(obj map[string]interface{}, value []string, fields ...string) error {
	items := make([]interface{}, 0, len(value))
	for _, v := range value {
		items = append(items, v)
	}
	return setNestedFieldNoCopy(obj, items, fields...)
}

// SetNestedSlice stores a deep copy of value at the path given by fields.
func SetNestedSlice(obj map[string]interface{}, value []interface{}, fields ...string) error {
	return SetNestedField(obj, value, fields...)
}

// SetNestedStringMap stores a copy of value as a map[string]interface{} at
// the path given by fields.
func SetNestedStringMap(obj map[string]interface{}, value map[string]string, fields ...string) error {
	m := make(map[string]interface{}, len(value))
	for k, v := range value {
		m[k] = v
	}
	return setNestedFieldNoCopy(obj, m, fields...)
}

// SetNestedMap stores a deep copy of value at the path given by fields.
func SetNestedMap(obj map[string]interface{}, value map[string]interface{}, fields ...string) error {
	return SetNestedField(obj, value, fields...)
}

// RemoveNestedField deletes the field at the path given by fields. It does
// nothing when the path does not lead through maps to an existing field.
func RemoveNestedField(obj map[string]interface{}, fields ...string) {
	if len(fields) == 0 {
		return
	}
	m := obj
	for _, field := range fields[:len(fields)-1] {
		next, ok := m[field].(map[string]interface{})
		if !ok {
			return
		}
		m = next
	}
	delete(m, fields[len(fields)-1])
}

// getNestedString returns the string at fields, or "" when it is missing or
// not a string.
func getNestedString(obj map[string]interface{}, fields ...string) string {
	val, _, _ := NestedString(obj, fields...)
	return val
}

// getNestedInt64Pointer returns a pointer to the int64 at fields, or nil when
// it is missing or not an int64.
func getNestedInt64Pointer(obj map[string]interface{}, fields ...string) *int64 {
	val, found, err := NestedInt64(obj, fields...)
	if !found || err != nil {
		return nil
	}
	return &val
}
