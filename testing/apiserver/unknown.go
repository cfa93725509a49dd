package apiserver

import (
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// unmarshalerType is json.Unmarshaler: types implementing it decode
// themselves and are not walked.
var unmarshalerType = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()

// unknownFields returns the paths of the fields of v that the Go type t
// does not have, as the real server names them ("spec.containers[0].foo"),
// sorted.
func unknownFields(t reflect.Type, v any) []string {
	var out []string
	walkUnknown(t, v, "", &out)
	sort.Strings(out)
	return out
}

// walkUnknown collects unknown fields of v under path.
func walkUnknown(t reflect.Type, v any, path string, out *[]string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		fields := jsonFields(t)
		for k, e := range m {
			ft, ok := fields[k]
			if !ok {
				*out = append(*out, joinPath(path, k))
				continue
			}
			walkUnknown(ft, e, joinPath(path, k), out)
		}
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		for k, e := range m {
			walkUnknown(t.Elem(), e, joinPath(path, k), out)
		}
	case reflect.Slice, reflect.Array:
		list, ok := v.([]any)
		if !ok {
			return
		}
		for i, e := range list {
			walkUnknown(t.Elem(), e, path+"["+strconv.Itoa(i)+"]", out)
		}
	}
}

// joinPath appends a key to a dotted path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonFields maps the JSON names of a struct's fields (inline and embedded
// structs flattened) to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if (f.Anonymous && name == "") || strings.Contains(","+opts+",", ",inline,") {
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					out[k] = v
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}
