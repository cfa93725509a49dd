package apiserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
)

// object is a stored object: its decoded form and its JSON encoding. A
// stored object is never changed; writers build a new one.
type object struct {
	m   map[string]any
	raw []byte
}

// newObject encodes m into a stored object.
func newObject(m map[string]any) (*object, error) {
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode object: %w", err)
	}
	return &object{m: m, raw: raw}, nil
}

// decodeMap decodes a JSON object, keeping numbers exact.
func decodeMap(raw []byte) (map[string]any, error) {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, fmt.Errorf("object is null")
	}
	return m, nil
}

// deepCopy copies a decoded JSON value.
func deepCopy(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, e := range t {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, e := range t {
			out[i] = deepCopy(e)
		}
		return out
	default:
		return v
	}
}

// copyMap deep-copies an object map.
func copyMap(m map[string]any) map[string]any {
	return deepCopy(m).(map[string]any)
}

// meta returns the metadata map of m, creating it when absent.
func meta(m map[string]any) map[string]any {
	md, ok := m["metadata"].(map[string]any)
	if !ok {
		md = map[string]any{}
		m["metadata"] = md
	}
	return md
}

// metaString returns metadata.<key> of m as a string.
func metaString(m map[string]any, key string) string {
	md, _ := m["metadata"].(map[string]any)
	s, _ := md[key].(string)
	return s
}

// setMeta sets or (for the zero value) removes metadata.<key>.
func setMeta(m map[string]any, key string, v any) {
	md := meta(m)
	if v == nil || v == "" {
		delete(md, key)
		return
	}
	md[key] = v
}

// stringMap returns metadata.<key> (labels, annotations) as a string map.
func stringMap(m map[string]any, key string) map[string]string {
	md, _ := m["metadata"].(map[string]any)
	src, _ := md[key].(map[string]any)
	out := make(map[string]string, len(src))
	for k, v := range src {
		if s, ok := v.(string); ok {
			out[k] = s
		}
	}
	return out
}

// finalizers returns metadata.finalizers of m.
func finalizers(m map[string]any) []string {
	md, _ := m["metadata"].(map[string]any)
	list, _ := md["finalizers"].([]any)
	out := make([]string, 0, len(list))
	for _, f := range list {
		if s, ok := f.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// metaInt returns metadata.<key> as an int64 (0 when absent).
func metaInt(m map[string]any, key string) int64 {
	md, _ := m["metadata"].(map[string]any)
	return toInt(md[key])
}

// toInt converts a decoded JSON number to int64 (0 when it is not one).
func toInt(v any) int64 {
	switch n := v.(type) {
	case json.Number:
		i, _ := n.Int64()
		return i
	case float64:
		return int64(n)
	case int64:
		return n
	case int:
		return int64(n)
	}
	return 0
}

// lookupPath returns the value at the dotted path of m.
func lookupPath(m map[string]any, path ...string) (any, bool) {
	var cur any = m
	for _, p := range path {
		mm, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = mm[p]
		if !ok {
			return nil, false
		}
	}
	return cur, true
}

// formatScalar renders a JSON scalar as a field-selector value.
func formatScalar(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case bool:
		return strconv.FormatBool(t)
	case json.Number:
		return t.String()
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// specEqual says whether a and b agree on everything but metadata and
// status: the change that bumps metadata.generation.
func specEqual(a, b map[string]any) bool {
	strip := func(m map[string]any) map[string]any {
		out := make(map[string]any, len(m))
		for k, v := range m {
			if k != "metadata" && k != "status" && k != "apiVersion" && k != "kind" {
				out[k] = v
			}
		}
		return out
	}
	return reflect.DeepEqual(normalize(strip(a)), normalize(strip(b)))
}

// normalize round-trips v through JSON so numbers compare equal whatever
// their Go representation.
func normalize(v any) any {
	raw, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	if err := json.Unmarshal(raw, &out); err != nil {
		return v
	}
	return out
}
