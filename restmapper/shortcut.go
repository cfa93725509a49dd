package restmapper

import (
	"fmt"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
)

// shortcutExpander is a RESTMapper that first expands short names.
type shortcutExpander struct {
	meta.RESTMapper
	discoveryClient discovery.DiscoveryInterface
	warningHandler  func(string)
}

var _ meta.ResettableRESTMapper = shortcutExpander{}

// NewShortcutExpander returns a RESTMapper that expands the short names
// discovery lists ("deploy" for deployments) before asking delegate. A
// full resource or singular name is never expanded. When a short name
// matches resources of several groups, the first in discovery order wins
// and warningHandler (if not nil) is told about each other one.
func NewShortcutExpander(delegate meta.RESTMapper, client discovery.DiscoveryInterface, warningHandler func(string)) meta.RESTMapper {
	return shortcutExpander{RESTMapper: delegate, discoveryClient: client, warningHandler: warningHandler}
}

// KindFor expands resource and asks the delegate; after a no-match error
// (which may have refreshed a deferred delegate's discovery) it expands and
// asks once more.
func (e shortcutExpander) KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	gvk, err := e.RESTMapper.KindFor(e.expandResourceShortcut(resource))
	if meta.IsNoMatchError(err) {
		return e.RESTMapper.KindFor(e.expandResourceShortcut(resource))
	}
	return gvk, err
}

// KindsFor expands resource and asks the delegate.
func (e shortcutExpander) KindsFor(resource schema.GroupVersionResource) ([]schema.GroupVersionKind, error) {
	return e.RESTMapper.KindsFor(e.expandResourceShortcut(resource))
}

// ResourcesFor expands resource and asks the delegate.
func (e shortcutExpander) ResourcesFor(resource schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	return e.RESTMapper.ResourcesFor(e.expandResourceShortcut(resource))
}

// ResourceFor expands resource and asks the delegate.
func (e shortcutExpander) ResourceFor(resource schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	return e.RESTMapper.ResourceFor(e.expandResourceShortcut(resource))
}

// ResourceSingularizer expands resource and asks the delegate.
func (e shortcutExpander) ResourceSingularizer(resource string) (string, error) {
	return e.RESTMapper.ResourceSingularizer(e.expandResourceShortcut(schema.GroupVersionResource{Resource: resource}).Resource)
}

// RESTMapping asks the delegate.
func (e shortcutExpander) RESTMapping(gk schema.GroupKind, versions ...string) (*meta.RESTMapping, error) {
	return e.RESTMapper.RESTMapping(gk, versions...)
}

// RESTMappings asks the delegate.
func (e shortcutExpander) RESTMappings(gk schema.GroupKind, versions ...string) ([]*meta.RESTMapping, error) {
	return e.RESTMapper.RESTMappings(gk, versions...)
}

// Reset resets the delegate when it can be reset.
func (e shortcutExpander) Reset() {
	meta.MaybeResetRESTMapper(e.RESTMapper)
}

// shortcut is one short name of a resource.
type shortcut struct {
	short schema.GroupResource
	long  schema.GroupResource
}

// shortcuts returns the resource lists of discovery (partial results are
// fine) and the short names they declare, in discovery order.
func (e shortcutExpander) shortcuts() ([]*metav1.APIResourceList, []shortcut) {
	_, lists, _ := e.discoveryClient.ServerGroupsAndResources()
	var out []shortcut
	for _, list := range lists {
		gv, err := schema.ParseGroupVersion(list.GroupVersion)
		if err != nil {
			continue
		}
		for _, r := range list.APIResources {
			for _, short := range r.ShortNames {
				out = append(out, shortcut{
					short: schema.GroupResource{Group: gv.Group, Resource: short},
					long:  schema.GroupResource{Group: gv.Group, Resource: r.Name},
				})
			}
		}
	}
	return lists, out
}

// expandResourceShortcut returns the resource resource's short name stands
// for, or resource itself when it is a full name or no short name.
func (e shortcutExpander) expandResourceShortcut(resource schema.GroupVersionResource) schema.GroupVersionResource {
	lists, shortcuts := e.shortcuts()
	if isFullName(lists, resource) {
		return resource
	}
	if expanded, ok := e.exactShortcut(shortcuts, resource); ok {
		return expanded
	}
	if resource.Group == "" {
		return resource
	}
	// No exact match: let a group prefix match ("autoscal" for
	// "autoscaling").
	for _, s := range shortcuts {
		if strings.HasPrefix(s.short.Group, resource.Group) && s.short.Resource == resource.Resource {
			resource.Group, resource.Resource = s.long.Group, s.long.Resource
			return resource
		}
	}
	return resource
}

// isFullName reports whether resource names a resource (plural or
// singular) of its group (any group when it has none).
func isFullName(lists []*metav1.APIResourceList, resource schema.GroupVersionResource) bool {
	for _, list := range lists {
		gv, err := schema.ParseGroupVersion(list.GroupVersion)
		if err != nil || (resource.Group != "" && resource.Group != gv.Group) {
			continue
		}
		for _, r := range list.APIResources {
			if resource.Resource == r.Name || resource.Resource == r.SingularName {
				return true
			}
		}
	}
	return false
}

// exactShortcut returns the group resource of the first short name equal
// to resource's (in its group, when it has one), warning about other
// resources the name also matches. The version is dropped.
func (e shortcutExpander) exactShortcut(shortcuts []shortcut, resource schema.GroupVersionResource) (schema.GroupVersionResource, bool) {
	var found *shortcut
	for i := range shortcuts {
		s := &shortcuts[i]
		if (resource.Group != "" && resource.Group != s.short.Group) || resource.Resource != s.short.Resource {
			continue
		}
		if found == nil {
			found = s
			continue
		}
		if s.long != found.long && e.warningHandler != nil {
			e.warningHandler(fmt.Sprintf("short name %q could also match lower priority resource %s", resource.Resource, s.long.String()))
		}
	}
	if found == nil {
		return schema.GroupVersionResource{}, false
	}
	return schema.GroupVersionResource{Group: found.long.Group, Resource: found.long.Resource}, true
}
