package meta

import (
	"errors"
	"fmt"
	"sort"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// AmbiguousResourceError says a partial resource matched more than one
// resource or kind.
type AmbiguousResourceError struct {
	// PartialResource is the resource asked for.
	PartialResource schema.GroupVersionResource
	// MatchingResources are the resources it matched.
	MatchingResources []schema.GroupVersionResource
	// MatchingKinds are the kinds it matched.
	MatchingKinds []schema.GroupVersionKind
}

// Error lists what the partial resource matched.
func (e *AmbiguousResourceError) Error() string {
	switch {
	case len(e.MatchingKinds) > 0 && len(e.MatchingResources) > 0:
		return fmt.Sprintf("%v matches multiple resources %v and kinds %v", e.PartialResource, e.MatchingResources, e.MatchingKinds)
	case len(e.MatchingKinds) > 0:
		return fmt.Sprintf("%v matches multiple kinds %v", e.PartialResource, e.MatchingKinds)
	case len(e.MatchingResources) > 0:
		return fmt.Sprintf("%v matches multiple resources %v", e.PartialResource, e.MatchingResources)
	}
	return fmt.Sprintf("%v matches multiple resources or kinds", e.PartialResource)
}

// Is reports whether target is an *AmbiguousResourceError, so that
// errors.Is matches any of them.
func (*AmbiguousResourceError) Is(target error) bool {
	_, ok := target.(*AmbiguousResourceError)
	return ok
}

// AmbiguousKindError says a partial kind matched more than one resource or
// kind.
type AmbiguousKindError struct {
	// PartialKind is the kind asked for.
	PartialKind schema.GroupVersionKind
	// MatchingResources are the resources it matched.
	MatchingResources []schema.GroupVersionResource
	// MatchingKinds are the kinds it matched.
	MatchingKinds []schema.GroupVersionKind
}

// Error lists what the partial kind matched.
func (e *AmbiguousKindError) Error() string {
	switch {
	case len(e.MatchingKinds) > 0 && len(e.MatchingResources) > 0:
		return fmt.Sprintf("%v matches multiple resources %v and kinds %v", e.PartialKind, e.MatchingResources, e.MatchingKinds)
	case len(e.MatchingKinds) > 0:
		return fmt.Sprintf("%v matches multiple kinds %v", e.PartialKind, e.MatchingKinds)
	case len(e.MatchingResources) > 0:
		return fmt.Sprintf("%v matches multiple resources %v", e.PartialKind, e.MatchingResources)
	}
	return fmt.Sprintf("%v matches multiple resources or kinds", e.PartialKind)
}

// Is reports whether target is an *AmbiguousKindError.
func (*AmbiguousKindError) Is(target error) bool {
	_, ok := target.(*AmbiguousKindError)
	return ok
}

// IsAmbiguousError reports whether err is or wraps an
// *AmbiguousResourceError or *AmbiguousKindError.
func IsAmbiguousError(err error) bool {
	if err == nil {
		return false
	}
	return errors.Is(err, &AmbiguousResourceError{}) || errors.Is(err, &AmbiguousKindError{})
}

// NoResourceMatchError says no resource matched a partial resource.
type NoResourceMatchError struct {
	// PartialResource is the resource asked for.
	PartialResource schema.GroupVersionResource
}

// Error names the resource that matched nothing.
func (e *NoResourceMatchError) Error() string {
	return fmt.Sprintf("no matches for %v", e.PartialResource)
}

// Is reports whether target is a *NoResourceMatchError.
func (*NoResourceMatchError) Is(target error) bool {
	_, ok := target.(*NoResourceMatchError)
	return ok
}

// NoKindMatchError says a kind has no mapping in the versions searched.
type NoKindMatchError struct {
	// GroupKind is the kind asked for.
	GroupKind schema.GroupKind
	// SearchedVersions are the versions looked in.
	SearchedVersions []string
}

// Error names the kind and the group or versions searched.
func (e *NoKindMatchError) Error() string {
	seen := map[string]bool{}
	var versions []string
	for _, v := range e.SearchedVersions {
		if !seen[v] {
			seen[v] = true
			versions = append(versions, v)
		}
	}
	sort.Strings(versions)
	switch len(versions) {
	case 0:
		return fmt.Sprintf("no matches for kind %q in group %q", e.GroupKind.Kind, e.GroupKind.Group)
	case 1:
		return fmt.Sprintf("no matches for kind %q in version %q", e.GroupKind.Kind, e.GroupKind.WithVersion(versions[0]).GroupVersion().String())
	default:
		return fmt.Sprintf("no matches for kind %q in versions %q", e.GroupKind.Kind, versions)
	}
}

// Is reports whether target is a *NoKindMatchError.
func (*NoKindMatchError) Is(target error) bool {
	_, ok := target.(*NoKindMatchError)
	return ok
}

// IsNoMatchError reports whether err is or wraps a *NoResourceMatchError or
// *NoKindMatchError.
func IsNoMatchError(err error) bool {
	if err == nil {
		return false
	}
	return errors.Is(err, &NoResourceMatchError{}) || errors.Is(err, &NoKindMatchError{})
}
