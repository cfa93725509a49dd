package unstructured

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// UnstructuredJSONScheme is the codec for unstructured JSON. Decoding
// without a target gives an *UnstructuredList for an object with an "items"
// field and an *Unstructured otherwise; list members without apiVersion and
// kind get the list's apiVersion and its kind minus the "List" suffix.
// Integers decode as int64, other numbers as float64. Data without a kind is
// rejected with runtime's missing-kind error.
var UnstructuredJSONScheme runtime.Codec = unstructuredJSONScheme{}

// unstructuredJSONSchemeIdentifier identifies the codec's output format.
const unstructuredJSONSchemeIdentifier runtime.Identifier = "unstructuredJSON"

type unstructuredJSONScheme struct{}

// Decode implements runtime.Decoder. into may be nil, an *Unstructured, an
// *UnstructuredList or any object encoding/json can fill.
func (s unstructuredJSONScheme) Decode(data []byte, _ *schema.GroupVersionKind, into runtime.Object) (runtime.Object, *schema.GroupVersionKind, error) {
	obj, err := s.decode(data, into)
	if err != nil {
		return nil, nil, err
	}
	gvk := obj.GetObjectKind().GroupVersionKind()
	if len(gvk.Kind) == 0 {
		return nil, &gvk, runtime.NewMissingKindErr(string(data))
	}
	return obj, &gvk, nil
}

func (s unstructuredJSONScheme) decode(data []byte, into runtime.Object) (runtime.Object, error) {
	switch t := into.(type) {
	case nil:
		m, err := decodeObject(data)
		if err != nil {
			return nil, err
		}
		if _, isList := m["items"]; isList {
			list := &UnstructuredList{}
			return list, fillList(list, m)
		}
		return &Unstructured{Object: m}, nil
	case *Unstructured:
		m, err := decodeObject(data)
		if err != nil {
			return nil, err
		}
		t.Object = m
		return t, nil
	case *UnstructuredList:
		m, err := decodeObject(data)
		if err != nil {
			return nil, err
		}
		return t, fillList(t, m)
	default:
		if err := json.Unmarshal(data, into); err != nil {
			return nil, fmt.Errorf("decoding JSON into %T: %w", into, err)
		}
		return into, nil
	}
}

// fillList moves the members of m["items"] into list.Items and the rest of m
// into list.Object.
func fillList(list *UnstructuredList, m map[string]interface{}) error {
	var items []interface{}
	switch raw := m["items"].(type) {
	case nil:
	case []interface{}:
		items = raw
	default:
		return fmt.Errorf("decoding list: items is a JSON %s, expected an array", jsonTypeName(raw))
	}
	delete(m, "items")
	list.Object = m
	// The boxed kind and apiVersion are shared by every item that lacks
	// them: strings are immutable, so the sharing is invisible.
	var itemKind interface{} = strings.TrimSuffix(list.GetKind(), "List")
	var itemAPIVersion interface{} = list.GetAPIVersion()
	list.Items = make([]Unstructured, len(items))
	for i, raw := range items {
		child, ok := raw.(map[string]interface{})
		if !ok {
			list.Items = list.Items[:i]
			return fmt.Errorf("decoding list: items[%d] is a JSON %s, expected an object", i, jsonTypeName(raw))
		}
		if !hasString(child, "kind") && !hasString(child, "apiVersion") {
			child["kind"] = itemKind
			child["apiVersion"] = itemAPIVersion
		}
		list.Items[i].Object = child
	}
	return nil
}

// hasString reports whether m[key] is a non-empty string, the test GetKind
// and GetAPIVersion apply.
func hasString(m map[string]interface{}, key string) bool {
	s, _ := m[key].(string)
	return len(s) > 0
}

// jsonTypeName names the JSON type of a decoded value for error messages.
func jsonTypeName(v interface{}) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	case []interface{}:
		return "array"
	default:
		return "object"
	}
}

// decodeObject decodes data, which must hold one JSON object (or null, which
// gives an empty map), keeping integers as int64 and other numbers as
// float64.
func decodeObject(data []byte) (map[string]interface{}, error) {
	v, err := decodeJSON(data)
	if err != nil {
		return nil, err
	}
	switch m := v.(type) {
	case map[string]interface{}:
		return m, nil
	case nil:
		return map[string]interface{}{}, nil
	default:
		return nil, fmt.Errorf("decoding unstructured JSON: got a JSON %s, expected an object", jsonTypeName(m))
	}
}

// Encode implements runtime.Encoder. Unstructured objects are written as
// their content, lists as their content plus an "items" array, a
// *runtime.Unknown as its raw bytes and anything else with encoding/json.
// The output ends with a newline, like json.Encoder's.
func (s unstructuredJSONScheme) Encode(obj runtime.Object, w io.Writer) error {
	if co, ok := obj.(runtime.CacheableObject); ok {
		return co.CacheEncode(s.Identifier(), s.doEncode, w)
	}
	return s.doEncode(obj, w)
}

func (unstructuredJSONScheme) doEncode(obj runtime.Object, w io.Writer) error {
	var err error
	switch t := obj.(type) {
	case *Unstructured:
		err = writeJSON(w, t.Object)
	case *UnstructuredList:
		err = writeJSON(w, t.wireContent())
	case *runtime.Unknown:
		_, err = w.Write(t.Raw)
	default:
		err = json.NewEncoder(w).Encode(t)
	}
	if err != nil {
		return fmt.Errorf("encoding %T as unstructured JSON: %w", obj, err)
	}
	return nil
}

// maxPooledBuffer is the largest encode buffer kept for reuse.
const maxPooledBuffer = 1 << 20

// writeJSON writes the JSON encoding of content and a newline to w, as
// json.Encoder would, in one Write.
func writeJSON(w io.Writer, content map[string]interface{}) error {
	bp := encodeBuffers.Get().(*[]byte)
	b, err := appendJSON((*bp)[:0], content, 0)
	if err == nil {
		b = append(b, '\n')
		_, err = w.Write(b)
	}
	if cap(b) <= maxPooledBuffer {
		*bp = b[:0]
		encodeBuffers.Put(bp)
	}
	return err
}

// marshalContent returns the JSON encoding of content followed by a
// newline, in a new slice.
func marshalContent(content map[string]interface{}) ([]byte, error) {
	b, err := appendJSON(nil, content, 0)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Identifier implements runtime.Encoder.
func (unstructuredJSONScheme) Identifier() runtime.Identifier {
	return unstructuredJSONSchemeIdentifier
}

// jsonFallbackEncoder tries its encoder first and falls back to
// UnstructuredJSONScheme for unstructured objects the encoder's scheme does
// not know.
type jsonFallbackEncoder struct {
	encoder runtime.Encoder
}

// NewJSONFallbackEncoder returns an encoder that uses encoder, and encodes an
// *Unstructured or *UnstructuredList with UnstructuredJSONScheme when
// encoder reports it as not registered.
func NewJSONFallbackEncoder(encoder runtime.Encoder) runtime.Encoder {
	return &jsonFallbackEncoder{encoder: encoder}
}

// Encode implements runtime.Encoder.
func (c *jsonFallbackEncoder) Encode(obj runtime.Object, w io.Writer) error {
	err := c.encoder.Encode(obj, w)
	if runtime.IsNotRegisteredError(err) {
		switch obj.(type) {
		case *Unstructured, *UnstructuredList:
			return UnstructuredJSONScheme.Encode(obj, w)
		}
	}
	return err
}

// Identifier implements runtime.Encoder; it is the wrapped encoder's.
func (c *jsonFallbackEncoder) Identifier() runtime.Identifier {
	return c.encoder.Identifier()
}
