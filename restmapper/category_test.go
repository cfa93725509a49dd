package restmapper

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

func TestDiscoveryCategoryExpander(t *testing.T) {
	_, cache, srv := goldenMapper(t, discoverytest.Aggregated)
	expander := NewDiscoveryCategoryExpander(cache)
	got, ok := expander.Expand("all")
	assert.True(t, ok)
	want := []schema.GroupResource{
		{Resource: "pods"}, {Resource: "replicationcontrollers"}, {Resource: "services"},
		{Group: "apps", Resource: "daemonsets"}, {Group: "apps", Resource: "deployments"},
		{Group: "apps", Resource: "replicasets"}, {Group: "apps", Resource: "statefulsets"},
		{Group: "autoscaling", Resource: "horizontalpodautoscalers"},
		{Group: "batch", Resource: "cronjobs"}, {Group: "batch", Resource: "jobs"},
	}
	assert.Equal(t, want, got, "each group resource once, in discovery order")
	got, ok = expander.Expand("nope")
	assert.False(t, ok)
	assert.Empty(t, got)

	srv.Fail("/apis", 500)
	srv.Fail("/api", 500)
	cache.Invalidate()
	got, ok = expander.Expand("all")
	assert.False(t, ok, "no discovery, no expansion")
	assert.Empty(t, got)
}

func TestSimpleAndUnionCategoryExpander(t *testing.T) {
	a := SimpleCategoryExpander{Expansions: map[string][]schema.GroupResource{
		"all":  {{Resource: "pods"}, {Group: "apps", Resource: "deployments"}},
		"mine": {{Group: "x.io", Resource: "things"}},
	}}
	b := SimpleCategoryExpander{Expansions: map[string][]schema.GroupResource{
		"all": {{Group: "apps", Resource: "deployments"}, {Group: "batch", Resource: "jobs"}},
	}}
	tests := []struct {
		name     string
		expander CategoryExpander
		category string
		want     []schema.GroupResource
		wantOK   bool
	}{
		{"simple", a, "mine", []schema.GroupResource{{Group: "x.io", Resource: "things"}}, true},
		{"simple unknown", a, "nope", nil, false},
		{"union merges without duplicates", UnionCategoryExpander{a, b}, "all",
			[]schema.GroupResource{{Resource: "pods"}, {Group: "apps", Resource: "deployments"}, {Group: "batch", Resource: "jobs"}}, true},
		{"union one knows", UnionCategoryExpander{b, a}, "mine", []schema.GroupResource{{Group: "x.io", Resource: "things"}}, true},
		{"union none knows", UnionCategoryExpander{a, b}, "nope", []schema.GroupResource{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.expander.Expand(tt.category)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
