package v1

import (
	"fmt"
	"reflect"
	"strings"
)

// render returns a compact one-line form of a pointer to a struct, in the
// style "&Kind{Field:value,Other:value,}", for the String methods of this
// package's types. Nested structs render the same way without the "&";
// values with their own String method use it; nil pointers are "nil".
func render(v any) string {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return "nil"
	}
	var b strings.Builder
	b.WriteByte('&')
	renderStruct(&b, rv.Elem())
	return b.String()
}

// renderStruct writes "Type{Field:value,...}" for the struct value s.
func renderStruct(b *strings.Builder, s reflect.Value) {
	t := s.Type()
	b.WriteString(t.Name())
	b.WriteByte('{')
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		b.WriteString(f.Name)
		b.WriteByte(':')
		renderValue(b, s.Field(i))
		b.WriteByte(',')
	}
	b.WriteByte('}')
}

// renderValue writes one field value.
func renderValue(b *strings.Builder, v reflect.Value) {
	switch {
	case (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil():
		b.WriteString("nil")
	case v.Kind() == reflect.Interface:
		renderValue(b, v.Elem())
	case v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct:
		b.WriteByte('&')
		renderValue(b, v.Elem())
	case v.Kind() == reflect.Pointer:
		renderValue(b, v.Elem())
	case v.Kind() == reflect.Struct && isTimeLike(v.Type()):
		fmt.Fprintf(b, "%v", v.Field(0).Interface())
	case v.Kind() == reflect.Struct:
		renderStruct(b, v)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
		b.Write(v.Bytes())
	case v.Kind() == reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			renderValue(b, v.Index(i))
		}
		b.WriteByte(']')
	case v.CanInterface():
		fmt.Fprintf(b, "%v", v.Interface())
	}
}

// isTimeLike reports whether t wraps a stdlib value whose own String form
// is the best rendering (Time, MicroTime, Duration).
func isTimeLike(t reflect.Type) bool {
	switch t {
	case reflect.TypeOf(Time{}), reflect.TypeOf(MicroTime{}), reflect.TypeOf(Duration{}):
		return true
	}
	return false
}
