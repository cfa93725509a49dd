package meta

import (
	"fmt"
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// DefaultRESTMapper maps kinds to resources and back from a table filled
// with Add and AddSpecific. When a partial resource or kind matches several
// versions, the ones in defaultGroupVersions come first, in that order.
// It is not safe to Add while other goroutines read it.
type DefaultRESTMapper struct {
	defaultGroupVersions []schema.GroupVersion

	resourceToKind       map[schema.GroupVersionResource]schema.GroupVersionKind
	kindToPluralResource map[schema.GroupVersionKind]schema.GroupVersionResource
	kindToScope          map[schema.GroupVersionKind]RESTScope
	singularToPlural     map[schema.GroupVersionResource]schema.GroupVersionResource
	pluralToSingular     map[schema.GroupVersionResource]schema.GroupVersionResource
}

var _ RESTMapper = &DefaultRESTMapper{}

// NewDefaultRESTMapper returns an empty mapper that prefers
// defaultGroupVersions, in order, when several versions match.
func NewDefaultRESTMapper(defaultGroupVersions []schema.GroupVersion) *DefaultRESTMapper {
	return &DefaultRESTMapper{
		defaultGroupVersions: defaultGroupVersions,
		resourceToKind:       make(map[schema.GroupVersionResource]schema.GroupVersionKind),
		kindToPluralResource: make(map[schema.GroupVersionKind]schema.GroupVersionResource),
		kindToScope:          make(map[schema.GroupVersionKind]RESTScope),
		singularToPlural:     make(map[schema.GroupVersionResource]schema.GroupVersionResource),
		pluralToSingular:     make(map[schema.GroupVersionResource]schema.GroupVersionResource),
	}
}

// String describes the mapper's kind to resource table.
func (m *DefaultRESTMapper) String() string {
	if m == nil {
		return "<nil>"
	}
	return fmt.Sprintf("DefaultRESTMapper{kindToPluralResource=%v}", m.kindToPluralResource)
}

// Add maps kind to the resource names UnsafeGuessKindToResource derives from
// it, with scope.
func (m *DefaultRESTMapper) Add(kind schema.GroupVersionKind, scope RESTScope) {
	plural, singular := UnsafeGuessKindToResource(kind)
	m.AddSpecific(kind, plural, singular, scope)
}

// AddSpecific maps kind to the plural and singular resource names given,
// with scope.
func (m *DefaultRESTMapper) AddSpecific(kind schema.GroupVersionKind, plural, singular schema.GroupVersionResource, scope RESTScope) {
	m.singularToPlural[singular] = plural
	m.pluralToSingular[plural] = singular
	m.resourceToKind[singular] = kind
	m.resourceToKind[plural] = kind
	m.kindToPluralResource[kind] = plural
	m.kindToScope[kind] = scope
}

// unpluralizedSuffixes are kind name endings whose plural is the same word.
var unpluralizedSuffixes = []string{"endpoints"}

// UnsafeGuessKindToResource derives the plural and singular resource of a
// kind by English rules: the lowercased kind is the singular; the plural
// adds "es" after a trailing "s", turns a trailing "y" into "ies", keeps
// "endpoints" as it is and adds "s" otherwise. It is a guess: real
// resource names come from discovery.
func UnsafeGuessKindToResource(kind schema.GroupVersionKind) ( /*plural*/ schema.GroupVersionResource /*singular*/, schema.GroupVersionResource) {
	if kind.Kind == "" {
		return schema.GroupVersionResource{}, schema.GroupVersionResource{}
	}
	gv := kind.GroupVersion()
	singular := strings.ToLower(kind.Kind)
	singularGVR := gv.WithResource(singular)
	for _, skip := range unpluralizedSuffixes {
		if strings.HasSuffix(singular, skip) {
			return singularGVR, singularGVR
		}
	}
	switch singular[len(singular)-1] {
	case 's':
		return gv.WithResource(singular + "es"), singularGVR
	case 'y':
		return gv.WithResource(strings.TrimSuffix(singular, "y") + "ies"), singularGVR
	}
	return gv.WithResource(singular + "s"), singularGVR
}

// ResourceSingularizer returns the singular name of resourceType; it is an
// error if it matches no resource, or plurals with different singulars.
func (m *DefaultRESTMapper) ResourceSingularizer(resourceType string) (string, error) {
	resources, err := m.ResourcesFor(schema.GroupVersionResource{Resource: resourceType})
	if err != nil {
		return resourceType, err
	}
	singular := schema.GroupVersionResource{}
	for _, plural := range resources {
		curr, ok := m.pluralToSingular[plural]
		if !ok {
			continue
		}
		if singular.Empty() {
			singular = curr
			continue
		}
		if curr.Resource != singular.Resource {
			return resourceType, fmt.Errorf("multiple possible singular resources (%v) found for %v", resources, resourceType)
		}
	}
	if singular.Empty() {
		return resourceType, fmt.Errorf("no singular of resource %v has been defined", resourceType)
	}
	return singular.Resource, nil
}

// coerceResourceForMatching lowercases the resource and drops the internal
// version.
func coerceResourceForMatching(resource schema.GroupVersionResource) schema.GroupVersionResource {
	resource.Resource = strings.ToLower(resource.Resource)
	if resource.Version == runtime.APIVersionInternal {
		resource.Version = ""
	}
	return resource
}

// resourceMatchesPartial reports whether candidate satisfies the fields set
// in partial (resource always, group and version when not empty).
func resourceMatchesPartial(partial, candidate schema.GroupVersionResource) bool {
	return candidate.Resource == partial.Resource &&
		(partial.Group == "" || candidate.Group == partial.Group) &&
		(partial.Version == "" || candidate.Version == partial.Version)
}

// ResourcesFor returns the plural resources matching the partial resource
// by its plural or singular name, best first. It is a
// *NoResourceMatchError when none match.
func (m *DefaultRESTMapper) ResourcesFor(input schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	resource := coerceResourceForMatching(input)
	if resource.Resource == "" {
		return nil, fmt.Errorf("a resource must be present, got: %v", resource)
	}
	var ret []schema.GroupVersionResource
	for plural, singular := range m.pluralToSingular {
		if resourceMatchesPartial(resource, singular) || resourceMatchesPartial(resource, plural) {
			ret = append(ret, plural)
		}
	}
	if len(ret) == 0 {
		return nil, &NoResourceMatchError{PartialResource: resource}
	}
	sortResources(ret, m.defaultGroupVersions)
	return ret, nil
}

// KindsFor returns the kinds of the resources matching the partial
// resource, best first. It is a *NoResourceMatchError when none match.
func (m *DefaultRESTMapper) KindsFor(input schema.GroupVersionResource) ([]schema.GroupVersionKind, error) {
	resource := coerceResourceForMatching(input)
	if resource.Resource == "" {
		return nil, fmt.Errorf("a resource must be present, got: %v", resource)
	}
	var ret []schema.GroupVersionKind
	seen := map[schema.GroupVersionKind]bool{}
	for candidate, kind := range m.resourceToKind {
		if resourceMatchesPartial(resource, candidate) && !seen[kind] {
			seen[kind] = true
			ret = append(ret, kind)
		}
	}
	if len(ret) == 0 {
		return nil, &NoResourceMatchError{PartialResource: input}
	}
	sortKinds(ret, m.defaultGroupVersions)
	return ret, nil
}

// ResourceFor returns the one resource matching the partial resource; more
// than one is an *AmbiguousResourceError.
func (m *DefaultRESTMapper) ResourceFor(resource schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	resources, err := m.ResourcesFor(resource)
	if err != nil {
		return schema.GroupVersionResource{}, err
	}
	if len(resources) == 1 {
		return resources[0], nil
	}
	return schema.GroupVersionResource{}, &AmbiguousResourceError{PartialResource: resource, MatchingResources: resources}
}

// KindFor returns the one kind of the resources matching the partial
// resource; more than one is an *AmbiguousResourceError.
func (m *DefaultRESTMapper) KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	kinds, err := m.KindsFor(resource)
	if err != nil {
		return schema.GroupVersionKind{}, err
	}
	if len(kinds) == 1 {
		return kinds[0], nil
	}
	return schema.GroupVersionKind{}, &AmbiguousResourceError{PartialResource: resource, MatchingKinds: kinds}
}

// RESTMapping returns the first mapping RESTMappings finds.
func (m *DefaultRESTMapper) RESTMapping(gk schema.GroupKind, versions ...string) (*RESTMapping, error) {
	mappings, err := m.RESTMappings(gk, versions...)
	if err != nil {
		return nil, err
	}
	if len(mappings) == 0 {
		return nil, &NoKindMatchError{GroupKind: gk, SearchedVersions: versions}
	}
	return mappings[0], nil
}

// RESTMappings returns the mapping of gk in the first of versions that has
// one, or when no version is given, its mappings in every default group
// version of its group. It is a *NoKindMatchError when a version was given
// and none has gk, and a *NoResourceMatchError when no default version has
// it.
func (m *DefaultRESTMapper) RESTMappings(gk schema.GroupKind, versions ...string) ([]*RESTMapping, error) {
	var candidates []schema.GroupVersionKind
	hadVersion := false
	for _, version := range versions {
		if version == "" || version == runtime.APIVersionInternal {
			continue
		}
		hadVersion = true
		gvk := gk.WithVersion(version)
		if _, ok := m.kindToPluralResource[gvk]; ok {
			candidates = append(candidates, gvk)
			break
		}
	}
	if !hadVersion {
		for _, gv := range m.defaultGroupVersions {
			if gv.Group == gk.Group {
				candidates = append(candidates, gk.WithVersion(gv.Version))
			}
		}
	}
	if len(candidates) == 0 {
		return nil, &NoKindMatchError{GroupKind: gk, SearchedVersions: versions}
	}
	var mappings []*RESTMapping
	for _, gvk := range candidates {
		resource, ok := m.kindToPluralResource[gvk]
		if !ok {
			continue
		}
		scope, ok := m.kindToScope[gvk]
		if !ok {
			return nil, fmt.Errorf("the provided version %q and kind %q cannot be mapped to a supported scope", gvk.GroupVersion(), gvk.Kind)
		}
		mappings = append(mappings, &RESTMapping{Resource: resource, GroupVersionKind: gvk, Scope: scope})
	}
	if len(mappings) == 0 {
		return nil, &NoResourceMatchError{PartialResource: schema.GroupVersionResource{Group: gk.Group, Resource: gk.Kind}}
	}
	return mappings, nil
}

// groupVersionRank returns the position of gv in preferred, or
// len(preferred) when it is not there.
func groupVersionRank(gv schema.GroupVersion, preferred []schema.GroupVersion) int {
	for i, p := range preferred {
		if p == gv {
			return i
		}
	}
	return len(preferred)
}

// sortResources orders resources by preferred group version, then by group,
// version and resource name, so the result does not depend on map order.
func sortResources(list []schema.GroupVersionResource, preferred []schema.GroupVersion) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		ra, rb := groupVersionRank(a.GroupVersion(), preferred), groupVersionRank(b.GroupVersion(), preferred)
		if ra != rb {
			return ra < rb
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.Version != b.Version {
			return a.Version < b.Version
		}
		return a.Resource < b.Resource
	})
}

// sortKinds orders kinds like sortResources orders resources.
func sortKinds(list []schema.GroupVersionKind, preferred []schema.GroupVersion) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		ra, rb := groupVersionRank(a.GroupVersion(), preferred), groupVersionRank(b.GroupVersion(), preferred)
		if ra != rb {
			return ra < rb
		}
		if a.Group != b.Group {
			return a.Group < b.Group
		}
		if a.Version != b.Version {
			return a.Version < b.Version
		}
		return a.Kind < b.Kind
	})
}
