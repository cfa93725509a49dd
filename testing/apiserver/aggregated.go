package apiserver

import (
	"encoding/json"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Wire forms of aggregated discovery (apidiscovery.k8s.io v2 and v2beta1
// share them).
type (
	aggGroupList struct {
		Kind       string     `json:"kind"`
		APIVersion string     `json:"apiVersion"`
		Metadata   struct{}   `json:"metadata"`
		Items      []aggGroup `json:"items"`
	}
	aggGroup struct {
		Metadata aggMeta      `json:"metadata"`
		Versions []aggVersion `json:"versions"`
	}
	aggMeta struct {
		Name string `json:"name,omitempty"`
	}
	aggVersion struct {
		Version   string        `json:"version"`
		Resources []aggResource `json:"resources"`
		Freshness string        `json:"freshness"`
	}
	aggKind struct {
		Group   string `json:"group"`
		Version string `json:"version"`
		Kind    string `json:"kind"`
	}
	aggResource struct {
		Resource         string           `json:"resource"`
		ResponseKind     aggKind          `json:"responseKind"`
		Scope            string           `json:"scope"`
		SingularResource string           `json:"singularResource"`
		Verbs            []string         `json:"verbs"`
		ShortNames       []string         `json:"shortNames,omitempty"`
		Categories       []string         `json:"categories,omitempty"`
		Subresources     []aggSubresource `json:"subresources,omitempty"`
	}
	aggSubresource struct {
		Subresource  string   `json:"subresource"`
		ResponseKind aggKind  `json:"responseKind"`
		Verbs        []string `json:"verbs"`
	}
)

// aggregated builds the aggregated discovery document of the core group
// (core true) or the named groups, for apidiscovery version v.
func (s *Server) aggregated(core bool, v string) []byte {
	groups, order := s.registry.snapshot()
	doc := aggGroupList{Kind: "APIGroupDiscoveryList", APIVersion: "apidiscovery.k8s.io/" + v, Items: []aggGroup{}}
	for _, g := range groups {
		if (g.name == "") != core {
			continue
		}
		item := aggGroup{Metadata: aggMeta{Name: g.name}}
		for _, ver := range g.versions {
			av := aggVersion{Version: ver, Freshness: "Current", Resources: []aggResource{}}
			for _, res := range order[schema.GroupVersion{Group: g.name, Version: ver}] {
				av.Resources = append(av.Resources, aggregatedResource(res))
			}
			item.Versions = append(item.Versions, av)
		}
		doc.Items = append(doc.Items, item)
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		return []byte(`{}`)
	}
	return raw
}

// aggregatedResource is res in aggregated form.
func aggregatedResource(res *Resource) aggResource {
	scope := "Cluster"
	if res.Namespaced {
		scope = "Namespaced"
	}
	out := aggResource{
		Resource: res.GVR.Resource, ResponseKind: aggKind{Kind: res.Kind}, Scope: scope,
		SingularResource: res.Singular, Verbs: nonNil(res.Verbs), ShortNames: res.ShortNames, Categories: res.Categories,
	}
	for _, sub := range res.Subresources {
		out.Subresources = append(out.Subresources, aggSubresource{
			Subresource: sub.Name, ResponseKind: aggKind{Group: sub.Group, Version: sub.Version, Kind: sub.Kind}, Verbs: nonNil(sub.Verbs),
		})
	}
	return out
}
