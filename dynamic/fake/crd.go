package fake

import (
	"sort"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// crdInfo is what one CustomResourceDefinition to register serves.
type crdInfo struct {
	kind       string
	versions   map[string]bool
	namespaced bool
}

// crdSet gathers the custom resources to register, per group and resource.
type crdSet map[schema.GroupResource]*crdInfo

// newCRDSet returns an empty set.
func newCRDSet() crdSet { return crdSet{} }

// add records that gvr, of kind, is served; namespaced wins over cluster.
func (s crdSet) add(gvr schema.GroupVersionResource, kind string, namespaced bool) {
	info, ok := s[gvr.GroupResource()]
	if !ok {
		info = &crdInfo{kind: kind, versions: map[string]bool{}}
		s[gvr.GroupResource()] = info
	}
	info.versions[gvr.Version] = true
	info.namespaced = info.namespaced || namespaced
}

// objects returns the CRD objects, in a stable order.
func (s crdSet) objects() []map[string]any {
	grs := make([]schema.GroupResource, 0, len(s))
	for gr := range s {
		grs = append(grs, gr)
	}
	sort.Slice(grs, func(i, j int) bool { return grs[i].String() < grs[j].String() })
	out := make([]map[string]any, 0, len(grs))
	for _, gr := range grs {
		out = append(out, crdObject(gr, s[gr]))
	}
	return out
}

// crdObject returns an apiextensions.k8s.io/v1 CustomResourceDefinition
// serving gr without a schema.
func crdObject(gr schema.GroupResource, info *crdInfo) map[string]any {
	names := make([]string, 0, len(info.versions))
	for v := range info.versions {
		names = append(names, v)
	}
	sort.Strings(names)
	versions := make([]any, 0, len(names))
	for i, v := range names {
		versions = append(versions, map[string]any{
			"name": v, "served": true, "storage": i == 0,
			"schema": map[string]any{"openAPIV3Schema": map[string]any{
				"type": "object", "x-kubernetes-preserve-unknown-fields": true,
			}},
			"subresources": map[string]any{"status": map[string]any{}},
		})
	}
	scope := "Cluster"
	if info.namespaced {
		scope = "Namespaced"
	}
	return map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
		"metadata": map[string]any{"name": gr.Resource + "." + gr.Group},
		"spec": map[string]any{
			"group": gr.Group, "scope": scope, "versions": versions,
			"names": map[string]any{
				"plural": gr.Resource, "singular": strings.ToLower(info.kind),
				"kind": info.kind, "listKind": info.kind + "List",
			},
		},
	}
}

// trimList returns the item kind of a list kind.
func trimList(listKind string) string {
	return strings.TrimSuffix(listKind, "List")
}
