package meta

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

var (
	v1      = schema.GroupVersion{Version: "v1"}
	apps1   = schema.GroupVersion{Group: "apps", Version: "v1"}
	apps1b1 = schema.GroupVersion{Group: "apps", Version: "v1beta1"}
)

func TestUnsafeGuessKindToResource(t *testing.T) {
	tests := []struct {
		kind                   string
		wantPlural, wantSingle string
	}{
		{"Pod", "pods", "pod"},
		{"Policy", "policies", "policy"},
		{"Ingress", "ingresses", "ingress"},
		{"Endpoints", "endpoints", "endpoints"},
		{"ResourceQuota", "resourcequotas", "resourcequota"},
		{"Status", "statuses", "status"},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			plural, singular := UnsafeGuessKindToResource(apps1.WithKind(tt.kind))
			if tt.kind == "" {
				assert.Equal(t, schema.GroupVersionResource{}, plural)
				assert.Equal(t, schema.GroupVersionResource{}, singular)
				return
			}
			assert.Equal(t, apps1.WithResource(tt.wantPlural), plural)
			assert.Equal(t, apps1.WithResource(tt.wantSingle), singular)
		})
	}
}

func newTestMapper() *DefaultRESTMapper {
	m := NewDefaultRESTMapper([]schema.GroupVersion{v1, apps1, apps1b1})
	m.Add(v1.WithKind("Pod"), RESTScopeNamespace)
	m.Add(v1.WithKind("Node"), RESTScopeRoot)
	m.Add(v1.WithKind("Endpoints"), RESTScopeNamespace)
	m.Add(apps1.WithKind("Deployment"), RESTScopeNamespace)
	m.Add(apps1b1.WithKind("Deployment"), RESTScopeNamespace)
	m.AddSpecific(apps1.WithKind("Mouse"), apps1.WithResource("mice"), apps1.WithResource("mouse"), RESTScopeRoot)
	return m
}

func TestDefaultRESTMapperResourcesFor(t *testing.T) {
	m := newTestMapper()
	tests := []struct {
		name    string
		input   schema.GroupVersionResource
		want    []schema.GroupVersionResource
		wantErr string
	}{
		{name: "plural", input: schema.GroupVersionResource{Resource: "pods"}, want: []schema.GroupVersionResource{v1.WithResource("pods")}},
		{name: "singular", input: schema.GroupVersionResource{Resource: "pod"}, want: []schema.GroupVersionResource{v1.WithResource("pods")}},
		{name: "upper case", input: schema.GroupVersionResource{Resource: "PODS"}, want: []schema.GroupVersionResource{v1.WithResource("pods")}},
		{name: "fully qualified", input: v1.WithResource("pod"), want: []schema.GroupVersionResource{v1.WithResource("pods")}},
		{name: "internal version", input: schema.GroupVersionResource{Version: "__internal", Resource: "pods"}, want: []schema.GroupVersionResource{v1.WithResource("pods")}},
		{name: "same singular and plural", input: schema.GroupVersionResource{Resource: "endpoints"}, want: []schema.GroupVersionResource{v1.WithResource("endpoints")}},
		{name: "irregular", input: schema.GroupVersionResource{Resource: "mouse"}, want: []schema.GroupVersionResource{apps1.WithResource("mice")}},
		{name: "preferred order", input: schema.GroupVersionResource{Resource: "deployments"}, want: []schema.GroupVersionResource{apps1.WithResource("deployments"), apps1b1.WithResource("deployments")}},
		{name: "group only", input: schema.GroupVersionResource{Group: "apps", Resource: "deployment"}, want: []schema.GroupVersionResource{apps1.WithResource("deployments"), apps1b1.WithResource("deployments")}},
		{name: "version only", input: schema.GroupVersionResource{Version: "v1beta1", Resource: "deployments"}, want: []schema.GroupVersionResource{apps1b1.WithResource("deployments")}},
		{name: "wrong group", input: schema.GroupVersionResource{Group: "batch", Resource: "deployments"}, wantErr: "no matches for batch/, Resource=deployments"},
		{name: "missing", input: schema.GroupVersionResource{Resource: "nope"}, wantErr: "no matches for /, Resource=nope"},
		{name: "no resource", input: schema.GroupVersionResource{Group: "apps"}, wantErr: "a resource must be present, got: apps/, Resource="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.ResourcesFor(tt.input)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDefaultRESTMapperSingleAnswers(t *testing.T) {
	m := newTestMapper()
	gvr, err := m.ResourceFor(schema.GroupVersionResource{Resource: "pod"})
	require.NoError(t, err)
	assert.Equal(t, v1.WithResource("pods"), gvr)

	_, err = m.ResourceFor(schema.GroupVersionResource{Resource: "deployments"})
	assert.EqualError(t, err, "/, Resource=deployments matches multiple resources [apps/v1, Resource=deployments apps/v1beta1, Resource=deployments]")
	assert.True(t, IsAmbiguousError(err))

	gvk, err := m.KindFor(schema.GroupVersionResource{Resource: "nodes"})
	require.NoError(t, err)
	assert.Equal(t, v1.WithKind("Node"), gvk)

	_, err = m.KindFor(schema.GroupVersionResource{Resource: "deployment"})
	assert.EqualError(t, err, "/, Resource=deployment matches multiple kinds [apps/v1, Kind=Deployment apps/v1beta1, Kind=Deployment]")

	kinds, err := m.KindsFor(schema.GroupVersionResource{Group: "apps", Version: "v1beta1", Resource: "deployments"})
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionKind{apps1b1.WithKind("Deployment")}, kinds)

	_, err = m.KindFor(schema.GroupVersionResource{Resource: "nope"})
	assert.True(t, IsNoMatchError(err), "got %v", err)
	_, err = m.KindsFor(schema.GroupVersionResource{})
	assert.EqualError(t, err, "a resource must be present, got: /, Resource=")
}

func TestDefaultRESTMapperRESTMapping(t *testing.T) {
	m := newTestMapper()
	tests := []struct {
		name      string
		gk        schema.GroupKind
		versions  []string
		wantGVK   schema.GroupVersionKind
		wantGVR   schema.GroupVersionResource
		wantScope RESTScopeName
		wantErr   string
	}{
		{name: "core default", gk: schema.GroupKind{Kind: "Pod"}, wantGVK: v1.WithKind("Pod"), wantGVR: v1.WithResource("pods"), wantScope: RESTScopeNameNamespace},
		{name: "root scope", gk: schema.GroupKind{Kind: "Node"}, wantGVK: v1.WithKind("Node"), wantGVR: v1.WithResource("nodes"), wantScope: RESTScopeNameRoot},
		{name: "preferred version", gk: schema.GroupKind{Group: "apps", Kind: "Deployment"}, wantGVK: apps1.WithKind("Deployment"), wantGVR: apps1.WithResource("deployments"), wantScope: RESTScopeNameNamespace},
		{name: "explicit version", gk: schema.GroupKind{Group: "apps", Kind: "Deployment"}, versions: []string{"v1beta1"}, wantGVK: apps1b1.WithKind("Deployment"), wantGVR: apps1b1.WithResource("deployments"), wantScope: RESTScopeNameNamespace},
		{name: "first known version", gk: schema.GroupKind{Group: "apps", Kind: "Deployment"}, versions: []string{"v9", "", "v1beta1", "v1"}, wantGVK: apps1b1.WithKind("Deployment"), wantGVR: apps1b1.WithResource("deployments"), wantScope: RESTScopeNameNamespace},
		{name: "unknown version", gk: schema.GroupKind{Group: "apps", Kind: "Deployment"}, versions: []string{"v2"}, wantErr: `no matches for kind "Deployment" in version "apps/v2"`},
		{name: "unknown versions", gk: schema.GroupKind{Group: "apps", Kind: "Deployment"}, versions: []string{"v3", "v2", "v3"}, wantErr: `no matches for kind "Deployment" in versions ["v2" "v3"]`},
		{name: "unknown group", gk: schema.GroupKind{Group: "batch", Kind: "Job"}, wantErr: `no matches for kind "Job" in group "batch"`},
		{name: "unknown kind in known group", gk: schema.GroupKind{Kind: "Secret"}, wantErr: "no matches for /, Resource=Secret"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mapping, err := m.RESTMapping(tt.gk, tt.versions...)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				assert.True(t, IsNoMatchError(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantGVK, mapping.GroupVersionKind)
			assert.Equal(t, tt.wantGVR, mapping.Resource)
			assert.Equal(t, tt.wantScope, mapping.Scope.Name())
		})
	}
	mappings, err := m.RESTMappings(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	require.NoError(t, err)
	require.Len(t, mappings, 2)
	assert.Equal(t, apps1.WithKind("Deployment"), mappings[0].GroupVersionKind)
	assert.Equal(t, apps1b1.WithKind("Deployment"), mappings[1].GroupVersionKind)
}

func TestDefaultRESTMapperMissingScope(t *testing.T) {
	m := NewDefaultRESTMapper([]schema.GroupVersion{v1})
	m.Add(v1.WithKind("Pod"), RESTScopeNamespace)
	delete(m.kindToScope, v1.WithKind("Pod"))
	_, err := m.RESTMapping(schema.GroupKind{Kind: "Pod"})
	assert.EqualError(t, err, `the provided version "v1" and kind "Pod" cannot be mapped to a supported scope`)
}

func TestResourceSingularizer(t *testing.T) {
	m := newTestMapper()
	tests := []struct {
		resource string
		want     string
		wantErr  string
	}{
		{resource: "pods", want: "pod"},
		{resource: "mice", want: "mouse"},
		{resource: "deployments", want: "deployment"},
		{resource: "nope", want: "nope", wantErr: "no matches for /, Resource=nope"},
	}
	for _, tt := range tests {
		t.Run(tt.resource, func(t *testing.T) {
			got, err := m.ResourceSingularizer(tt.resource)
			assert.Equal(t, tt.want, got)
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
			} else {
				assert.NoError(t, err)
			}
		})
	}
	conflicting := NewDefaultRESTMapper(nil)
	conflicting.AddSpecific(apps1.WithKind("A"), apps1.WithResource("things"), apps1.WithResource("thing"), RESTScopeRoot)
	conflicting.AddSpecific(v1.WithKind("B"), v1.WithResource("things"), v1.WithResource("thingy"), RESTScopeRoot)
	_, err := conflicting.ResourceSingularizer("things")
	assert.ErrorContains(t, err, "multiple possible singular resources")
}

func TestErrorsMessagesAndMatching(t *testing.T) {
	gvr := schema.GroupVersionResource{Resource: "foo"}
	gvk := schema.GroupVersionKind{Kind: "Foo"}
	tests := []struct {
		name      string
		err       error
		want      string
		ambiguous bool
		noMatch   bool
	}{
		{name: "ambiguous resource both", err: &AmbiguousResourceError{PartialResource: gvr, MatchingResources: []schema.GroupVersionResource{gvr}, MatchingKinds: []schema.GroupVersionKind{gvk}}, want: "/, Resource=foo matches multiple resources [/, Resource=foo] and kinds [/, Kind=Foo]", ambiguous: true},
		{name: "ambiguous resource none", err: &AmbiguousResourceError{PartialResource: gvr}, want: "/, Resource=foo matches multiple resources or kinds", ambiguous: true},
		{name: "ambiguous kind resources", err: &AmbiguousKindError{PartialKind: gvk, MatchingResources: []schema.GroupVersionResource{gvr}}, want: "/, Kind=Foo matches multiple resources [/, Resource=foo]", ambiguous: true},
		{name: "ambiguous kind kinds", err: &AmbiguousKindError{PartialKind: gvk, MatchingKinds: []schema.GroupVersionKind{gvk}}, want: "/, Kind=Foo matches multiple kinds [/, Kind=Foo]", ambiguous: true},
		{name: "ambiguous kind none", err: &AmbiguousKindError{PartialKind: gvk}, want: "/, Kind=Foo matches multiple resources or kinds", ambiguous: true},
		{name: "wrapped ambiguous", err: fmt.Errorf("w: %w", &AmbiguousKindError{PartialKind: gvk}), want: "w: /, Kind=Foo matches multiple resources or kinds", ambiguous: true},
		{name: "no resource match", err: &NoResourceMatchError{PartialResource: gvr}, want: "no matches for /, Resource=foo", noMatch: true},
		{name: "no kind match group", err: &NoKindMatchError{GroupKind: schema.GroupKind{Group: "g", Kind: "K"}}, want: `no matches for kind "K" in group "g"`, noMatch: true},
		{name: "wrapped no match", err: fmt.Errorf("w: %w", &NoKindMatchError{GroupKind: schema.GroupKind{Group: "g", Kind: "K"}, SearchedVersions: []string{"v1"}}), want: `w: no matches for kind "K" in version "g/v1"`, noMatch: true},
		{name: "other", err: fmt.Errorf("x"), want: "x"},
		{name: "nil", err: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err != nil {
				assert.Equal(t, tt.want, tt.err.Error())
			}
			assert.Equal(t, tt.ambiguous, IsAmbiguousError(tt.err), "IsAmbiguousError")
			assert.Equal(t, tt.noMatch, IsNoMatchError(tt.err), "IsNoMatchError")
		})
	}
}

func TestRESTMapperStrings(t *testing.T) {
	m := NewDefaultRESTMapper(nil)
	m.Add(v1.WithKind("Pod"), RESTScopeNamespace)
	assert.Equal(t, "DefaultRESTMapper{kindToPluralResource=map[/v1, Kind=Pod:/v1, Resource=pods]}", m.String())
	assert.Equal(t, "<nil>", (*DefaultRESTMapper)(nil).String())
	multi := MultiRESTMapper{m}
	assert.Equal(t, "MultiRESTMapper{\n\tDefaultRESTMapper{kindToPluralResource=map[/v1, Kind=Pod:/v1, Resource=pods]}\n}", multi.String())
	assert.Contains(t, FirstHitRESTMapper{multi}.String(), "FirstHitRESTMapper{\n\tMultiRESTMapper{")
	assert.Contains(t, PriorityRESTMapper{Delegate: multi}.String(), "PriorityRESTMapper{\n\t[]\n\t[]\n\tMultiRESTMapper{")
}
