package protobuf

import (
	"errors"
	"fmt"
	"reflect"
)

// errNotMarshalable is the error for an object the protobuf codec cannot
// handle: its type lacks protobuf tags.
type errNotMarshalable struct {
	t reflect.Type
}

// Error says which type cannot be encoded.
func (e errNotMarshalable) Error() string {
	return fmt.Sprintf("object %v does not implement the protobuf marshalling interface and cannot be encoded to a protobuf message", e.t)
}

// IsNotMarshalable reports whether err says an object is not a protobuf
// object (unstructured data, types without protobuf tags).
func IsNotMarshalable(err error) bool {
	var target errNotMarshalable
	return errors.As(err, &target)
}
