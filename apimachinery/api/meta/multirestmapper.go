package meta

import (
	"fmt"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	utilerrors "github.com/skiff-k8s/skiff/apimachinery/util/errors"
)

// MultiRESTMapper asks each of its mappers and merges their answers. A
// mapper answering with a no-match error is skipped; any other error is
// returned.
type MultiRESTMapper []RESTMapper

var _ ResettableRESTMapper = MultiRESTMapper{}

// String lists the mappers.
func (m MultiRESTMapper) String() string {
	nested := make([]string, 0, len(m))
	for _, t := range m {
		nested = append(nested, strings.ReplaceAll(fmt.Sprintf("%v", t), "\n", "\n\t"))
	}
	return fmt.Sprintf("MultiRESTMapper{\n\t%s\n}", strings.Join(nested, "\n\t"))
}

// ResourceSingularizer returns the first singular a mapper finds, or the
// last mapper's error.
func (m MultiRESTMapper) ResourceSingularizer(resource string) (singular string, err error) {
	for _, t := range m {
		singular, err = t.ResourceSingularizer(resource)
		if err == nil {
			return singular, nil
		}
	}
	return singular, err
}

// ResourcesFor returns the resources every mapper finds, without
// duplicates, in mapper order.
func (m MultiRESTMapper) ResourcesFor(resource schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	var all []schema.GroupVersionResource
	seen := map[schema.GroupVersionResource]bool{}
	for _, t := range m {
		found, err := t.ResourcesFor(resource)
		if IsNoMatchError(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, r := range found {
			if !seen[r] {
				seen[r] = true
				all = append(all, r)
			}
		}
	}
	if len(all) == 0 {
		return nil, &NoResourceMatchError{PartialResource: resource}
	}
	return all, nil
}

// KindsFor returns the kinds every mapper finds, without duplicates, in
// mapper order.
func (m MultiRESTMapper) KindsFor(resource schema.GroupVersionResource) (gvk []schema.GroupVersionKind, err error) {
	var all []schema.GroupVersionKind
	seen := map[schema.GroupVersionKind]bool{}
	for _, t := range m {
		found, err := t.KindsFor(resource)
		if IsNoMatchError(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, k := range found {
			if !seen[k] {
				seen[k] = true
				all = append(all, k)
			}
		}
	}
	if len(all) == 0 {
		return nil, &NoResourceMatchError{PartialResource: resource}
	}
	return all, nil
}

// ResourceFor returns the one resource the mappers find; more than one is
// an *AmbiguousResourceError.
func (m MultiRESTMapper) ResourceFor(resource schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	resources, err := m.ResourcesFor(resource)
	if err != nil {
		return schema.GroupVersionResource{}, err
	}
	if len(resources) == 1 {
		return resources[0], nil
	}
	return schema.GroupVersionResource{}, &AmbiguousResourceError{PartialResource: resource, MatchingResources: resources}
}

// KindFor returns the one kind the mappers find; more than one is an
// *AmbiguousResourceError.
func (m MultiRESTMapper) KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	kinds, err := m.KindsFor(resource)
	if err != nil {
		return schema.GroupVersionKind{}, err
	}
	if len(kinds) == 1 {
		return kinds[0], nil
	}
	return schema.GroupVersionKind{}, &AmbiguousResourceError{PartialResource: resource, MatchingKinds: kinds}
}

// RESTMapping returns the one mapping the mappers find, even if other
// mappers failed. More than one is an *AmbiguousKindError; none gives the
// mappers' errors, or a *NoKindMatchError.
func (m MultiRESTMapper) RESTMapping(gk schema.GroupKind, versions ...string) (*RESTMapping, error) {
	var mappings []*RESTMapping
	var errs []error
	for _, t := range m {
		mapping, err := t.RESTMapping(gk, versions...)
		if IsNoMatchError(err) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		mappings = append(mappings, mapping)
	}
	switch {
	case len(mappings) == 1:
		return mappings[0], nil
	case len(mappings) > 1:
		kinds := make([]schema.GroupVersionKind, 0, len(mappings))
		for _, mapping := range mappings {
			kinds = append(kinds, mapping.GroupVersionKind)
		}
		return nil, &AmbiguousKindError{PartialKind: gk.WithVersion(""), MatchingKinds: kinds}
	case len(errs) > 0:
		return nil, utilerrors.NewAggregate(errs)
	}
	return nil, &NoKindMatchError{GroupKind: gk, SearchedVersions: versions}
}

// RESTMappings returns the mappings of every mapper. Any error other than
// no-match fails the call; no mappings at all is a *NoKindMatchError.
func (m MultiRESTMapper) RESTMappings(gk schema.GroupKind, versions ...string) ([]*RESTMapping, error) {
	var mappings []*RESTMapping
	var errs []error
	for _, t := range m {
		found, err := t.RESTMappings(gk, versions...)
		if IsNoMatchError(err) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		mappings = append(mappings, found...)
	}
	if len(errs) > 0 {
		return nil, utilerrors.NewAggregate(errs)
	}
	if len(mappings) == 0 {
		return nil, &NoKindMatchError{GroupKind: gk, SearchedVersions: versions}
	}
	return mappings, nil
}

// Reset resets every mapper that can be reset.
func (m MultiRESTMapper) Reset() {
	for _, t := range m {
		MaybeResetRESTMapper(t)
	}
}

// MaybeResetRESTMapper calls Reset on mapper if it is a
// ResettableRESTMapper.
func MaybeResetRESTMapper(mapper RESTMapper) {
	if m, ok := mapper.(ResettableRESTMapper); ok {
		m.Reset()
	}
}
