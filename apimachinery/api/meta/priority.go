package meta

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Wildcards for the patterns of PriorityRESTMapper.
const (
	// AnyGroup matches any group.
	AnyGroup = "*"
	// AnyVersion matches any version.
	AnyVersion = "*"
	// AnyResource matches any resource.
	AnyResource = "*"
	// AnyKind matches any kind.
	AnyKind = "*"
)

// PriorityRESTMapper resolves the ambiguity of its Delegate: when several
// resources or kinds match, the patterns of ResourcePriority or
// KindPriority are tried in order, each narrowing the candidates, until
// one candidate is left.
type PriorityRESTMapper struct {
	// Delegate finds the candidates.
	Delegate RESTMapper
	// ResourcePriority are the patterns (with Any* wildcards) that pick a
	// resource.
	ResourcePriority []schema.GroupVersionResource
	// KindPriority are the patterns (with Any* wildcards) that pick a kind.
	KindPriority []schema.GroupVersionKind
}

var _ ResettableRESTMapper = PriorityRESTMapper{}

// String describes the priorities and the delegate.
func (m PriorityRESTMapper) String() string {
	return fmt.Sprintf("PriorityRESTMapper{\n\t%v\n\t%v\n\t%v\n}", m.ResourcePriority, m.KindPriority, m.Delegate)
}

// resourceMatches reports whether resource fits pattern.
func resourceMatches(pattern, resource schema.GroupVersionResource) bool {
	return (pattern.Group == AnyGroup || pattern.Group == resource.Group) &&
		(pattern.Version == AnyVersion || pattern.Version == resource.Version) &&
		(pattern.Resource == AnyResource || pattern.Resource == resource.Resource)
}

// kindMatches reports whether kind fits pattern.
func kindMatches(pattern, kind schema.GroupVersionKind) bool {
	return (pattern.Group == AnyGroup || pattern.Group == kind.Group) &&
		(pattern.Version == AnyVersion || pattern.Version == kind.Version) &&
		(pattern.Kind == AnyKind || pattern.Kind == kind.Kind)
}

// narrow applies patterns in order to candidates and returns the single
// remaining candidate, if the patterns get down to one.
func narrow[T any, P any](candidates []T, patterns []P, match func(P, T) bool) (T, bool) {
	remaining := candidates
	for _, pattern := range patterns {
		var matched []T
		for _, c := range remaining {
			if match(pattern, c) {
				matched = append(matched, c)
			}
		}
		switch len(matched) {
		case 0:
			continue
		case 1:
			return matched[0], true
		default:
			remaining = matched
		}
	}
	if len(remaining) == 1 {
		return remaining[0], true
	}
	var zero T
	return zero, false
}

// ResourceFor returns the delegate's resource for the partial resource,
// using ResourcePriority when several match.
func (m PriorityRESTMapper) ResourceFor(partiallySpecifiedResource schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	candidates, err := m.Delegate.ResourcesFor(partiallySpecifiedResource)
	if err != nil && len(candidates) == 0 {
		return schema.GroupVersionResource{}, err
	}
	if picked, ok := narrow(candidates, m.ResourcePriority, resourceMatches); ok {
		return picked, err
	}
	return schema.GroupVersionResource{}, &AmbiguousResourceError{PartialResource: partiallySpecifiedResource, MatchingResources: candidates}
}

// KindFor returns the delegate's kind for the partial resource, using
// KindPriority when several match.
func (m PriorityRESTMapper) KindFor(partiallySpecifiedResource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	candidates, err := m.Delegate.KindsFor(partiallySpecifiedResource)
	if err != nil && len(candidates) == 0 {
		return schema.GroupVersionKind{}, err
	}
	if picked, ok := narrow(candidates, m.KindPriority, kindMatches); ok {
		return picked, err
	}
	return schema.GroupVersionKind{}, &AmbiguousResourceError{PartialResource: partiallySpecifiedResource, MatchingKinds: candidates}
}

// RESTMapping returns one of the delegate's mappings of gk: versions given
// by the caller come first, then KindPriority.
func (m PriorityRESTMapper) RESTMapping(gk schema.GroupKind, versions ...string) (mapping *RESTMapping, err error) {
	mappings, err := m.Delegate.RESTMappings(gk, versions...)
	if err != nil && len(mappings) == 0 {
		return nil, err
	}
	priorities := m.KindPriority
	if len(versions) > 0 {
		priorities = make([]schema.GroupVersionKind, 0, len(versions)+len(m.KindPriority))
		for _, version := range versions {
			priorities = append(priorities, schema.GroupVersionKind{Group: gk.Group, Version: version, Kind: AnyKind})
		}
		priorities = append(priorities, m.KindPriority...)
	}
	matchMapping := func(pattern schema.GroupVersionKind, mapping *RESTMapping) bool {
		return kindMatches(pattern, mapping.GroupVersionKind)
	}
	if picked, ok := narrow(mappings, priorities, matchMapping); ok {
		return picked, err
	}
	kinds := make([]schema.GroupVersionKind, 0, len(mappings))
	for _, mapping := range mappings {
		kinds = append(kinds, mapping.GroupVersionKind)
	}
	return nil, &AmbiguousKindError{PartialKind: gk.WithVersion(""), MatchingKinds: kinds}
}

// RESTMappings returns the delegate's mappings.
func (m PriorityRESTMapper) RESTMappings(gk schema.GroupKind, versions ...string) ([]*RESTMapping, error) {
	return m.Delegate.RESTMappings(gk, versions...)
}

// ResourceSingularizer returns the delegate's answer.
func (m PriorityRESTMapper) ResourceSingularizer(resource string) (singular string, err error) {
	return m.Delegate.ResourceSingularizer(resource)
}

// ResourcesFor returns the delegate's answer.
func (m PriorityRESTMapper) ResourcesFor(partiallySpecifiedResource schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	return m.Delegate.ResourcesFor(partiallySpecifiedResource)
}

// KindsFor returns the delegate's answer.
func (m PriorityRESTMapper) KindsFor(partiallySpecifiedResource schema.GroupVersionResource) (gvk []schema.GroupVersionKind, err error) {
	return m.Delegate.KindsFor(partiallySpecifiedResource)
}

// Reset resets the delegate if it can be reset.
func (m PriorityRESTMapper) Reset() {
	MaybeResetRESTMapper(m.Delegate)
}
