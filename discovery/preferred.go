package discovery

import (
	"context"
	"strings"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// ServerPreferredResources returns one APIResourceList per discovered group
// version (possibly empty) holding each resource of the server once: in its
// group's preferred version when that version has it, else in the first
// version listing it. Subresources are left out. When some group versions
// failed, the others are returned with an *ErrGroupDiscoveryFailed.
func ServerPreferredResources(d DiscoveryInterface) ([]*metav1.APIResourceList, error) {
	return serverPreferredResources(context.Background(), d)
}

// serverPreferredResources is ServerPreferredResources under ctx.
func serverPreferredResources(ctx context.Context, d DiscoveryInterface) ([]*metav1.APIResourceList, error) {
	groups, resources, failed, err := groupsAndResources(ctx, d)
	if err != nil {
		return nil, err
	}
	result := []*metav1.APIResourceList{}
	for i := range groups.Groups {
		result = append(result, preferredOfGroup(&groups.Groups[i], resources)...)
	}
	if len(failed) > 0 {
		return result, &ErrGroupDiscoveryFailed{Groups: failed}
	}
	return result, nil
}

// chosen is the version a resource of a group is served from.
type chosen struct {
	list     *metav1.APIResourceList
	resource *metav1.APIResource
}

// preferredOfGroup returns the lists of one group's discovered versions,
// each holding the resources chosen from that version.
func preferredOfGroup(group *metav1.APIGroup, resources map[schema.GroupVersion]*metav1.APIResourceList) []*metav1.APIResourceList {
	var lists []*metav1.APIResourceList
	var order []string
	choice := map[string]chosen{}
	for _, v := range group.Versions {
		discovered, ok := resources[schema.GroupVersion{Group: group.Name, Version: v.Version}]
		if !ok || discovered == nil {
			continue
		}
		list := &metav1.APIResourceList{GroupVersion: v.GroupVersion}
		lists = append(lists, list)
		preferred := v.Version == group.PreferredVersion.Version
		for j := range discovered.APIResources {
			r := &discovered.APIResources[j]
			if strings.Contains(r.Name, "/") {
				continue
			}
			if _, seen := choice[r.Name]; !seen {
				order = append(order, r.Name)
			} else if !preferred {
				continue
			}
			choice[r.Name] = chosen{list: list, resource: r}
		}
	}
	for _, name := range order {
		c := choice[name]
		c.list.APIResources = append(c.list.APIResources, *c.resource)
	}
	return lists
}

// ServerPreferredNamespacedResources is ServerPreferredResources keeping
// only namespaced resources.
func ServerPreferredNamespacedResources(d DiscoveryInterface) ([]*metav1.APIResourceList, error) {
	all, err := ServerPreferredResources(d)
	return filterNamespaced(all), err
}

// filterNamespaced keeps the namespaced resources of lists.
func filterNamespaced(lists []*metav1.APIResourceList) []*metav1.APIResourceList {
	return FilteredBy(ResourcePredicateFunc(func(groupVersion string, r *metav1.APIResource) bool {
		return r.Namespaced
	}), lists)
}
