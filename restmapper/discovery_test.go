package restmapper

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/cached/memory"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

const testdata = "../discovery/testdata"

// goldenMapper returns a deferred mapper over a memory cache of a golden
// server in mode.
func goldenMapper(t *testing.T, mode discoverytest.Mode) (*DeferredDiscoveryRESTMapper, discovery.CachedDiscoveryInterface, *discoverytest.Server) {
	t.Helper()
	srv := discoverytest.New(t, testdata, mode)
	client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	cache := memory.NewMemCacheClient(client)
	return NewDeferredDiscoveryRESTMapper(cache), cache, srv
}

func gvr(group, version, resource string) schema.GroupVersionResource {
	return schema.GroupVersionResource{Group: group, Version: version, Resource: resource}
}

func gvk(group, version, kind string) schema.GroupVersionKind {
	return schema.GroupVersionKind{Group: group, Version: version, Kind: kind}
}

func TestResourceForAndKindForGolden(t *testing.T) {
	tests := []struct {
		name    string
		in      schema.GroupVersionResource
		want    schema.GroupVersionResource
		wantGVK schema.GroupVersionKind
	}{
		{"plural", gvr("", "", "deployments"), gvr("apps", "v1", "deployments"), gvk("apps", "v1", "Deployment")},
		{"singular", gvr("", "", "deployment"), gvr("apps", "v1", "deployments"), gvk("apps", "v1", "Deployment")},
		{"kind", gvr("", "", "Deployment"), gvr("apps", "v1", "deployments"), gvk("apps", "v1", "Deployment")},
		{"upper case", gvr("", "", "DEPLOYMENTS"), gvr("apps", "v1", "deployments"), gvk("apps", "v1", "Deployment")},
		{"with group", gvr("apps", "", "deployments"), gvr("apps", "v1", "deployments"), gvk("apps", "v1", "Deployment")},
		{"core wins", gvr("", "", "events"), gvr("", "v1", "events"), gvk("", "v1", "Event")},
		{"group picks the other", gvr("events.k8s.io", "", "events"), gvr("events.k8s.io", "v1", "events"), gvk("events.k8s.io", "v1", "Event")},
		{"preferred version", gvr("", "", "resourceclaims"), gvr("resource.k8s.io", "v1", "resourceclaims"), gvk("resource.k8s.io", "v1", "ResourceClaim")},
		{"preferred over first listed", gvr("", "", "horizontalpodautoscalers"), gvr("autoscaling", "v2", "horizontalpodautoscalers"), gvk("autoscaling", "v2", "HorizontalPodAutoscaler")},
		{"version only", gvr("", "v1", "horizontalpodautoscalers"), gvr("autoscaling", "v1", "horizontalpodautoscalers"), gvk("autoscaling", "v1", "HorizontalPodAutoscaler")},
		{"non-preferred version", gvr("resource.k8s.io", "v1beta1", "resourceclaims"), gvr("resource.k8s.io", "v1beta1", "resourceclaims"), gvk("resource.k8s.io", "v1beta1", "ResourceClaim")},
		{"only in an alpha version", gvr("", "", "devicetaintrules"), gvr("resource.k8s.io", "v1alpha3", "devicetaintrules"), gvk("resource.k8s.io", "v1alpha3", "DeviceTaintRule")},
		{"irregular singular", gvr("", "", "endpoints"), gvr("", "v1", "endpoints"), gvk("", "v1", "Endpoints")},
	}
	for _, m := range []discoverytest.Mode{discoverytest.Legacy, discoverytest.Aggregated} {
		mapper, _, _ := goldenMapper(t, m)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := mapper.ResourceFor(tt.in)
				require.NoError(t, err)
				assert.Equal(t, tt.want, got)
				gotKind, err := mapper.KindFor(tt.in)
				require.NoError(t, err)
				assert.Equal(t, tt.wantGVK, gotKind)
			})
		}
	}
}

func TestResourcesForAndKindsForGolden(t *testing.T) {
	mapper, _, _ := goldenMapper(t, discoverytest.Aggregated)
	got, err := mapper.ResourcesFor(gvr("", "", "resourceclaims"))
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionResource{
		gvr("resource.k8s.io", "v1", "resourceclaims"),
		gvr("resource.k8s.io", "v1beta2", "resourceclaims"),
		gvr("resource.k8s.io", "v1beta1", "resourceclaims"),
	}, got, "preferred first, then discovery order")
	kinds, err := mapper.KindsFor(gvr("", "", "events"))
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionKind{gvk("", "v1", "Event"), gvk("events.k8s.io", "v1", "Event")}, kinds)
}

func TestNoMatchGolden(t *testing.T) {
	mapper, _, _ := goldenMapper(t, discoverytest.Aggregated)
	for _, in := range []schema.GroupVersionResource{gvr("", "", "widgets"), gvr("", "", "deployments/status"), gvr("apps", "v9", "deployments")} {
		t.Run(in.String(), func(t *testing.T) {
			_, err := mapper.ResourceFor(in)
			assert.True(t, meta.IsNoMatchError(err), "got %v", err)
			_, err = mapper.KindFor(in)
			assert.True(t, meta.IsNoMatchError(err), "got %v", err)
		})
	}
	_, err := mapper.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Widget"})
	assert.True(t, meta.IsNoMatchError(err), "got %v", err)
}

func TestRESTMappingGolden(t *testing.T) {
	mapper, _, _ := goldenMapper(t, discoverytest.Aggregated)
	tests := []struct {
		gk        schema.GroupKind
		versions  []string
		want      schema.GroupVersionResource
		wantScope meta.RESTScopeName
	}{
		{schema.GroupKind{Group: "apps", Kind: "Deployment"}, nil, gvr("apps", "v1", "deployments"), meta.RESTScopeNameNamespace},
		{schema.GroupKind{Kind: "Namespace"}, nil, gvr("", "v1", "namespaces"), meta.RESTScopeNameRoot},
		{schema.GroupKind{Group: "autoscaling", Kind: "HorizontalPodAutoscaler"}, nil, gvr("autoscaling", "v2", "horizontalpodautoscalers"), meta.RESTScopeNameNamespace},
		{schema.GroupKind{Group: "autoscaling", Kind: "HorizontalPodAutoscaler"}, []string{"v1"}, gvr("autoscaling", "v1", "horizontalpodautoscalers"), meta.RESTScopeNameNamespace},
		{schema.GroupKind{Group: "resource.k8s.io", Kind: "ResourceClaim"}, []string{"v9", "v1beta2"}, gvr("resource.k8s.io", "v1beta2", "resourceclaims"), meta.RESTScopeNameNamespace},
		{schema.GroupKind{Group: "storage.k8s.io", Kind: "StorageClass"}, nil, gvr("storage.k8s.io", "v1", "storageclasses"), meta.RESTScopeNameRoot},
	}
	for _, tt := range tests {
		t.Run(tt.gk.String(), func(t *testing.T) {
			got, err := mapper.RESTMapping(tt.gk, tt.versions...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.Resource)
			assert.Equal(t, tt.want.GroupVersion().WithKind(tt.gk.Kind), got.GroupVersionKind)
			assert.Equal(t, tt.wantScope, got.Scope.Name())
		})
	}
	all, err := mapper.RESTMappings(schema.GroupKind{Group: "resource.k8s.io", Kind: "ResourceClaim"})
	require.NoError(t, err)
	assert.Equal(t, 3, len(all))
	singular, err := mapper.ResourceSingularizer("deployments")
	require.NoError(t, err)
	assert.Equal(t, "deployment", singular)
	assert.Contains(t, mapper.String(), "DeferredDiscoveryRESTMapper{")
}

// testGroups is a small discovery snapshot: core v1 (pods, services, a
// resource without singular name), extensions/v1beta1 (jobs) and
// autoscaling v1 and v2 preferring v1.
func testGroups() []*APIGroupResources {
	return []*APIGroupResources{
		{
			Group: metav1.APIGroup{
				Versions:         []metav1.GroupVersionForDiscovery{{GroupVersion: "v1", Version: "v1"}},
				PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "v1", Version: "v1"},
			},
			VersionedResources: map[string][]metav1.APIResource{"v1": {
				{Name: "pods", SingularName: "pod", Namespaced: true, Kind: "Pod"},
				{Name: "pods/status", Namespaced: true, Kind: "Pod"},
				{Name: "services", SingularName: "service", Namespaced: true, Kind: "Service"},
				{Name: "nodes", Kind: "Node"},
			}},
		},
		{
			Group: metav1.APIGroup{
				Name:             "extensions",
				Versions:         []metav1.GroupVersionForDiscovery{{GroupVersion: "extensions/v1beta1", Version: "v1beta1"}},
				PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "extensions/v1beta1", Version: "v1beta1"},
			},
			VersionedResources: map[string][]metav1.APIResource{"v1beta1": {{Name: "jobs", SingularName: "job", Namespaced: true, Kind: "Job"}}},
		},
		{
			Group: metav1.APIGroup{
				Name: "autoscaling",
				Versions: []metav1.GroupVersionForDiscovery{
					{GroupVersion: "autoscaling/v2", Version: "v2"},
					{GroupVersion: "autoscaling/v1", Version: "v1"},
				},
				PreferredVersion: metav1.GroupVersionForDiscovery{GroupVersion: "autoscaling/v1", Version: "v1"},
			},
			VersionedResources: map[string][]metav1.APIResource{
				"v1": {{Name: "horizontalpodautoscalers", SingularName: "horizontalpodautoscaler", Namespaced: true, Kind: "HorizontalPodAutoscaler"}},
				"v2": {
					{Name: "horizontalpodautoscalers", SingularName: "horizontalpodautoscaler", Namespaced: true, Kind: "HorizontalPodAutoscaler"},
					{Name: "jobs", SingularName: "job", Namespaced: true, Kind: "Job"},
				},
			},
		},
		nil,
	}
}

func TestNewDiscoveryRESTMapper(t *testing.T) {
	mapper := NewDiscoveryRESTMapper(testGroups())
	resourceTests := []struct {
		in   schema.GroupVersionResource
		want schema.GroupVersionResource
	}{
		{gvr("", "", "pods"), gvr("", "v1", "pods")},
		{gvr("", "", "pod"), gvr("", "v1", "pods")},
		{gvr("", "", "node"), gvr("", "v1", "nodes")},
		{gvr("", "", "horizontalpodautoscalers"), gvr("autoscaling", "v1", "horizontalpodautoscalers")},
		{gvr("", "v2", "horizontalpodautoscalers"), gvr("autoscaling", "v2", "horizontalpodautoscalers")},
		{gvr("", "", "jobs"), gvr("extensions", "v1beta1", "jobs")},
		{gvr("autoscaling", "", "jobs"), gvr("autoscaling", "v2", "jobs")},
	}
	for _, tt := range resourceTests {
		t.Run(tt.in.String(), func(t *testing.T) {
			got, err := mapper.ResourceFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	kind, err := mapper.KindFor(gvr("", "", "nodes"))
	require.NoError(t, err)
	assert.Equal(t, gvk("", "v1", "Node"), kind)
	singular, err := mapper.ResourceSingularizer("nodes")
	require.NoError(t, err)
	assert.Equal(t, "node", singular, "a missing singular name is guessed from the kind")
	_, err = mapper.ResourceFor(gvr("", "", "pods/status"))
	assert.True(t, meta.IsNoMatchError(err), "subresources are not mapped: %v", err)
	mapping, err := mapper.RESTMapping(schema.GroupKind{Kind: "PodList"})
	require.NoError(t, err)
	assert.Equal(t, gvk("", "v1", "PodList"), mapping.GroupVersionKind)
	mapping, err = mapper.RESTMapping(schema.GroupKind{Kind: "List"})
	require.NoError(t, err)
	assert.Equal(t, meta.RESTScopeNameRoot, mapping.Scope.Name())
	mapping, err = mapper.RESTMapping(schema.GroupKind{Kind: "pod"})
	require.NoError(t, err, "the lower-case kind is mapped too")
	assert.Equal(t, gvr("", "v1", "pods"), mapping.Resource)
}

func TestGetAPIGroupResources(t *testing.T) {
	srv := discoverytest.New(t, testdata, discoverytest.Legacy)
	client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	groups, err := GetAPIGroupResources(client)
	require.NoError(t, err)
	assert.Equal(t, 23, len(groups))
	assert.Equal(t, "", groups[0].Group.Name)
	autoscaling := groups[6]
	assert.Equal(t, "autoscaling", autoscaling.Group.Name)
	assert.Equal(t, 2, len(autoscaling.VersionedResources))
	assert.NotEmpty(t, autoscaling.VersionedResources["v2"])

	srv.Fail("/apis/batch/v1", 503)
	groups, err = GetAPIGroupResources(client)
	require.NoError(t, err, "partial discovery is used without an error")
	assert.Equal(t, 23, len(groups))
	assert.Empty(t, groups[7].VersionedResources, "batch/v1 failed")

	srv.Fail("/apis", 500)
	_, err = GetAPIGroupResources(client)
	require.Error(t, err)
}
