package runtime

import (
	"context"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// modulePrefix maps skiff package paths back to the reference paths that
// OpenAPI definition names are derived from.
var modulePrefixes = []struct{ skiff, reference string }{
	{"github.com/skiff-k8s/skiff/apimachinery/", "k8s.io/apimachinery/pkg/"},
	{"github.com/skiff-k8s/skiff/api/", "k8s.io/api/"},
}

// ToOpenAPIDefinitionName returns the OpenAPI definition name of the type
// registered as groupVersionKind, e.g. "io.k8s.api.core.v1.Pod": the Go
// package path (as the reference names it) with its domain reversed, then
// the type name.
func (s *Scheme) ToOpenAPIDefinitionName(groupVersionKind schema.GroupVersionKind) (string, error) {
	t, ok := s.gvkToType[groupVersionKind]
	if !ok {
		return "", NewNotRegisteredErrForKind(s.schemeName, groupVersionKind)
	}
	pkg := t.PkgPath()
	for _, p := range modulePrefixes {
		if strings.HasPrefix(pkg, p.skiff) {
			pkg = p.reference + strings.TrimPrefix(pkg, p.skiff)
			break
		}
	}
	parts := strings.Split(pkg, "/")
	domain := strings.Split(parts[0], ".")
	for i, j := 0, len(domain)-1; i < j; i, j = i+1, j-1 {
		domain[i], domain[j] = domain[j], domain[i]
	}
	parts[0] = strings.Join(domain, ".")
	return strings.Join(parts, ".") + "." + t.Name(), nil
}

// Validate runs the declarative validation registered for object's type.
// skiff registers none (see the omission of AddValidationFunc), so it
// always returns nil.
func (s *Scheme) Validate(ctx context.Context, options []string, object Object, subresources ...string) field.ErrorList {
	return nil
}

// ValidateUpdate is Validate for an update from oldObject; it always
// returns nil.
func (s *Scheme) ValidateUpdate(ctx context.Context, options []string, object, oldObject Object, subresources ...string) field.ErrorList {
	return nil
}
