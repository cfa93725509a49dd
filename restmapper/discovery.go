package restmapper

import (
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
)

// APIGroupResources is an API group with the resources of each of its
// versions.
type APIGroupResources struct {
	// Group is the group as discovery lists it.
	Group metav1.APIGroup
	// VersionedResources maps a version ("v1") to its resources.
	VersionedResources map[string][]metav1.APIResource
}

// NewDiscoveryRESTMapper returns a RESTMapper over groupResources. When a
// partial resource or kind matches several, the core v1 group wins, then
// each group's preferred version, then its other versions in discovery
// order, then the groups in the order given. Subresources are not mapped;
// resources without a singular name get a guessed one.
func NewDiscoveryRESTMapper(groupResources []*APIGroupResources) meta.RESTMapper {
	var mappers meta.MultiRESTMapper
	resourcePriority := []schema.GroupVersionResource{{Group: "", Version: "v1", Resource: meta.AnyResource}}
	kindPriority := []schema.GroupVersionKind{{Group: "", Version: "v1", Kind: meta.AnyKind}}
	prefer := func(gv schema.GroupVersion) {
		resourcePriority = append(resourcePriority, gv.WithResource(meta.AnyResource))
		kindPriority = append(kindPriority, gv.WithKind(meta.AnyKind))
	}
	for _, group := range groupResources {
		if group == nil {
			continue
		}
		preferred := group.Group.PreferredVersion.Version
		if _, ok := group.VersionedResources[preferred]; ok && preferred != "" {
			prefer(schema.GroupVersion{Group: group.Group.Name, Version: preferred})
		}
		for _, v := range group.Group.Versions {
			resources, ok := group.VersionedResources[v.Version]
			if !ok {
				continue
			}
			gv := schema.GroupVersion{Group: group.Group.Name, Version: v.Version}
			if v.Version != preferred {
				prefer(gv)
			}
			mappers = append(mappers, versionMapper(gv, resources))
		}
	}
	for _, group := range groupResources {
		if group == nil {
			continue
		}
		resourcePriority = append(resourcePriority, schema.GroupVersionResource{Group: group.Group.Name, Version: meta.AnyVersion, Resource: meta.AnyResource})
		kindPriority = append(kindPriority, schema.GroupVersionKind{Group: group.Group.Name, Version: meta.AnyVersion, Kind: meta.AnyKind})
	}
	return meta.PriorityRESTMapper{
		Delegate:         mappers,
		ResourcePriority: resourcePriority,
		KindPriority:     kindPriority,
	}
}

// versionMapper maps the resources of one group version: the kind (and
// its lower-case form) to the plural and singular resource, the kind's
// List, and the generic List.
func versionMapper(gv schema.GroupVersion, resources []metav1.APIResource) *meta.DefaultRESTMapper {
	mapper := meta.NewDefaultRESTMapper([]schema.GroupVersion{gv})
	for _, r := range resources {
		if strings.Contains(r.Name, "/") {
			continue
		}
		scope := meta.RESTScopeNamespace
		if !r.Namespaced {
			scope = meta.RESTScopeRoot
		}
		plural := gv.WithResource(r.Name)
		singular := gv.WithResource(r.SingularName)
		if r.SingularName == "" {
			_, singular = meta.UnsafeGuessKindToResource(gv.WithKind(r.Kind))
		}
		mapper.AddSpecific(gv.WithKind(strings.ToLower(r.Kind)), plural, singular, scope)
		mapper.AddSpecific(gv.WithKind(r.Kind), plural, singular, scope)
		mapper.Add(gv.WithKind(r.Kind+"List"), scope)
	}
	mapper.Add(gv.WithKind("List"), meta.RESTScopeRoot)
	return mapper
}

// GetAPIGroupResources discovers the groups of cl with the resources of
// their versions. Group versions that failed to be discovered are left out
// without an error; only a failure to list the groups is an error.
func GetAPIGroupResources(cl discovery.DiscoveryInterface) ([]*APIGroupResources, error) {
	groups, lists, err := cl.ServerGroupsAndResources()
	if groups == nil || lists == nil {
		return nil, err
	}
	byGroupVersion := make(map[string]*metav1.APIResourceList, len(lists))
	for _, l := range lists {
		if l != nil {
			byGroupVersion[l.GroupVersion] = l
		}
	}
	result := make([]*APIGroupResources, 0, len(groups))
	for _, group := range groups {
		if group == nil {
			continue
		}
		gr := &APIGroupResources{Group: *group, VersionedResources: map[string][]metav1.APIResource{}}
		for _, v := range group.Versions {
			if l, ok := byGroupVersion[v.GroupVersion]; ok {
				gr.VersionedResources[v.Version] = l.APIResources
			}
		}
		result = append(result, gr)
	}
	return result, nil
}
