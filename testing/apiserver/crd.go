package apiserver

import (
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// gvrCRDs names the CustomResourceDefinition resource.
var gvrCRDs = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}

// crdSpec is the part of a CustomResourceDefinition the server reads.
type crdSpec struct {
	Group string `json:"group"`
	Names struct {
		Plural     string   `json:"plural"`
		Singular   string   `json:"singular"`
		Kind       string   `json:"kind"`
		ListKind   string   `json:"listKind"`
		ShortNames []string `json:"shortNames"`
		Categories []string `json:"categories"`
	} `json:"names"`
	Scope    string `json:"scope"`
	Versions []struct {
		Name         string `json:"name"`
		Served       bool   `json:"served"`
		Storage      bool   `json:"storage"`
		Subresources *struct {
			Status *struct{} `json:"status"`
			Scale  *struct {
				SpecReplicasPath   string `json:"specReplicasPath"`
				StatusReplicasPath string `json:"statusReplicasPath"`
				LabelSelectorPath  string `json:"labelSelectorPath"`
			} `json:"scale"`
		} `json:"subresources"`
	} `json:"versions"`
}

// parseCRD reads the spec of a CRD object.
func parseCRD(m map[string]any) (*crdSpec, error) {
	raw, err := json.Marshal(m["spec"])
	if err != nil {
		return nil, fmt.Errorf("encode CRD spec: %w", err)
	}
	var spec crdSpec
	if err := json.Unmarshal(raw, &spec); err != nil {
		return nil, fmt.Errorf("decode CRD spec: %w", err)
	}
	if spec.Group == "" || spec.Names.Plural == "" || spec.Names.Kind == "" || len(spec.Versions) == 0 {
		return nil, fmt.Errorf("CRD spec needs group, names.plural, names.kind and versions")
	}
	return &spec, nil
}

// crdResources turns a CRD spec into the resources it serves.
func crdResources(spec *crdSpec) []*Resource {
	verbs := []string{"delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"}
	var out []*Resource
	for _, v := range spec.Versions {
		if !v.Served {
			continue
		}
		r := &Resource{
			GVR:  schema.GroupVersionResource{Group: spec.Group, Version: v.Name, Resource: spec.Names.Plural},
			Kind: spec.Names.Kind, Singular: spec.Names.Singular, Namespaced: spec.Scope != "Cluster",
			Verbs: verbs, ShortNames: spec.Names.ShortNames, Categories: spec.Names.Categories, custom: true,
		}
		if r.Singular == "" {
			r.Singular = lower(spec.Names.Kind)
		}
		if sr := v.Subresources; sr != nil {
			if sr.Status != nil {
				r.Subresources = append(r.Subresources, Subresource{Name: "status", Kind: r.Kind, Verbs: []string{"get", "patch", "update"}})
			}
			if sc := sr.Scale; sc != nil {
				r.scale = &scalePaths{spec: sc.SpecReplicasPath, status: sc.StatusReplicasPath, selector: sc.LabelSelectorPath}
				r.Subresources = append(r.Subresources, Subresource{Name: "scale", Group: "autoscaling", Version: "v1", Kind: "Scale", Verbs: []string{"get", "patch", "update"}})
			}
		}
		out = append(out, r)
	}
	return out
}

// lower lowercases ASCII letters.
func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// crdDefaults fills the status a real server gives an accepted CRD: names
// accepted, Established, stored versions.
func crdDefaults(m map[string]any) {
	spec, err := parseCRD(m)
	if err != nil {
		return
	}
	names, _ := lookupPath(m, "spec", "names")
	var stored []any
	for _, v := range spec.Versions {
		if v.Storage {
			stored = append(stored, v.Name)
		}
	}
	cond := func(typ, reason, msg string) map[string]any {
		return map[string]any{"type": typ, "status": "True", "reason": reason, "message": msg,
			"lastTransitionTime": metaString(m, "creationTimestamp")}
	}
	m["status"] = map[string]any{
		"acceptedNames":  deepCopy(names),
		"storedVersions": stored,
		"conditions": []any{
			cond("NamesAccepted", "NoConflicts", "no conflicts found"),
			cond("Established", "InitialNamesAccepted", "the initial names have been accepted"),
		},
	}
}

// afterWrite registers the resources of a created or updated CRD.
func (s *Server) afterWrite(res *Resource, obj *object) {
	if obj == nil || res.GVR != gvrCRDs {
		return
	}
	spec, err := parseCRD(obj.m)
	if err != nil {
		return
	}
	s.registry.remove(spec.Group, spec.Names.Plural)
	for i, r := range crdResources(spec) {
		s.registry.add(r, i == 0)
	}
	s.mu.Lock()
	s.crdResources[metaString(obj.m, "name")] = schema.GroupResource{Group: spec.Group, Resource: spec.Names.Plural}
	s.mu.Unlock()
}

// unregisterCRD removes the resources of a deleted CRD and its objects.
func (s *Server) unregisterCRD(name string) {
	s.mu.Lock()
	gr, ok := s.crdResources[name]
	delete(s.crdResources, name)
	s.mu.Unlock()
	if !ok {
		return
	}
	s.registry.remove(gr.Group, gr.Resource)
	_ = s.store.update(func(t *txn) error {
		for gvr, objs := range t.s.data {
			if gvr.GroupResource() != gr {
				continue
			}
			for key := range objs {
				if _, err := t.remove(gvr, key); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
