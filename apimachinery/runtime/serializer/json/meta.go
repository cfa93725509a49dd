package json

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

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

// offsetError adds the byte offset to a JSON error message.
type offsetError struct {
	err    error
	offset int64
}

func (e *offsetError) Error() string {
	msg := e.err.Error()
	if !strings.HasPrefix(msg, "json: ") {
		msg = "json: " + msg
	}
	return fmt.Sprintf("%s at offset %d", msg, e.offset)
}

func (e *offsetError) Unwrap() error { return e.err }

// withOffset makes JSON syntax and type errors say where they happened.
func withOffset(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &offsetError{err: err, offset: se.Offset}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &offsetError{err: err, offset: te.Offset}
	}
	return err
}
