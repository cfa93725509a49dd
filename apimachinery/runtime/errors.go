package runtime

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// notRegisteredErr says that a type or kind is not known to a scheme.
type notRegisteredErr struct {
	schemeName string
	gvk        schema.GroupVersionKind
	target     GroupVersioner
	t          reflect.Type
}

// NewNotRegisteredErrForKind returns the error for a kind unknown to the
// scheme named schemeName.
func NewNotRegisteredErrForKind(schemeName string, gvk schema.GroupVersionKind) error {
	return &notRegisteredErr{schemeName: schemeName, gvk: gvk}
}

// NewNotRegisteredErrForType returns the error for a Go type unknown to the
// scheme named schemeName.
func NewNotRegisteredErrForType(schemeName string, t reflect.Type) error {
	return &notRegisteredErr{schemeName: schemeName, t: t}
}

// NewNotRegisteredErrForTarget returns the error for a Go type that has no
// kind in the versions target accepts.
func NewNotRegisteredErrForTarget(schemeName string, t reflect.Type, target GroupVersioner) error {
	return &notRegisteredErr{schemeName: schemeName, t: t, target: target}
}

// NewNotRegisteredGVKErrForTarget returns the error for a kind that cannot
// be converted to any version target accepts.
func NewNotRegisteredGVKErrForTarget(schemeName string, gvk schema.GroupVersionKind, target GroupVersioner) error {
	return &notRegisteredErr{schemeName: schemeName, gvk: gvk, target: target}
}

func (k *notRegisteredErr) Error() string {
	if k.t != nil && k.target != nil {
		return fmt.Sprintf("%v is not suitable for converting to %q in scheme %q", k.t, k.target.Identifier(), k.schemeName)
	}
	nullGVK := schema.GroupVersionKind{}
	if k.gvk != nullGVK && k.target != nil {
		return fmt.Sprintf("%q is not suitable for converting to %q in scheme %q", k.gvk.GroupVersion(), k.target.Identifier(), k.schemeName)
	}
	if k.t != nil {
		return fmt.Sprintf("no kind is registered for the type %v in scheme %q", k.t, k.schemeName)
	}
	if len(k.gvk.Kind) == 0 {
		return fmt.Sprintf("no version %q has been registered in scheme %q", k.gvk.GroupVersion(), k.schemeName)
	}
	if k.gvk.Version == APIVersionInternal {
		return fmt.Sprintf("no kind %q is registered for the internal version of group %q in scheme %q", k.gvk.Kind, k.gvk.Group, k.schemeName)
	}
	return fmt.Sprintf("no kind %q is registered for version %q in scheme %q", k.gvk.Kind, k.gvk.GroupVersion(), k.schemeName)
}

// IsNotRegisteredError reports whether err (or an error it wraps) says a
// type or kind is not registered.
func IsNotRegisteredError(err error) bool {
	var target *notRegisteredErr
	return errors.As(err, &target)
}

// missingKindErr says that serialized data has no kind.
type missingKindErr struct{ data string }

// NewMissingKindErr returns the error for data that carries no kind.
func NewMissingKindErr(data string) error { return &missingKindErr{data: data} }

func (k *missingKindErr) Error() string {
	return fmt.Sprintf("Object 'Kind' is missing in '%s'", k.data)
}

// IsMissingKind reports whether err says the kind is missing.
func IsMissingKind(err error) bool {
	var target *missingKindErr
	return errors.As(err, &target)
}

// missingVersionErr says that serialized data has no apiVersion.
type missingVersionErr struct{ data string }

// NewMissingVersionErr returns the error for data that carries no apiVersion.
func NewMissingVersionErr(data string) error { return &missingVersionErr{data: data} }

func (k *missingVersionErr) Error() string {
	return fmt.Sprintf("Object 'apiVersion' is missing in '%s'", k.data)
}

// IsMissingVersion reports whether err says the apiVersion is missing.
func IsMissingVersion(err error) bool {
	var target *missingVersionErr
	return errors.As(err, &target)
}

// strictDecodingError lists the problems a strict decoder found (unknown or
// duplicate fields). The object was still decoded.
type strictDecodingError struct {
	errors []error
}

// NewStrictDecodingError returns an error carrying the strict decoding
// problems errs.
func NewStrictDecodingError(errs []error) error {
	return &strictDecodingError{errors: errs}
}

func (e *strictDecodingError) Error() string {
	var b strings.Builder
	b.WriteString("strict decoding error: ")
	for i, err := range e.errors {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Errors returns the individual problems.
func (e *strictDecodingError) Errors() []error { return e.errors }

// IsStrictDecodingError reports whether err (or an error it wraps) is a
// strict decoding error.
func IsStrictDecodingError(err error) bool {
	_, ok := AsStrictDecodingError(err)
	return ok
}

// AsStrictDecodingError returns the strict decoding error err is or wraps.
func AsStrictDecodingError(err error) (*strictDecodingError, bool) {
	var target *strictDecodingError
	if errors.As(err, &target) {
		return target, true
	}
	return nil, false
}
