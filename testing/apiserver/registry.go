package apiserver

import (
	"embed"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// discoveryFS holds the discovery documents of a kube-apiserver v1.34 with
// every API version enabled: the resource table of the built-in kinds.
//
//go:embed discovery/*.json
var discoveryFS embed.FS

// Subresource describes a subresource of a Resource, such as status or scale.
type Subresource struct {
	// Name is the subresource name ("status", "scale").
	Name string
	// Group, Version and Kind name the object the subresource speaks when
	// it differs from the parent's (autoscaling/v1 Scale for scale).
	Group, Version, Kind string
	// Verbs are the verbs the subresource supports.
	Verbs []string
}

// Resource describes one served resource: its names, scope, verbs and the Go
// type of its objects (nil for resources served as unstructured, like CRDs).
type Resource struct {
	// GVR is the group, version and plural resource name.
	GVR schema.GroupVersionResource
	// Kind is the kind of the objects.
	Kind string
	// Singular is the singular resource name.
	Singular string
	// Namespaced says whether objects live in a namespace.
	Namespaced bool
	// Verbs are the verbs the resource supports.
	Verbs []string
	// ShortNames and Categories are advertised in discovery.
	ShortNames, Categories []string
	// StorageVersionHash is advertised in the legacy discovery documents.
	StorageVersionHash string
	// Subresources lists the subresources (status, scale, ...).
	Subresources []Subresource
	// Type is the Go struct type of the objects, or nil.
	Type reflect.Type
	// scale says where a custom resource keeps its scale fields.
	scale *scalePaths
	// custom marks a resource a CRD registered.
	custom bool
}

// subresource returns the named subresource of r, if any.
func (r *Resource) subresource(name string) (*Subresource, bool) {
	for i := range r.Subresources {
		if r.Subresources[i].Name == name {
			return &r.Subresources[i], true
		}
	}
	return nil, false
}

// hasVerb says whether r supports verb.
func (r *Resource) hasVerb(verb string) bool {
	for _, v := range r.Verbs {
		if v == verb {
			return true
		}
	}
	return false
}

// groupResource is the group and plural name of r, as errors name it.
func (r *Resource) groupResource() schema.GroupResource {
	return r.GVR.GroupResource()
}

// apiVersion is the apiVersion string of r's objects.
func (r *Resource) apiVersion() string {
	return r.GVR.GroupVersion().String()
}

// groupEntry is one API group with its versions, preferred first.
type groupEntry struct {
	name      string
	versions  []string
	preferred string
}

// registry is the table of served resources. It is safe for concurrent use.
type registry struct {
	mu        sync.RWMutex
	groups    []groupEntry
	resources map[schema.GroupVersionResource]*Resource
	// order keeps the resources of each group version in discovery order.
	order map[schema.GroupVersion][]*Resource
}

// legacyList is the wire form of a legacy APIResourceList document.
type legacyList struct {
	GroupVersion string           `json:"groupVersion"`
	Resources    []legacyResource `json:"resources"`
}

// legacyResource is the wire form of one APIResource.
type legacyResource struct {
	Name               string   `json:"name"`
	SingularName       string   `json:"singularName"`
	Namespaced         bool     `json:"namespaced"`
	Group              string   `json:"group,omitempty"`
	Version            string   `json:"version,omitempty"`
	Kind               string   `json:"kind"`
	Verbs              []string `json:"verbs"`
	ShortNames         []string `json:"shortNames,omitempty"`
	Categories         []string `json:"categories,omitempty"`
	StorageVersionHash string   `json:"storageVersionHash,omitempty"`
}

// groupListDoc is the wire form of the /apis document.
type groupListDoc struct {
	Groups []struct {
		Name     string `json:"name"`
		Versions []struct {
			Version string `json:"version"`
		} `json:"versions"`
		PreferredVersion struct {
			Version string `json:"version"`
		} `json:"preferredVersion"`
	} `json:"groups"`
}

// newBuiltinRegistry loads the built-in resource table and attaches the Go
// types known to scheme.
func newBuiltinRegistry(scheme *runtime.Scheme) (*registry, error) {
	reg := &registry{
		resources: map[schema.GroupVersionResource]*Resource{},
		order:     map[schema.GroupVersion][]*Resource{},
	}
	reg.groups = append(reg.groups, groupEntry{name: "", versions: []string{"v1"}, preferred: "v1"})
	if err := reg.loadGroupVersion(scheme, "discovery/api__v1.json"); err != nil {
		return nil, err
	}
	raw, err := discoveryFS.ReadFile("discovery/apis.json")
	if err != nil {
		return nil, fmt.Errorf("apiserver: read embedded /apis: %w", err)
	}
	var doc groupListDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("apiserver: decode embedded /apis: %w", err)
	}
	for _, g := range doc.Groups {
		entry := groupEntry{name: g.Name, preferred: g.PreferredVersion.Version}
		for _, v := range g.Versions {
			entry.versions = append(entry.versions, v.Version)
			file := fmt.Sprintf("discovery/apis__%s__%s.json", g.Name, v.Version)
			if err := reg.loadGroupVersion(scheme, file); err != nil {
				return nil, err
			}
		}
		reg.groups = append(reg.groups, entry)
	}
	return reg, nil
}

// loadGroupVersion adds the resources of one embedded legacy document.
func (reg *registry) loadGroupVersion(scheme *runtime.Scheme, file string) error {
	raw, err := discoveryFS.ReadFile(file)
	if err != nil {
		return fmt.Errorf("apiserver: read embedded %s: %w", file, err)
	}
	var doc legacyList
	if err := json.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("apiserver: decode embedded %s: %w", file, err)
	}
	gv, err := schema.ParseGroupVersion(doc.GroupVersion)
	if err != nil {
		return fmt.Errorf("apiserver: %s: %w", file, err)
	}
	known := scheme.KnownTypes(gv)
	byName := map[string]*Resource{}
	for _, lr := range doc.Resources {
		if parent, sub, ok := strings.Cut(lr.Name, "/"); ok {
			if p := byName[parent]; p != nil {
				p.Subresources = append(p.Subresources, Subresource{
					Name: sub, Group: lr.Group, Version: lr.Version, Kind: lr.Kind, Verbs: lr.Verbs,
				})
			}
			continue
		}
		r := &Resource{
			GVR:  gv.WithResource(lr.Name),
			Kind: lr.Kind, Singular: lr.SingularName, Namespaced: lr.Namespaced,
			Verbs: lr.Verbs, ShortNames: lr.ShortNames, Categories: lr.Categories,
			StorageVersionHash: lr.StorageVersionHash,
			Type:               known[lr.Kind],
		}
		byName[lr.Name] = r
		reg.resources[r.GVR] = r
		reg.order[gv] = append(reg.order[gv], r)
	}
	return nil
}

// clone returns a deep copy of reg: its own group list, maps and
// Resources, so that a Server's CRDs and its callers' changes to a
// *Resource stay its own.
func (reg *registry) clone() *registry {
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	out := &registry{
		groups:    make([]groupEntry, len(reg.groups)),
		resources: make(map[schema.GroupVersionResource]*Resource, len(reg.resources)),
		order:     make(map[schema.GroupVersion][]*Resource, len(reg.order)),
	}
	for i, g := range reg.groups {
		g.versions = slices.Clone(g.versions)
		out.groups[i] = g
	}
	copies := make(map[*Resource]*Resource, len(reg.resources))
	for gvr, r := range reg.resources {
		c := r.clone()
		copies[r] = c
		out.resources[gvr] = c
	}
	for gv, rs := range reg.order {
		list := make([]*Resource, len(rs))
		for i, r := range rs {
			if list[i] = copies[r]; list[i] == nil {
				list[i] = r.clone()
			}
		}
		out.order[gv] = list
	}
	return out
}

// clone returns a copy of r with its own slices.
func (r *Resource) clone() *Resource {
	c := *r
	c.Verbs = slices.Clone(r.Verbs)
	c.ShortNames = slices.Clone(r.ShortNames)
	c.Categories = slices.Clone(r.Categories)
	c.Subresources = make([]Subresource, len(r.Subresources))
	for i, sr := range r.Subresources {
		sr.Verbs = slices.Clone(sr.Verbs)
		c.Subresources[i] = sr
	}
	if r.scale != nil {
		sc := *r.scale
		c.scale = &sc
	}
	return &c
}

// lookup returns the resource for gvr.
func (reg *registry) lookup(gvr schema.GroupVersionResource) (*Resource, bool) {
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	r, ok := reg.resources[gvr]
	return r, ok
}

// hasGroupVersion says whether any resource is served under gv.
func (reg *registry) hasGroupVersion(gv schema.GroupVersion) bool {
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	for _, g := range reg.groups {
		if g.name != gv.Group {
			continue
		}
		for _, v := range g.versions {
			if v == gv.Version {
				return true
			}
		}
	}
	return false
}

// snapshot returns copies of the group list and the per-version resources,
// for discovery.
func (reg *registry) snapshot() ([]groupEntry, map[schema.GroupVersion][]*Resource) {
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	groups := append([]groupEntry(nil), reg.groups...)
	order := make(map[schema.GroupVersion][]*Resource, len(reg.order))
	for gv, rs := range reg.order {
		order[gv] = append([]*Resource(nil), rs...)
	}
	return groups, order
}

// add registers r, adding its group and version when new. A resource of the
// same group, version and name is replaced.
func (reg *registry) add(r *Resource, preferred bool) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	gv := r.GVR.GroupVersion()
	if old, ok := reg.resources[r.GVR]; ok {
		list := reg.order[gv]
		for i := range list {
			if list[i] == old {
				list[i] = r
			}
		}
	} else {
		reg.order[gv] = append(reg.order[gv], r)
		sort.SliceStable(reg.order[gv], func(i, j int) bool { return reg.order[gv][i].GVR.Resource < reg.order[gv][j].GVR.Resource })
	}
	reg.resources[r.GVR] = r
	reg.addVersion(gv, preferred)
}

// addVersion records gv in the group list.
func (reg *registry) addVersion(gv schema.GroupVersion, preferred bool) {
	for i := range reg.groups {
		g := &reg.groups[i]
		if g.name != gv.Group {
			continue
		}
		for _, v := range g.versions {
			if v == gv.Version {
				if preferred {
					g.preferred = gv.Version
				}
				return
			}
		}
		g.versions = append(g.versions, gv.Version)
		if preferred {
			g.preferred = gv.Version
		}
		return
	}
	reg.groups = append(reg.groups, groupEntry{name: gv.Group, versions: []string{gv.Version}, preferred: gv.Version})
}

// remove unregisters the resources of group with plural name resource.
func (reg *registry) remove(group, resource string) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	for gvr := range reg.resources {
		if gvr.Group != group || gvr.Resource != resource {
			continue
		}
		delete(reg.resources, gvr)
		gv := gvr.GroupVersion()
		list := reg.order[gv][:0]
		for _, r := range reg.order[gv] {
			if r.GVR != gvr {
				list = append(list, r)
			}
		}
		reg.order[gv] = list
		if len(list) == 0 {
			delete(reg.order, gv)
			reg.dropVersion(gv)
		}
	}
}

// dropVersion removes gv from the group list, and the group when empty.
func (reg *registry) dropVersion(gv schema.GroupVersion) {
	groups := reg.groups[:0]
	for _, g := range reg.groups {
		if g.name == gv.Group {
			vs := g.versions[:0]
			for _, v := range g.versions {
				if v != gv.Version {
					vs = append(vs, v)
				}
			}
			g.versions = vs
			if len(vs) == 0 {
				continue
			}
			if g.preferred == gv.Version {
				g.preferred = vs[0]
			}
		}
		groups = append(groups, g)
	}
	reg.groups = groups
}

// findByKind returns the resource serving group/version kind, for a body
// whose kind names the object (used when CRDs or tests register by kind).
func (reg *registry) findByKind(gvk schema.GroupVersionKind) (*Resource, bool) {
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	for _, r := range reg.order[gvk.GroupVersion()] {
		if r.Kind == gvk.Kind {
			return r, true
		}
	}
	return nil, false
}
