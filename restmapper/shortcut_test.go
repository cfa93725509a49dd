package restmapper

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

// shortcutMapper returns a shortcut expander over the golden server and
// the warnings it gives.
func shortcutMapper(t *testing.T) (meta.RESTMapper, func() []string) {
	t.Helper()
	mapper, cache, _ := goldenMapper(t, discoverytest.Aggregated)
	var mu sync.Mutex
	var warnings []string
	expander := NewShortcutExpander(mapper, cache, func(w string) {
		mu.Lock()
		defer mu.Unlock()
		warnings = append(warnings, w)
	})
	return expander, func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := warnings
		warnings = nil
		return out
	}
}

func TestShortcutExpander(t *testing.T) {
	mapper, warnings := shortcutMapper(t)
	tests := []struct {
		name string
		in   schema.GroupVersionResource
		want schema.GroupVersionResource
	}{
		{"core short name", gvr("", "", "po"), gvr("", "v1", "pods")},
		{"group short name", gvr("", "", "deploy"), gvr("apps", "v1", "deployments")},
		{"short name in its group", gvr("apps", "", "deploy"), gvr("apps", "v1", "deployments")},
		{"group prefix", gvr("autoscal", "", "hpa"), gvr("autoscaling", "v2", "horizontalpodautoscalers")},
		{"second short name", gvr("", "", "crds"), gvr("apiextensions.k8s.io", "v1", "customresourcedefinitions")},
		{"plural untouched", gvr("", "", "pods"), gvr("", "v1", "pods")},
		{"singular untouched", gvr("", "", "deployment"), gvr("apps", "v1", "deployments")},
		{"version dropped on expansion", gvr("", "v1", "hpa"), gvr("autoscaling", "v2", "horizontalpodautoscalers")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := mapper.ResourceFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			all, err := mapper.ResourcesFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, all[0])
			kind, err := mapper.KindFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want.GroupVersion(), kind.GroupVersion())
			kinds, err := mapper.KindsFor(tt.in)
			require.NoError(t, err)
			assert.Equal(t, kind, kinds[0])
		})
	}
	assert.Empty(t, warnings())
	singular, err := mapper.ResourceSingularizer("deploy")
	require.NoError(t, err)
	assert.Equal(t, "deployment", singular)
	mapping, err := mapper.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Deployment"}, "v1")
	require.NoError(t, err)
	assert.Equal(t, gvr("apps", "v1", "deployments"), mapping.Resource)
	mappings, err := mapper.RESTMappings(schema.GroupKind{Group: "apps", Kind: "Deployment"})
	require.NoError(t, err)
	assert.Equal(t, 1, len(mappings))
}

func TestShortcutExpanderAmbiguous(t *testing.T) {
	mapper, warnings := shortcutMapper(t)
	got, err := mapper.ResourceFor(gvr("", "", "ev"))
	require.NoError(t, err)
	assert.Equal(t, gvr("", "v1", "events"), got, "the first group in discovery order wins")
	assert.Equal(t, []string{`short name "ev" could also match lower priority resource events.events.k8s.io`}, warnings())
	got, err = mapper.ResourceFor(gvr("events.k8s.io", "", "ev"))
	require.NoError(t, err)
	assert.Equal(t, gvr("events.k8s.io", "v1", "events"), got)
	assert.Empty(t, warnings(), "no ambiguity within one group")
}

func TestShortcutExpanderNoMatchAndReset(t *testing.T) {
	mapper, cache, _ := goldenMapper(t, discoverytest.Aggregated)
	expander := NewShortcutExpander(mapper, cache, nil)
	_, err := expander.KindFor(gvr("", "", "zz"))
	assert.True(t, meta.IsNoMatchError(err), "got %v", err)
	meta.MaybeResetRESTMapper(expander)
	assert.False(t, cache.Fresh(), "Reset reaches the deferred mapper")
}
