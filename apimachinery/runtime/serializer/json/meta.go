package json

import (
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// MetaFactory finds the apiVersion and kind in serialized data.
type MetaFactory interface {
	// Interpret returns the kind named in data; missing parts are empty.
	Interpret(data []byte) (*schema.GroupVersionKind, error)
}

// DefaultMetaFactory reads the top-level "apiVersion" and "kind" fields of
// a JSON object.
var DefaultMetaFactory = SimpleMetaFactory{}

// SimpleMetaFactory reads the top-level "apiVersion" and "kind" fields of a
// JSON object.
type SimpleMetaFactory struct{}

// Interpret returns the kind named by data's apiVersion and kind fields.
func (SimpleMetaFactory) Interpret(data []byte) (*schema.GroupVersionKind, error) {
	if apiVersion, kind, ok := scanTypeMeta(data); ok {
		return typeMetaToGVK(apiVersion, kind)
	}
	var findKind struct {
		APIVersion string `json:"apiVersion,omitempty"`
		Kind       string `json:"kind,omitempty"`
	}
	if err := json.Unmarshal(data, &findKind); err != nil {
		return nil, fmt.Errorf("couldn't get version/kind; json parse error: %w", withOffset(err))
	}
	return typeMetaToGVK(findKind.APIVersion, findKind.Kind)
}

func typeMetaToGVK(apiVersion, kind string) (*schema.GroupVersionKind, error) {
	gv, err := schema.ParseGroupVersion(apiVersion)
	if err != nil {
		return nil, fmt.Errorf("couldn't get version/kind: %w", err)
	}
	return &schema.GroupVersionKind{Group: gv.Group, Version: gv.Version, Kind: kind}, nil
}

// offsetError adds the byte offset to a JSON syntax error message.
type offsetError struct {
	err    error
	offset int64
}

func (e *offsetError) Error() string {
	return fmt.Sprintf("json: %v at offset %d", e.err, e.offset)
}

func (e *offsetError) Unwrap() error { return e.err }

// withOffset makes JSON syntax errors say where they happened.
func withOffset(err error) error {
	if se, ok := err.(*json.SyntaxError); ok {
		return &offsetError{err: se, offset: se.Offset}
	}
	return err
}
