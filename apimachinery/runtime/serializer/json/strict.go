package json

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// strictResult returns the strict decoding error for data decoded into
// obj, or nil when the serializer is not strict or nothing was found.
func (s *Serializer) strictResult(data []byte, obj interface{}, strictErrs []error) error {
	if !s.options.Strict {
		return nil
	}
	strictErrs = append(strictErrs, duplicateFields(data)...)
	strictErrs = append(strictErrs, unknownFields(data, obj)...)
	if len(strictErrs) == 0 {
		return nil
	}
	return runtime.NewStrictDecodingError(strictErrs)
}

// unknownFields lists the fields of data that obj's type has no place for.
func unknownFields(data []byte, obj interface{}) []error {
	content, err := decodeMap(data)
	if err != nil {
		return nil
	}
	fresh := reflect.New(reflect.TypeOf(obj).Elem()).Interface()
	err = runtime.DefaultUnstructuredConverter.FromUnstructuredWithValidation(content, fresh, true)
	if se, ok := runtime.AsStrictDecodingError(err); ok {
		return se.Errors()
	}
	return nil
}

// duplicateFields lists the object keys that occur twice in one object.
func duplicateFields(data []byte) []error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var errs []error
	if err := scanValue(dec, "", &errs); err != nil {
		return errs
	}
	return errs
}

// scanValue walks one JSON value, recording duplicate keys under path.
func scanValue(dec *json.Decoder, path string, errs *[]error) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	switch delim {
	case '{':
		seen := map[string]bool{}
		for dec.More() {
			keyTok, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := keyTok.(string)
			child := key
			if path != "" {
				child = path + "." + key
			}
			if seen[key] {
				*errs = append(*errs, fmt.Errorf("duplicate field %q", child))
			}
			seen[key] = true
			if err := scanValue(dec, child, errs); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			if err := scanValue(dec, fmt.Sprintf("%s[%d]", path, i), errs); err != nil {
				return err
			}
		}
	}
	_, err = dec.Token() // closing delimiter
	return err
}

// decodeMap decodes a JSON object into a map with integers as int64 and
// other numbers as float64.
func decodeMap(data []byte) (map[string]interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]interface{}
	if err := dec.Decode(&m); err != nil {
		return nil, withOffset(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("json: unexpected data after the top-level object")
	}
	if m == nil {
		return nil, errors.New("json: top-level value is not an object")
	}
	return convertNumbers(m).(map[string]interface{}), nil
}

// convertNumbers replaces json.Number values by int64 or float64.
func convertNumbers(v interface{}) interface{} {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		if f, err := v.Float64(); err == nil {
			return f
		}
		return v.String()
	case map[string]interface{}:
		for k, e := range v {
			v[k] = convertNumbers(e)
		}
	case []interface{}:
		for i, e := range v {
			v[i] = convertNumbers(e)
		}
	}
	return v
}

// decodeUnstructured decodes data into an unstructured object; its kind is
// what the data names.
func (s *Serializer) decodeUnstructured(data, originalData []byte, actual *schema.GroupVersionKind, u runtime.Unstructured, strictErrs []error) (runtime.Object, *schema.GroupVersionKind, error) {
	if um, ok := u.(json.Unmarshaler); ok {
		if err := um.UnmarshalJSON(data); err != nil {
			return nil, actual, fmt.Errorf("decoding unstructured object: %w", withOffset(err))
		}
	} else {
		content, err := decodeMap(data)
		if err != nil {
			return nil, actual, fmt.Errorf("decoding unstructured object: %w", err)
		}
		u.SetUnstructuredContent(content)
	}
	*actual = u.GetObjectKind().GroupVersionKind()
	if len(actual.Kind) == 0 {
		return nil, actual, runtime.NewMissingKindErr(string(originalData))
	}
	if s.options.Strict {
		strictErrs = append(strictErrs, duplicateFields(data)...)
	}
	if len(strictErrs) > 0 {
		return u, actual, runtime.NewStrictDecodingError(strictErrs)
	}
	return u, actual, nil
}
