package discovery

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	apidiscoveryv2beta1 "github.com/skiff-k8s/skiff/api/apidiscovery/v2beta1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

func TestContentTypeIsGVK(t *testing.T) {
	tests := []struct {
		contentType string
		gvk         schema.GroupVersionKind
		want        bool
		wantErr     bool
	}{
		{"application/json; g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", v2GVK, true, false},
		{"application/json;as=APIGroupDiscoveryList;v=v2;g=apidiscovery.k8s.io", v2GVK, true, false},
		{"application/json;as=APIGroupDiscoveryList;v=v2;g=apidiscovery.k8s.io;charset=utf-8", v2GVK, true, false},
		{"application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", v2GVK, false, false},
		{"application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", v2beta1GVK, true, false},
		{"application/json", v2GVK, false, false},
		{"application/json; charset=UTF-8", v2GVK, false, false},
		{"text/json", v2GVK, false, false},
		{"text/html", v2GVK, false, false},
		{"", v2GVK, false, true},
		{"application/json;;", v2GVK, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			got, err := ContentTypeIsGVK(tt.contentType, tt.gvk)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// aggregatedFixture is a v2 document with a stale version, a subresource,
// and a resource and subresource lacking a response kind.
const aggregatedFixture = `{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","items":[
 {"metadata":{"name":"apps"},"versions":[
  {"version":"v2","freshness":"Stale"},
  {"version":"v1","resources":[
   {"resource":"deployments","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"scope":"Namespaced","singularResource":"deployment","verbs":["get","list"],"shortNames":["deploy"],"categories":["all"],
    "subresources":[{"subresource":"status","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"verbs":["get","patch"]},
                    {"subresource":"nokind","verbs":["get"]}]},
   {"resource":"kindless","scope":"Cluster","singularResource":"kindless","verbs":["get"],
    "subresources":[{"subresource":"scale","responseKind":{"group":"autoscaling","version":"v1","kind":"Scale"},"verbs":["get"]}]}
  ]}]},
 {"metadata":{"name":"gone"},"versions":[{"version":"v1","freshness":"Stale"}]}
]}`

func TestSplitGroupsAndResources(t *testing.T) {
	var v2 apidiscoveryv2.APIGroupDiscoveryList
	require.NoError(t, json.Unmarshal([]byte(aggregatedFixture), &v2))
	var v2beta1 apidiscoveryv2beta1.APIGroupDiscoveryList
	require.NoError(t, json.Unmarshal([]byte(aggregatedFixture), &v2beta1))

	wantGroups := &metav1.APIGroupList{Groups: []metav1.APIGroup{{
		Name:             "apps",
		Versions:         []metav1.GroupVersionForDiscovery{{GroupVersion: "apps/v1", Version: "v1"}},
		PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "apps/v1", Version: "v1"},
	}}}
	appsV1 := schema.GroupVersion{Group: "apps", Version: "v1"}
	wantResources := map[schema.GroupVersion]*metav1.APIResourceList{appsV1: {
		GroupVersion: "apps/v1",
		APIResources: []metav1.APIResource{
			{Name: "deployments", SingularName: "deployment", Namespaced: true, Group: "apps", Version: "v1", Kind: "Deployment", Verbs: []string{"get", "list"}, ShortNames: []string{"deploy"}, Categories: []string{"all"}},
			{Name: "deployments/status", SingularName: "deployment", Namespaced: true, Group: "apps", Version: "v1", Kind: "Deployment", Verbs: []string{"get", "patch"}},
			{Name: "kindless/scale", SingularName: "kindless", Group: "autoscaling", Version: "v1", Kind: "Scale", Verbs: []string{"get"}},
		},
	}}
	wantFailed := map[schema.GroupVersion]error{
		{Group: "apps", Version: "v2"}: StaleGroupVersionError{gv: schema.GroupVersion{Group: "apps", Version: "v2"}},
		{Group: "gone", Version: "v1"}: StaleGroupVersionError{gv: schema.GroupVersion{Group: "gone", Version: "v1"}},
	}
	t.Run("v2", func(t *testing.T) {
		groups, resources, failed := SplitGroupsAndResources(v2)
		assert.Equal(t, wantGroups, groups)
		assert.Equal(t, wantResources, resources)
		assert.Equal(t, wantFailed, failed)
	})
	t.Run("v2beta1", func(t *testing.T) {
		groups, resources, failed := SplitGroupsAndResourcesV2Beta1(v2beta1)
		assert.Equal(t, wantGroups, groups)
		assert.Equal(t, wantResources, resources)
		assert.Equal(t, wantFailed, failed)
	})
	assert.Equal(t, "stale GroupVersion discovery: apps/v2", wantFailed[schema.GroupVersion{Group: "apps", Version: "v2"}].Error())
}

func TestDecodeAggregatedErrors(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		body        string
		wantOK      bool
		wantErr     bool
	}{
		{"plain json", "application/json", `{}`, false, false},
		{"bad v2", AcceptV2, `{"items":7}`, true, true},
		{"bad v2beta1", AcceptV2Beta1, `[`, true, true},
		{"good v2", AcceptV2, aggregatedFixture, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ok, err := decodeAggregated([]byte(tt.body), tt.contentType)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.wantErr, err != nil, "err = %v", err)
		})
	}
}

// FuzzDecodeAggregated checks that no aggregated document, however
// malformed, makes the conversion panic, and that every resource it
// produces has a kind and every group a version.
func FuzzDecodeAggregated(f *testing.F) {
	f.Add([]byte(aggregatedFixture), true)
	f.Add([]byte(`{"items":[{"metadata":{},"versions":[{"version":""}]}]}`), false)
	f.Add([]byte(`{"items":[{"versions":[{"version":"v1","resources":[{"resource":"x","subresources":[{}]}]}]}]}`), true)
	f.Fuzz(func(t *testing.T, data []byte, v2 bool) {
		contentType := AcceptV2Beta1
		if v2 {
			contentType = AcceptV2
		}
		got, ok, err := decodeAggregated(data, contentType)
		if !ok {
			t.Fatalf("an aggregated content type was not recognised")
		}
		if err != nil {
			return
		}
		for _, g := range got.groups.Groups {
			if len(g.Versions) == 0 || g.PreferredVersion != g.Versions[0] {
				t.Fatalf("group %q: versions %v, preferred %v", g.Name, g.Versions, g.PreferredVersion)
			}
		}
		for gv, list := range got.resources {
			for _, r := range list.APIResources {
				if r.Kind == "" {
					t.Fatalf("%v: resource %q without kind", gv, r.Name)
				}
			}
		}
	})
}
