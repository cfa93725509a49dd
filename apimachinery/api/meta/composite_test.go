package meta

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

var ext1b1 = schema.GroupVersion{Group: "extensions", Version: "v1beta1"}

// failingMapper answers every call with err.
type failingMapper struct{ err error }

func (f failingMapper) KindFor(schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	return schema.GroupVersionKind{}, f.err
}
func (f failingMapper) KindsFor(schema.GroupVersionResource) ([]schema.GroupVersionKind, error) {
	return nil, f.err
}
func (f failingMapper) ResourceFor(schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	return schema.GroupVersionResource{}, f.err
}
func (f failingMapper) ResourcesFor(schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	return nil, f.err
}
func (f failingMapper) RESTMapping(schema.GroupKind, ...string) (*RESTMapping, error) {
	return nil, f.err
}
func (f failingMapper) RESTMappings(schema.GroupKind, ...string) ([]*RESTMapping, error) {
	return nil, f.err
}
func (f failingMapper) ResourceSingularizer(string) (string, error) { return "", f.err }

// resettable counts Reset calls.
type resettable struct {
	RESTMapper
	resets int
}

func (r *resettable) Reset() { r.resets++ }

func twoGroupMappers() (*DefaultRESTMapper, *DefaultRESTMapper) {
	appsMapper := NewDefaultRESTMapper([]schema.GroupVersion{apps1})
	appsMapper.Add(apps1.WithKind("Deployment"), RESTScopeNamespace)
	extMapper := NewDefaultRESTMapper([]schema.GroupVersion{ext1b1})
	extMapper.Add(ext1b1.WithKind("Deployment"), RESTScopeNamespace)
	extMapper.Add(ext1b1.WithKind("Ingress"), RESTScopeNamespace)
	return appsMapper, extMapper
}

func TestMultiRESTMapper(t *testing.T) {
	appsMapper, extMapper := twoGroupMappers()
	m := MultiRESTMapper{appsMapper, extMapper, appsMapper}
	deployments := schema.GroupVersionResource{Resource: "deployments"}

	resources, err := m.ResourcesFor(deployments)
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionResource{apps1.WithResource("deployments"), ext1b1.WithResource("deployments")}, resources)

	kinds, err := m.KindsFor(deployments)
	require.NoError(t, err)
	assert.Equal(t, []schema.GroupVersionKind{apps1.WithKind("Deployment"), ext1b1.WithKind("Deployment")}, kinds)

	_, err = m.ResourceFor(deployments)
	assert.True(t, IsAmbiguousError(err), "got %v", err)
	_, err = m.KindFor(deployments)
	assert.True(t, IsAmbiguousError(err), "got %v", err)

	gvr, err := m.ResourceFor(schema.GroupVersionResource{Resource: "ingresses"})
	require.NoError(t, err)
	assert.Equal(t, ext1b1.WithResource("ingresses"), gvr)
	gvk, err := m.KindFor(schema.GroupVersionResource{Resource: "ingress"})
	require.NoError(t, err)
	assert.Equal(t, ext1b1.WithKind("Ingress"), gvk)

	_, err = m.ResourcesFor(schema.GroupVersionResource{Resource: "nope"})
	assert.EqualError(t, err, "no matches for /, Resource=nope")
	_, err = m.KindsFor(schema.GroupVersionResource{Resource: "nope"})
	assert.True(t, IsNoMatchError(err))

	mapping, err := m.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	assert.Nil(t, mapping)
	assert.True(t, IsAmbiguousError(err), "the same mapper twice gives two mappings: %v", err)
	mapping, err = MultiRESTMapper{appsMapper, extMapper}.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	require.NoError(t, err)
	assert.Equal(t, apps1.WithResource("deployments"), mapping.Resource)
	_, err = m.RESTMapping(schema.GroupKind{Group: "batch", Kind: "Job"})
	assert.EqualError(t, err, `no matches for kind "Job" in group "batch"`)

	mappings, err := MultiRESTMapper{appsMapper, extMapper}.RESTMappings(schema.GroupKind{Group: "extensions", Kind: "Ingress"})
	require.NoError(t, err)
	require.Len(t, mappings, 1)
	_, err = m.RESTMappings(schema.GroupKind{Group: "batch", Kind: "Job"})
	assert.True(t, IsNoMatchError(err))

	singular, err := m.ResourceSingularizer("ingresses")
	require.NoError(t, err)
	assert.Equal(t, "ingress", singular)
	_, err = m.ResourceSingularizer("nope")
	assert.True(t, IsNoMatchError(err))
}

func TestMultiRESTMapperErrors(t *testing.T) {
	appsMapper, _ := twoGroupMappers()
	boom := errors.New("boom")
	m := MultiRESTMapper{failingMapper{err: boom}, appsMapper}
	gk := schema.GroupKind{Group: "apps", Kind: "Deployment"}

	mapping, err := m.RESTMapping(gk)
	require.NoError(t, err, "one mapping wins over other mappers' errors")
	assert.Equal(t, apps1.WithKind("Deployment"), mapping.GroupVersionKind)

	_, err = m.RESTMappings(gk)
	assert.ErrorIs(t, err, boom)
	_, err = m.ResourcesFor(schema.GroupVersionResource{Resource: "deployments"})
	assert.ErrorIs(t, err, boom)
	_, err = m.KindsFor(schema.GroupVersionResource{Resource: "deployments"})
	assert.ErrorIs(t, err, boom)
	_, err = MultiRESTMapper{failingMapper{err: boom}}.RESTMapping(gk)
	assert.ErrorIs(t, err, boom)

	noMatch := failingMapper{err: &NoKindMatchError{GroupKind: gk}}
	_, err = MultiRESTMapper{noMatch}.RESTMappings(gk)
	assert.True(t, IsNoMatchError(err))
}

func TestMultiRESTMapperReset(t *testing.T) {
	r := &resettable{RESTMapper: NewDefaultRESTMapper(nil)}
	MultiRESTMapper{r, NewDefaultRESTMapper(nil)}.Reset()
	PriorityRESTMapper{Delegate: r}.Reset()
	FirstHitRESTMapper{MultiRESTMapper{r}}.Reset()
	MaybeResetRESTMapper(NewDefaultRESTMapper(nil))
	assert.Equal(t, 3, r.resets)
}

func TestPriorityRESTMapper(t *testing.T) {
	appsMapper, extMapper := twoGroupMappers()
	delegate := MultiRESTMapper{extMapper, appsMapper}
	deployments := schema.GroupVersionResource{Resource: "deployments"}
	gk := schema.GroupKind{Group: "apps", Kind: "Deployment"}
	tests := []struct {
		name        string
		resPriority []schema.GroupVersionResource
		kindPrio    []schema.GroupVersionKind
		wantGVR     schema.GroupVersionResource
		wantGVK     schema.GroupVersionKind
		wantAmbig   bool
	}{
		{
			name:        "group preference",
			resPriority: []schema.GroupVersionResource{{Group: "apps", Version: AnyVersion, Resource: AnyResource}},
			kindPrio:    []schema.GroupVersionKind{{Group: "apps", Version: AnyVersion, Kind: AnyKind}},
			wantGVR:     apps1.WithResource("deployments"),
			wantGVK:     apps1.WithKind("Deployment"),
		},
		{
			name:        "first matching pattern wins",
			resPriority: []schema.GroupVersionResource{{Group: "nope", Version: AnyVersion, Resource: AnyResource}, {Group: "extensions", Version: AnyVersion, Resource: AnyResource}, {Group: "apps", Version: AnyVersion, Resource: AnyResource}},
			kindPrio:    []schema.GroupVersionKind{{Group: AnyGroup, Version: "v1beta1", Kind: AnyKind}},
			wantGVR:     ext1b1.WithResource("deployments"),
			wantGVK:     ext1b1.WithKind("Deployment"),
		},
		{
			name:        "patterns narrow step by step",
			resPriority: []schema.GroupVersionResource{{Group: AnyGroup, Version: AnyVersion, Resource: "deployments"}, {Group: AnyGroup, Version: "v1", Resource: AnyResource}},
			kindPrio:    []schema.GroupVersionKind{{Group: AnyGroup, Version: AnyVersion, Kind: "Deployment"}, {Group: "apps", Version: AnyVersion, Kind: AnyKind}},
			wantGVR:     apps1.WithResource("deployments"),
			wantGVK:     apps1.WithKind("Deployment"),
		},
		{
			name:      "no priorities",
			wantAmbig: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := PriorityRESTMapper{Delegate: delegate, ResourcePriority: tt.resPriority, KindPriority: tt.kindPrio}
			gvr, err := m.ResourceFor(deployments)
			gvk, kerr := m.KindFor(deployments)
			if tt.wantAmbig {
				assert.True(t, IsAmbiguousError(err), "ResourceFor: %v", err)
				assert.True(t, IsAmbiguousError(kerr), "KindFor: %v", kerr)
				return
			}
			require.NoError(t, err)
			require.NoError(t, kerr)
			assert.Equal(t, tt.wantGVR, gvr)
			assert.Equal(t, tt.wantGVK, gvk)
		})
	}

	// A single candidate needs no priorities.
	m := PriorityRESTMapper{Delegate: delegate}
	gvr, err := m.ResourceFor(schema.GroupVersionResource{Resource: "ingresses"})
	require.NoError(t, err)
	assert.Equal(t, ext1b1.WithResource("ingresses"), gvr)
	_, err = m.ResourceFor(schema.GroupVersionResource{Resource: "nope"})
	assert.True(t, IsNoMatchError(err))
	_, err = m.KindFor(schema.GroupVersionResource{Resource: "nope"})
	assert.True(t, IsNoMatchError(err))

	// Pass-through calls.
	resources, err := m.ResourcesFor(deployments)
	require.NoError(t, err)
	assert.Len(t, resources, 2)
	kinds, err := m.KindsFor(deployments)
	require.NoError(t, err)
	assert.Len(t, kinds, 2)
	singular, err := m.ResourceSingularizer("deployments")
	require.NoError(t, err)
	assert.Equal(t, "deployment", singular)
	mappings, err := m.RESTMappings(gk)
	require.NoError(t, err)
	assert.Len(t, mappings, 1)
}

func TestPriorityRESTMapperRESTMapping(t *testing.T) {
	both := NewDefaultRESTMapper([]schema.GroupVersion{apps1, apps1b1})
	both.Add(apps1.WithKind("Deployment"), RESTScopeNamespace)
	both.Add(apps1b1.WithKind("Deployment"), RESTScopeNamespace)
	gk := schema.GroupKind{Group: "apps", Kind: "Deployment"}
	tests := []struct {
		name      string
		kindPrio  []schema.GroupVersionKind
		versions  []string
		want      schema.GroupVersionKind
		wantAmbig bool
		wantErr   bool
	}{
		{name: "kind priority", kindPrio: []schema.GroupVersionKind{{Group: AnyGroup, Version: "v1beta1", Kind: AnyKind}}, want: apps1b1.WithKind("Deployment")},
		{name: "no priority", wantAmbig: true},
		{name: "unknown group", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := PriorityRESTMapper{Delegate: both, KindPriority: tt.kindPrio}
			target := gk
			if tt.wantErr {
				target = schema.GroupKind{Group: "batch", Kind: "Job"}
			}
			mapping, err := m.RESTMapping(target, tt.versions...)
			switch {
			case tt.wantErr:
				assert.True(t, IsNoMatchError(err), "got %v", err)
			case tt.wantAmbig:
				assert.EqualError(t, err, "apps/, Kind=Deployment matches multiple kinds [apps/v1, Kind=Deployment apps/v1beta1, Kind=Deployment]")
			default:
				require.NoError(t, err)
				assert.Equal(t, tt.want, mapping.GroupVersionKind)
			}
		})
	}
	// Versions given by the caller select among the delegate's mappings.
	m := PriorityRESTMapper{Delegate: MultiRESTMapper{both}, KindPriority: []schema.GroupVersionKind{{Group: AnyGroup, Version: "v1beta1", Kind: AnyKind}}}
	mapping, err := m.RESTMapping(gk, "v1")
	require.NoError(t, err)
	assert.Equal(t, apps1.WithKind("Deployment"), mapping.GroupVersionKind)
}

func TestFirstHitRESTMapper(t *testing.T) {
	appsMapper, extMapper := twoGroupMappers()
	m := FirstHitRESTMapper{MultiRESTMapper{extMapper, appsMapper}}
	deployments := schema.GroupVersionResource{Resource: "deployments"}

	gvr, err := m.ResourceFor(deployments)
	require.NoError(t, err)
	assert.Equal(t, ext1b1.WithResource("deployments"), gvr)
	gvk, err := m.KindFor(deployments)
	require.NoError(t, err)
	assert.Equal(t, ext1b1.WithKind("Deployment"), gvk)
	mapping, err := m.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	require.NoError(t, err)
	assert.Equal(t, apps1.WithKind("Deployment"), mapping.GroupVersionKind)

	_, err = m.ResourceFor(schema.GroupVersionResource{Resource: "nope"})
	assert.EqualError(t, err, "no matches for /, Resource=nope", "all no-match errors collapse to the first")
	_, err = m.KindFor(schema.GroupVersionResource{Resource: "nope"})
	assert.True(t, IsNoMatchError(err))

	boom := errors.New("boom")
	mixed := FirstHitRESTMapper{MultiRESTMapper{failingMapper{err: boom}, appsMapper}}
	_, err = mixed.RESTMapping(schema.GroupKind{Group: "batch", Kind: "Job"})
	assert.ErrorIs(t, err, boom)
	assert.True(t, IsNoMatchError(err), "the aggregate keeps the no-match error too: %v", err)
	_, err = FirstHitRESTMapper{MultiRESTMapper{failingMapper{err: boom}}}.KindFor(deployments)
	assert.Equal(t, boom, err)
	_, err = FirstHitRESTMapper{}.ResourceFor(deployments)
	assert.NoError(t, err, "no mappers, no errors")
}

func TestLazyRESTMapperLoader(t *testing.T) {
	appsMapper, _ := twoGroupMappers()
	r := &resettable{RESTMapper: appsMapper}
	calls := 0
	lazy := NewLazyRESTMapperLoader(func() (RESTMapper, error) { calls++; return r, nil })
	MaybeResetRESTMapper(lazy)
	assert.Equal(t, 0, calls, "Reset before use loads nothing")
	assert.Equal(t, 0, r.resets)

	deployments := schema.GroupVersionResource{Resource: "deployments"}
	gk := schema.GroupKind{Group: "apps", Kind: "Deployment"}
	_, err := lazy.KindFor(deployments)
	require.NoError(t, err)
	_, err = lazy.KindsFor(deployments)
	require.NoError(t, err)
	_, err = lazy.ResourceFor(deployments)
	require.NoError(t, err)
	_, err = lazy.ResourcesFor(deployments)
	require.NoError(t, err)
	_, err = lazy.RESTMapping(gk)
	require.NoError(t, err)
	_, err = lazy.RESTMappings(gk)
	require.NoError(t, err)
	singular, err := lazy.ResourceSingularizer("deployments")
	require.NoError(t, err)
	assert.Equal(t, "deployment", singular)
	assert.Equal(t, 1, calls)
	MaybeResetRESTMapper(lazy)
	assert.Equal(t, 1, r.resets)

	boom := errors.New("boom")
	failCalls := 0
	failing := NewLazyRESTMapperLoader(func() (RESTMapper, error) { failCalls++; return nil, boom })
	_, err = failing.KindFor(deployments)
	assert.Equal(t, boom, err)
	_, err = failing.KindsFor(deployments)
	assert.Equal(t, boom, err)
	_, err = failing.ResourceFor(deployments)
	assert.Equal(t, boom, err)
	_, err = failing.ResourcesFor(deployments)
	assert.Equal(t, boom, err)
	_, err = failing.RESTMapping(gk)
	assert.Equal(t, boom, err)
	_, err = failing.RESTMappings(gk)
	assert.Equal(t, boom, err)
	_, err = failing.ResourceSingularizer("x")
	assert.Equal(t, boom, err)
	MaybeResetRESTMapper(failing)
	assert.Equal(t, 1, failCalls)
}
