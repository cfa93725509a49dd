package restmapper

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
)

// CategoryExpander expands a category ("all") into the resources in it.
type CategoryExpander interface {
	// Expand returns the resources of category and whether it is known.
	Expand(category string) ([]schema.GroupResource, bool)
}

// SimpleCategoryExpander expands categories from a fixed table.
type SimpleCategoryExpander struct {
	// Expansions maps a category to its resources.
	Expansions map[string][]schema.GroupResource
}

// Expand returns the table's entry for category.
func (e SimpleCategoryExpander) Expand(category string) ([]schema.GroupResource, bool) {
	ret, ok := e.Expansions[category]
	return ret, ok
}

// discoveryCategoryExpander expands categories from the categories
// discovery lists for each resource.
type discoveryCategoryExpander struct {
	discoveryClient discovery.DiscoveryInterface
}

// NewDiscoveryCategoryExpander returns a CategoryExpander reading the
// categories of resources from client.
func NewDiscoveryCategoryExpander(client discovery.DiscoveryInterface) CategoryExpander {
	return discoveryCategoryExpander{discoveryClient: client}
}

// Expand returns the resources whose discovery lists category, each group
// resource once, in discovery order. Partial discovery results are used.
func (e discoveryCategoryExpander) Expand(category string) ([]schema.GroupResource, bool) {
	_, lists, _ := e.discoveryClient.ServerGroupsAndResources()
	if len(lists) == 0 {
		return nil, false
	}
	var ret []schema.GroupResource
	seen := map[schema.GroupResource]bool{}
	found := false
	for _, list := range lists {
		gv, err := schema.ParseGroupVersion(list.GroupVersion)
		if err != nil {
			continue
		}
		for _, r := range list.APIResources {
			for _, c := range r.Categories {
				if c != category {
					continue
				}
				found = true
				gr := schema.GroupResource{Group: gv.Group, Resource: r.Name}
				if !seen[gr] {
					seen[gr] = true
					ret = append(ret, gr)
				}
			}
		}
	}
	return ret, found
}

// UnionCategoryExpander expands a category with each of its expanders and
// merges the answers, dropping duplicates.
type UnionCategoryExpander []CategoryExpander

// Expand returns the merged resources of category; ok when any expander
// knows it.
func (u UnionCategoryExpander) Expand(category string) ([]schema.GroupResource, bool) {
	ret := []schema.GroupResource{}
	ok := false
	seen := map[schema.GroupResource]bool{}
	for _, expander := range u {
		resources, known := expander.Expand(category)
		ok = ok || known
		for _, gr := range resources {
			if !seen[gr] {
				seen[gr] = true
				ret = append(ret, gr)
			}
		}
	}
	return ret, ok
}
