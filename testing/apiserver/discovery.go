package apiserver

import (
	"mime"
	"net/http"
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// serveVersion answers /version with the embedded v1.34 version info.
func (s *Server) serveVersion(w http.ResponseWriter, r *http.Request) {
	raw, err := discoveryFS.ReadFile("discovery/version.json")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeRaw(w, r, http.StatusOK, raw)
}

// Wire forms of the legacy discovery documents.
type (
	apiVersionsDoc struct {
		Kind                       string            `json:"kind"`
		Versions                   []string          `json:"versions"`
		ServerAddressByClientCIDRs []serverAddressBy `json:"serverAddressByClientCIDRs"`
	}
	serverAddressBy struct {
		ClientCIDR    string `json:"clientCIDR"`
		ServerAddress string `json:"serverAddress"`
	}
	groupVersionDoc struct {
		GroupVersion string `json:"groupVersion"`
		Version      string `json:"version"`
	}
	apiGroupDoc struct {
		Kind             string            `json:"kind,omitempty"`
		APIVersion       string            `json:"apiVersion,omitempty"`
		Name             string            `json:"name"`
		Versions         []groupVersionDoc `json:"versions"`
		PreferredVersion groupVersionDoc   `json:"preferredVersion"`
	}
	apiGroupListDoc struct {
		Kind       string        `json:"kind"`
		APIVersion string        `json:"apiVersion"`
		Groups     []apiGroupDoc `json:"groups"`
	}
	resourceListDoc struct {
		Kind         string           `json:"kind"`
		APIVersion   string           `json:"apiVersion,omitempty"`
		GroupVersion string           `json:"groupVersion"`
		Resources    []legacyResource `json:"resources"`
	}
)

// aggregatedRequested returns the aggregated discovery version the Accept
// header asks for ("v2", "v2beta1"), or "".
func aggregatedRequested(r *http.Request) string {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if params["g"] == "apidiscovery.k8s.io" && params["as"] == "APIGroupDiscoveryList" &&
			(mt == mediaJSON || mt == "application/*" || mt == "*/*") {
			if params["v"] == "v2" || params["v"] == "v2beta1" {
				return params["v"]
			}
		}
		if mt == mediaJSON || mt == "*/*" || mt == "application/*" {
			return ""
		}
	}
	return ""
}

// serveRootDiscovery answers /api and /apis, legacy or aggregated.
func (s *Server) serveRootDiscovery(w http.ResponseWriter, r *http.Request, path string) {
	if v := aggregatedRequested(r); v != "" {
		w.Header().Set("Content-Type", "application/json;g=apidiscovery.k8s.io;v="+v+";as=APIGroupDiscoveryList")
		w.WriteHeader(http.StatusOK)
		raw := s.aggregated(path == "/api", v)
		_, _ = w.Write(raw)
		return
	}
	if path == "/api" {
		s.writeValue(w, r, http.StatusOK, apiVersionsDoc{Kind: "APIVersions", Versions: []string{"v1"},
			ServerAddressByClientCIDRs: []serverAddressBy{{ClientCIDR: "0.0.0.0/0", ServerAddress: r.Host}}})
		return
	}
	groups, _ := s.registry.snapshot()
	doc := apiGroupListDoc{Kind: "APIGroupList", APIVersion: "v1", Groups: []apiGroupDoc{}}
	for _, g := range groups {
		if g.name != "" {
			doc.Groups = append(doc.Groups, groupDoc(g))
		}
	}
	s.writeValue(w, r, http.StatusOK, doc)
}

// groupDoc is the APIGroup document of g.
func groupDoc(g groupEntry) apiGroupDoc {
	doc := apiGroupDoc{Name: g.name}
	for _, v := range g.versions {
		doc.Versions = append(doc.Versions, groupVersionDoc{GroupVersion: g.name + "/" + v, Version: v})
	}
	doc.PreferredVersion = groupVersionDoc{GroupVersion: g.name + "/" + g.preferred, Version: g.preferred}
	return doc
}

// serveGroupDiscovery answers /apis/<group>.
func (s *Server) serveGroupDiscovery(w http.ResponseWriter, r *http.Request, group string) {
	groups, _ := s.registry.snapshot()
	for _, g := range groups {
		if g.name == group {
			doc := groupDoc(g)
			doc.Kind, doc.APIVersion = "APIGroup", "v1"
			s.writeValue(w, r, http.StatusOK, doc)
			return
		}
	}
	s.writeError(w, r, errPathNotFound())
}

// serveVersionDiscovery answers /api/v1 and /apis/<group>/<version>.
func (s *Server) serveVersionDiscovery(w http.ResponseWriter, r *http.Request, gv schema.GroupVersion) {
	if !s.registry.hasGroupVersion(gv) {
		s.writeError(w, r, errPathNotFound())
		return
	}
	_, order := s.registry.snapshot()
	doc := resourceListDoc{Kind: "APIResourceList", APIVersion: "v1", GroupVersion: gv.String(), Resources: []legacyResource{}}
	if gv.Group == "" {
		doc.APIVersion = "" // the core group's document has no apiVersion
	}
	for _, res := range order[gv] {
		doc.Resources = append(doc.Resources, legacyResources(res)...)
	}
	s.writeValue(w, r, http.StatusOK, doc)
}

// legacyResources is the resource and its subresources as APIResources.
func legacyResources(res *Resource) []legacyResource {
	out := []legacyResource{{
		Name: res.GVR.Resource, SingularName: res.Singular, Namespaced: res.Namespaced, Kind: res.Kind,
		Verbs: nonNil(res.Verbs), ShortNames: res.ShortNames, Categories: res.Categories,
		StorageVersionHash: res.StorageVersionHash,
	}}
	for _, sub := range res.Subresources {
		out = append(out, legacyResource{
			Name: res.GVR.Resource + "/" + sub.Name, Namespaced: res.Namespaced,
			Group: sub.Group, Version: sub.Version, Kind: sub.Kind, Verbs: nonNil(sub.Verbs),
		})
	}
	return out
}

// nonNil turns a nil list into an empty one, as the wire form wants.
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
