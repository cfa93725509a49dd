package runtime

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
)

// unstructuredConverter converts between structs and unstructured maps using
// per-type plans computed once and cached.
type unstructuredConverter struct{}

// DefaultUnstructuredConverter converts between Go structs and unstructured
// maps following the structs' json tags. Numbers become int64 or float64,
// []byte becomes a base64 string, and types with a ToUnstructured method or
// JSON marshalling methods (metav1.Time, resource.Quantity,
// intstr.IntOrString) are converted through those.
var DefaultUnstructuredConverter = &unstructuredConverter{}

// ToUnstructured converts obj, a non-nil pointer to a struct, into a map.
// Unstructured objects yield a deep copy of their content.
func (c *unstructuredConverter) ToUnstructured(obj interface{}) (map[string]interface{}, error) {
	if u, ok := obj.(Unstructured); ok {
		return DeepCopyJSON(u.UnstructuredContent()), nil
	}
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, fmt.Errorf("converting to unstructured: need a non-nil pointer to a struct, got %T", obj)
	}
	out, err := toUnstructuredValue(v.Elem(), &fieldPath{})
	if err != nil {
		return nil, fmt.Errorf("converting %T to unstructured: %w", obj, err)
	}
	m, ok := out.(map[string]interface{})
	if !ok {
		return nil, fmt.Errorf("converting %T to unstructured: result is %T, not an object", obj, out)
	}
	return m, nil
}

// toUnstructuredValue converts one value; path names it in errors.
func toUnstructuredValue(v reflect.Value, path *fieldPath) (interface{}, error) {
	if out, handled, err := toUnstructuredHooks(v, path); handled {
		return out, err
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil, nil
		}
		return toUnstructuredValue(v.Elem(), path)
	case reflect.Struct:
		m := map[string]interface{}{}
		return m, structToUnstructured(v, m, path)
	case reflect.Map:
		return mapToUnstructured(v, path)
	case reflect.Slice:
		if v.IsNil() {
			return nil, nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return base64.StdEncoding.EncodeToString(v.Bytes()), nil
		}
		return sliceToUnstructured(v, path)
	case reflect.Array:
		return sliceToUnstructured(v, path)
	case reflect.String:
		if v.Type() == jsonNumberType {
			return jsonNumberValue(json.Number(v.String())), nil
		}
		return v.String(), nil
	case reflect.Bool:
		return v.Bool(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int(), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := v.Uint()
		if u > 1<<63-1 {
			return nil, fmt.Errorf("%s: unsigned value %d overflows int64", pathOrRoot(path), u)
		}
		return int64(u), nil
	case reflect.Float32, reflect.Float64:
		return v.Float(), nil
	case reflect.Invalid:
		return nil, nil
	}
	return nil, fmt.Errorf("%s: unsupported type %v", pathOrRoot(path), v.Type())
}

// hookReceiver returns v or its address, whichever implements the hook;
// ok is false when neither does.
func hookReceiver(v reflect.Value, onValue, onPtr bool) (interface{}, bool) {
	switch {
	case onValue:
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return nil, false
		}
		return v.Interface(), true
	case onPtr:
		if v.CanAddr() {
			return v.Addr().Interface(), true
		}
		p := reflect.New(v.Type())
		p.Elem().Set(v)
		return p.Interface(), true
	}
	return nil, false
}

// toUnstructuredHooks converts v through ToUnstructured, MarshalJSON or
// MarshalText when its type has one of them.
func toUnstructuredHooks(v reflect.Value, path *fieldPath) (interface{}, bool, error) {
	if !v.IsValid() || v.Kind() == reflect.Interface {
		return nil, false, nil
	}
	p := planFor(v.Type())
	if r, ok := hookReceiver(v, p.valueToUnstructured, p.ptrToUnstructured); ok {
		return DeepCopyJSONValue(r.(toUnstructuredHook).ToUnstructured()), true, nil
	}
	if r, ok := hookReceiver(v, p.valueMarshalJSON, p.ptrMarshalJSON); ok {
		data, err := r.(json.Marshaler).MarshalJSON()
		if err != nil {
			return nil, true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		out, err := decodeJSONValue(data)
		if err != nil {
			return nil, true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		return out, true, nil
	}
	if r, ok := hookReceiver(v, p.valueMarshalText, p.ptrMarshalText); ok {
		text, err := r.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, true, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		return string(text), true, nil
	}
	return nil, false, nil
}

// structToUnstructured writes the fields of struct v into m.
func structToUnstructured(v reflect.Value, m map[string]interface{}, path *fieldPath) error {
	for _, f := range planFor(v.Type()).fields {
		fv := v.Field(f.index)
		if f.inline {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv = fv.Elem()
			}
			if fv.Kind() == reflect.Struct {
				if err := structToUnstructured(fv, m, path); err != nil {
					return err
				}
				continue
			}
		}
		if f.omitEmpty && isEmptyValue(fv) {
			continue
		}
		path.pushName(f.name)
		val, err := toUnstructuredValue(fv, path)
		path.pop()
		if err != nil {
			return err
		}
		m[f.name] = val
	}
	return nil
}

func mapToUnstructured(v reflect.Value, path *fieldPath) (interface{}, error) {
	if v.IsNil() {
		return nil, nil
	}
	out := make(map[string]interface{}, v.Len())
	iter := v.MapRange()
	for iter.Next() {
		key, err := mapKeyString(iter.Key())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pathOrRoot(path), err)
		}
		path.pushName(key)
		val, err := toUnstructuredValue(iter.Value(), path)
		path.pop()
		if err != nil {
			return nil, err
		}
		out[key] = val
	}
	return out, nil
}

// mapKeyString renders a map key the way encoding/json does.
func mapKeyString(k reflect.Value) (string, error) {
	switch k.Kind() {
	case reflect.String:
		return k.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return "", fmt.Errorf("unsupported map key type %v", k.Type())
}

func sliceToUnstructured(v reflect.Value, path *fieldPath) (interface{}, error) {
	out := make([]interface{}, v.Len())
	for i := range out {
		path.pushIndex(i)
		val, err := toUnstructuredValue(v.Index(i), path)
		path.pop()
		if err != nil {
			return nil, err
		}
		out[i] = val
	}
	return out, nil
}

// decodeJSONValue decodes JSON into unstructured values with integers as
// int64 and other numbers as float64.
func decodeJSONValue(data []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out interface{}
	if err := dec.Decode(&out); err != nil {
		return nil, err
	}
	return convertJSONNumbers(out)
}

// convertJSONNumbers replaces json.Number values by int64 or float64.
func convertJSONNumbers(v interface{}) (interface{}, error) {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i, nil
		}
		f, err := v.Float64()
		if err != nil {
			return nil, fmt.Errorf("number %s: %w", v, err)
		}
		return f, nil
	case map[string]interface{}:
		for k, e := range v {
			c, err := convertJSONNumbers(e)
			if err != nil {
				return nil, err
			}
			v[k] = c
		}
	case []interface{}:
		for i, e := range v {
			c, err := convertJSONNumbers(e)
			if err != nil {
				return nil, err
			}
			v[i] = c
		}
	}
	return v, nil
}

var jsonNumberType = reflect.TypeFor[json.Number]()

// jsonNumberValue converts a json.Number to int64 or float64, keeping it
// as a string only when it is not a valid number.
func jsonNumberValue(n json.Number) interface{} {
	if i, err := n.Int64(); err == nil {
		return i
	}
	if f, err := n.Float64(); err == nil {
		return f
	}
	return n.String()
}

// pathOrRoot renders path for an error message, "<root>" for the root.
func pathOrRoot(path *fieldPath) string {
	if s := path.String(); s != "" {
		return s
	}
	return "<root>"
}

var errNotPointer = errors.New("need a non-nil pointer to a struct")
