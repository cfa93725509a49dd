package discovery

import (
	"fmt"
	"mime"

	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	apidiscoveryv2beta1 "github.com/skiff-k8s/skiff/api/apidiscovery/v2beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// The kinds the Content-Type of an aggregated discovery answer names.
var (
	v2GVK      = apidiscoveryv2.SchemeGroupVersion.WithKind("APIGroupDiscoveryList")
	v2beta1GVK = apidiscoveryv2beta1.SchemeGroupVersion.WithKind("APIGroupDiscoveryList")
)

// ContentTypeIsGVK reports whether contentType is application/json with
// the g, v and as parameters of gvk (in any order, other parameters
// allowed). An unparsable or empty contentType is an error.
func ContentTypeIsGVK(contentType string, gvk schema.GroupVersionKind) (bool, error) {
	base, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false, fmt.Errorf("parsing content type %q: %w", contentType, err)
	}
	return base == "application/json" &&
		params["g"] == gvk.Group &&
		params["v"] == gvk.Version &&
		params["as"] == gvk.Kind, nil
}

// SplitGroupsAndResources converts an aggregated v2 discovery document
// into the groups, the resources of each group version and the group
// versions that failed (the stale ones, as StaleGroupVersionError).
// Within a group the versions keep their order and the preferred version
// is the first one that is not stale. Subresources become entries named
// "<resource>/<subresource>"; resources and subresources without a
// response kind are left out.
func SplitGroupsAndResources(aggregatedGroups apidiscoveryv2.APIGroupDiscoveryList) (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error) {
	groups := &metav1.APIGroupList{}
	resources := map[schema.GroupVersion]*metav1.APIResourceList{}
	failed := map[schema.GroupVersion]error{}
	for i := range aggregatedGroups.Items {
		group := splitGroup(&aggregatedGroups.Items[i], resources, failed)
		if len(group.Versions) > 0 {
			groups.Groups = append(groups.Groups, group)
		}
	}
	return groups, resources, failed
}

// SplitGroupsAndResourcesV2Beta1 is SplitGroupsAndResources for a v2beta1
// document.
func SplitGroupsAndResourcesV2Beta1(aggregatedGroups apidiscoveryv2beta1.APIGroupDiscoveryList) (*metav1.APIGroupList, map[schema.GroupVersion]*metav1.APIResourceList, map[schema.GroupVersion]error) {
	return SplitGroupsAndResources(v2beta1ToV2(aggregatedGroups))
}

// splitGroup converts one aggregated group, adding the resources of its
// usable versions to resources and its stale versions to failed.
func splitGroup(in *apidiscoveryv2.APIGroupDiscovery, resources map[schema.GroupVersion]*metav1.APIResourceList, failed map[schema.GroupVersion]error) metav1.APIGroup {
	group := metav1.APIGroup{Name: in.Name}
	for i := range in.Versions {
		v := &in.Versions[i]
		gv := schema.GroupVersion{Group: in.Name, Version: v.Version}
		if v.Freshness == apidiscoveryv2.DiscoveryFreshnessStale {
			failed[gv] = StaleGroupVersionError{gv: gv}
			continue
		}
		forDiscovery := metav1.GroupVersionForDiscovery{GroupVersion: gv.String(), Version: v.Version}
		if len(group.Versions) == 0 {
			group.PreferredVersion = forDiscovery
		}
		group.Versions = append(group.Versions, forDiscovery)
		resources[gv] = convertVersionResources(gv, v.Resources)
	}
	return group
}

// convertVersionResources converts the resources of one group version,
// each followed by its subresources.
func convertVersionResources(gv schema.GroupVersion, in []apidiscoveryv2.APIResourceDiscovery) *metav1.APIResourceList {
	list := &metav1.APIResourceList{GroupVersion: gv.String(), APIResources: []metav1.APIResource{}}
	for i := range in {
		r := &in[i]
		parent := metav1.APIResource{
			Name:         r.Resource,
			SingularName: r.SingularResource,
			Namespaced:   r.Scope == apidiscoveryv2.ScopeNamespace,
			Verbs:        r.Verbs,
			ShortNames:   r.ShortNames,
			Categories:   r.Categories,
		}
		if r.ResponseKind != nil && r.ResponseKind.Kind != "" {
			parent.Group, parent.Version, parent.Kind = r.ResponseKind.Group, r.ResponseKind.Version, r.ResponseKind.Kind
			list.APIResources = append(list.APIResources, parent)
		}
		for j := range r.Subresources {
			sub := &r.Subresources[j]
			if sub.ResponseKind == nil || sub.ResponseKind.Kind == "" {
				continue
			}
			list.APIResources = append(list.APIResources, metav1.APIResource{
				Name:         parent.Name + "/" + sub.Subresource,
				SingularName: parent.SingularName,
				Namespaced:   parent.Namespaced,
				Group:        sub.ResponseKind.Group,
				Version:      sub.ResponseKind.Version,
				Kind:         sub.ResponseKind.Kind,
				Verbs:        sub.Verbs,
			})
		}
	}
	return list
}

// v2beta1ToV2 copies a v2beta1 document into the identical v2 types.
func v2beta1ToV2(in apidiscoveryv2beta1.APIGroupDiscoveryList) apidiscoveryv2.APIGroupDiscoveryList {
	out := apidiscoveryv2.APIGroupDiscoveryList{TypeMeta: in.TypeMeta, ListMeta: in.ListMeta}
	for _, g := range in.Items {
		group := apidiscoveryv2.APIGroupDiscovery{TypeMeta: g.TypeMeta, ObjectMeta: g.ObjectMeta}
		for _, v := range g.Versions {
			version := apidiscoveryv2.APIVersionDiscovery{
				Version:   v.Version,
				Freshness: apidiscoveryv2.DiscoveryFreshness(v.Freshness),
			}
			for _, r := range v.Resources {
				version.Resources = append(version.Resources, v2beta1ResourceToV2(r))
			}
			group.Versions = append(group.Versions, version)
		}
		out.Items = append(out.Items, group)
	}
	return out
}

// v2beta1ResourceToV2 copies one v2beta1 resource into the v2 type.
func v2beta1ResourceToV2(r apidiscoveryv2beta1.APIResourceDiscovery) apidiscoveryv2.APIResourceDiscovery {
	out := apidiscoveryv2.APIResourceDiscovery{
		Resource:         r.Resource,
		ResponseKind:     r.ResponseKind,
		Scope:            apidiscoveryv2.ResourceScope(r.Scope),
		SingularResource: r.SingularResource,
		Verbs:            r.Verbs,
		ShortNames:       r.ShortNames,
		Categories:       r.Categories,
	}
	for _, s := range r.Subresources {
		out.Subresources = append(out.Subresources, apidiscoveryv2.APISubresourceDiscovery(s))
	}
	return out
}
