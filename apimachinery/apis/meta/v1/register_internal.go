package v1

import (
	"errors"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// errNilScheme is returned by registration functions given a nil scheme.
var errNilScheme = errors.New("meta/v1: registering with a nil scheme")

// addInternalEvent registers InternalEvent as the internal-version
// WatchEvent of groupVersion's group, once the watch package exists.
func addInternalEvent(scheme *runtime.Scheme, groupVersion schema.GroupVersion) {}

// RegisterConversions adds the conversion functions of this package to s.
func RegisterConversions(s *runtime.Scheme) error {
	if s == nil {
		return errNilScheme
	}
	return nil
}
