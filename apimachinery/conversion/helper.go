package conversion

import (
	"fmt"
	"reflect"
)

// EnforcePtr returns the value obj points to, or an error when obj is not
// a non-nil pointer.
func EnforcePtr(obj interface{}) (reflect.Value, error) {
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Pointer {
		if v.Kind() == reflect.Invalid {
			return reflect.Value{}, fmt.Errorf("expected pointer, but got invalid kind")
		}
		return reflect.Value{}, fmt.Errorf("expected pointer, but got %v type", v.Type())
	}
	if v.IsNil() {
		return reflect.Value{}, fmt.Errorf("expected pointer, but got nil")
	}
	return v.Elem(), nil
}

// NameFunc names a type; converters in the reference used it to match
// types by name. skiff's Converter matches types exactly and ignores it.
type NameFunc func(t reflect.Type) string

// DefaultNameFunc returns the type's name.
var DefaultNameFunc = func(t reflect.Type) string { return t.Name() }
