//go:build integration

package integration

import (
	"encoding/json"
	"testing"

	apidiscoveryv2 "github.com/skiff-k8s/skiff/api/apidiscovery/v2"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// aggregatedAccept asks for the aggregated discovery document.
const aggregatedAccept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"

// TestDiscoveryRaw reads the legacy and aggregated discovery documents with
// raw GETs and decodes them into skiff's types.
func TestDiscoveryRaw(t *testing.T) {
	e := newEnv(t)
	c := clientFor(t, e.ts, adminConfig(t), corev1.SchemeGroupVersion)
	get := func(t *testing.T, path, accept string, into any) {
		t.Helper()
		req := c.Get().AbsPath(path)
		if accept != "" {
			req = req.SetHeader("Accept", accept)
		}
		raw, err := req.DoRaw(e.ctx)
		require.NoError(t, err, "GET %s", path)
		require.NoError(t, json.Unmarshal(raw, into), "decoding %s", path)
	}

	t.Run("/version", func(t *testing.T) {
		var v struct {
			GitVersion string `json:"gitVersion"`
			Major      string `json:"major"`
			Minor      string `json:"minor"`
		}
		get(t, "/version", "", &v)
		assert.Equal(t, "v1.34.4", v.GitVersion)
		assert.Equal(t, "1", v.Major)
		assert.Equal(t, "34", v.Minor)
	})
	t.Run("/api", func(t *testing.T) {
		var v metav1.APIVersions
		get(t, "/api", "", &v)
		assert.Equal(t, "APIVersions", v.Kind)
		assert.Equal(t, []string{"v1"}, v.Versions)
	})
	t.Run("/api/v1", func(t *testing.T) {
		var l metav1.APIResourceList
		get(t, "/api/v1", "", &l)
		assert.Equal(t, "v1", l.GroupVersion)
		byName := map[string]metav1.APIResource{}
		for _, r := range l.APIResources {
			byName[r.Name] = r
		}
		pods, ok := byName["pods"]
		require.True(t, ok, "pods in /api/v1")
		assert.True(t, pods.Namespaced)
		assert.Equal(t, "Pod", pods.Kind)
		assert.Contains(t, pods.ShortNames, "po")
		assert.Subset(t, []string(pods.Verbs), []string{"create", "delete", "get", "list", "patch", "update", "watch"})
		assert.Contains(t, byName, "pods/status")
		assert.Contains(t, byName, "pods/log")
		assert.False(t, byName["namespaces"].Namespaced, "namespaces are cluster-scoped")
	})
	t.Run("/apis", func(t *testing.T) {
		var l metav1.APIGroupList
		get(t, "/apis", "", &l)
		groups := map[string]metav1.APIGroup{}
		for _, g := range l.Groups {
			groups[g.Name] = g
		}
		require.Contains(t, groups, "apps")
		assert.Equal(t, "apps/v1", groups["apps"].PreferredVersion.GroupVersion)
		assert.Contains(t, groups, "apiextensions.k8s.io")
		assert.Contains(t, groups, "rbac.authorization.k8s.io")
	})
	t.Run("/apis/apps/v1", func(t *testing.T) {
		var l metav1.APIResourceList
		get(t, "/apis/apps/v1", "", &l)
		var names []string
		for _, r := range l.APIResources {
			names = append(names, r.Name)
		}
		assert.Subset(t, names, []string{"deployments", "deployments/scale", "deployments/status", "statefulsets"})
	})
	t.Run("aggregated /apis", func(t *testing.T) {
		var l apidiscoveryv2.APIGroupDiscoveryList
		get(t, "/apis", aggregatedAccept, &l)
		assert.Equal(t, "APIGroupDiscoveryList", l.Kind)
		assert.Equal(t, "apidiscovery.k8s.io/v2", l.APIVersion)
		var apps *apidiscoveryv2.APIGroupDiscovery
		for i := range l.Items {
			if l.Items[i].Name == "apps" {
				apps = &l.Items[i]
			}
		}
		require.NotNil(t, apps, "apps in aggregated discovery")
		require.NotEmpty(t, apps.Versions)
		assert.Equal(t, "v1", apps.Versions[0].Version)
	})
	t.Run("aggregated /api", func(t *testing.T) {
		var l apidiscoveryv2.APIGroupDiscoveryList
		get(t, "/api", aggregatedAccept, &l)
		require.Len(t, l.Items, 1)
		require.NotEmpty(t, l.Items[0].Versions)
		assert.Equal(t, "v1", l.Items[0].Versions[0].Version)
	})
}
