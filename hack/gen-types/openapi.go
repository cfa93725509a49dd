package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// oaDoc is the part of an OpenAPI v3 document the generator reads.
type oaDoc struct {
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]oaSchema `json:"schemas"`
	} `json:"components"`
}

type oaSchema struct {
	Required   []string          `json:"required"`
	Properties map[string]oaProp `json:"properties"`
	MapType    string            `json:"x-kubernetes-map-type"`
}

type oaProp struct {
	PatchStrategy string   `json:"x-kubernetes-patch-strategy"`
	PatchMergeKey string   `json:"x-kubernetes-patch-merge-key"`
	ListType      string   `json:"x-kubernetes-list-type"`
	ListMapKeys   []string `json:"x-kubernetes-list-map-keys"`
	MapType       string   `json:"x-kubernetes-map-type"`
}

type oaGVK struct {
	Group   string `json:"group"`
	Version string `json:"version"`
	Kind    string `json:"kind"`
}

type oaOp struct {
	Action string `json:"x-kubernetes-action"`
	GVK    *oaGVK `json:"x-kubernetes-group-version-kind"`
}

// openAPI is the digest of every group/version document.
type openAPI struct {
	schemas map[string]oaSchema
	// served holds "group/version" of every document read.
	served map[string]bool
	// kinds maps "group/version/Kind" to the kind's REST description.
	kinds map[string]*Resource
}

// opVerbs maps x-kubernetes-action values to client verbs.
var opVerbs = map[string]string{
	"get": "get", "list": "list", "post": "create", "put": "update",
	"patch": "patch", "delete": "delete", "deletecollection": "deletecollection",
	"watch": "watch", "watchlist": "watch", "connect": "connect",
}

// standardVerbs is the order markers list verbs in.
var standardVerbs = []string{"create", "update", "patch", "delete", "deletecollection", "get", "list", "watch"}

// pathInfo is a REST path split into its parts.
type pathInfo struct {
	gv, resource, sub string
	namespaced        bool
}

// parsePath splits /api/v1/... and /apis/<group>/<version>/... paths; ok is
// false for discovery paths.
func parsePath(p string) (pathInfo, bool) {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	var info pathInfo
	if contains(segs, "") {
		return info, false
	}
	switch {
	case len(segs) >= 3 && segs[0] == "api":
		info.gv, segs = "/"+segs[1], segs[2:]
	case len(segs) >= 4 && segs[0] == "apis":
		info.gv, segs = segs[1]+"/"+segs[2], segs[3:]
	default:
		return info, false
	}
	if segs[0] == "watch" {
		segs = segs[1:]
	}
	if len(segs) >= 3 && segs[0] == "namespaces" && segs[1] == "{namespace}" {
		info.namespaced, segs = true, segs[2:]
	}
	if len(segs) == 0 {
		return info, false
	}
	info.resource = segs[0]
	if len(segs) >= 3 {
		info.sub = segs[2]
	}
	return info, true
}

// readOpenAPI reads every v3 group/version document in dir.
func readOpenAPI(dir string, gvPaths map[string]string) (*openAPI, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*__*.json"))
	if err != nil {
		return nil, fmt.Errorf("listing openapi documents: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no openapi v3 group/version documents in %s", dir)
	}
	sort.Strings(files)
	oa := &openAPI{schemas: map[string]oaSchema{}, served: map[string]bool{}, kinds: map[string]*Resource{}}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading openapi document: %w", err)
		}
		var doc oaDoc
		if err := json.Unmarshal(raw, &doc); err != nil {
			return nil, fmt.Errorf("decoding openapi document %s: %w", f, err)
		}
		for name, s := range doc.Components.Schemas {
			if _, ok := oa.schemas[name]; !ok {
				oa.schemas[name] = s
			}
		}
		if err := oa.addPaths(&doc, gvPaths); err != nil {
			return nil, fmt.Errorf("openapi document %s: %w", f, err)
		}
	}
	return oa, nil
}

// resAcc accumulates one resource's operations.
type resAcc struct {
	kind       oaGVK
	namespaced bool
	verbs      map[string]bool
	subs       map[string]*subAcc
}

type subAcc struct {
	kind  oaGVK
	verbs map[string]bool
}

// addPaths records the resources and subresources of one document.
func (oa *openAPI) addPaths(doc *oaDoc, gvPaths map[string]string) error {
	res := map[string]*resAcc{}
	var subOps []struct {
		info pathInfo
		op   oaOp
	}
	for _, p := range sortedKeys(doc.Paths) {
		info, ok := parsePath(p)
		if !ok {
			continue
		}
		oa.served[info.gv] = true
		for _, method := range sortedKeys(doc.Paths[p]) {
			if method == "parameters" {
				continue
			}
			var op oaOp
			if err := json.Unmarshal(doc.Paths[p][method], &op); err != nil {
				return fmt.Errorf("path %s %s: %w", p, method, err)
			}
			if op.GVK == nil || opVerbs[op.Action] == "" {
				continue
			}
			if info.sub != "" {
				subOps = append(subOps, struct {
					info pathInfo
					op   oaOp
				}{info, op})
				continue
			}
			key := info.gv + "/" + info.resource
			r := res[key]
			if r == nil {
				r = &resAcc{kind: *op.GVK, verbs: map[string]bool{}, subs: map[string]*subAcc{}}
				res[key] = r
			}
			r.namespaced = r.namespaced || info.namespaced
			r.verbs[opVerbs[op.Action]] = true
		}
	}
	for _, so := range subOps {
		addSubresource(res, so.info, so.op)
	}
	for _, key := range sortedKeys(res) {
		r := res[key]
		kindKey := r.kind.Group + "/" + r.kind.Version + "/" + r.kind.Kind
		if _, dup := oa.kinds[kindKey]; dup {
			continue
		}
		oa.kinds[kindKey] = r.resource(key[strings.LastIndex(key, "/")+1:], gvPaths)
	}
	return nil
}

// addSubresource records one subresource operation on its parent resource.
func addSubresource(res map[string]*resAcc, info pathInfo, op oaOp) {
	r := res[info.gv+"/"+info.resource]
	if r == nil {
		return
	}
	s := r.subs[info.sub]
	if s == nil {
		s = &subAcc{kind: *op.GVK, verbs: map[string]bool{}}
		r.subs[info.sub] = s
	}
	s.verbs[opVerbs[op.Action]] = true
}

// resource turns the accumulated operations into a Resource.
func (r *resAcc) resource(plural string, gvPaths map[string]string) *Resource {
	out := &Resource{Plural: plural, Namespaced: r.namespaced, Verbs: orderVerbs(r.verbs)}
	for _, name := range sortedKeys(r.subs) {
		s := r.subs[name]
		sub := Subresource{Name: name, Verbs: orderVerbs(s.verbs)}
		if s.kind != r.kind {
			sub.Kind = gvPaths[s.kind.Group+"/"+s.kind.Version] + "." + s.kind.Kind
		}
		out.Subresources = append(out.Subresources, sub)
	}
	return out
}

// orderVerbs lists verbs in standard order, then any others sorted.
func orderVerbs(set map[string]bool) []string {
	var out []string
	for _, v := range standardVerbs {
		if set[v] {
			out = append(out, v)
		}
	}
	for _, v := range sortedKeys(set) {
		if !contains(standardVerbs, v) {
			out = append(out, v)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
