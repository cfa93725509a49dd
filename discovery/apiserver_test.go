package discovery_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// stripModeOnly drops what only one discovery mode reports (storage
// version hashes; the singular names aggregated discovery gives
// subresources).
func stripModeOnly(lists []*metav1.APIResourceList) map[string][]metav1.APIResource {
	out := map[string][]metav1.APIResource{}
	for _, l := range lists {
		var resources []metav1.APIResource
		for _, r := range l.APIResources {
			r.StorageVersionHash = ""
			if strings.Contains(r.Name, "/") {
				r.SingularName = ""
			}
			resources = append(resources, r)
		}
		out[l.GroupVersion] = resources
	}
	return out
}

// TestAgainstInMemoryServer runs aggregated and legacy discovery against the
// in-memory API server: both must describe the same API.
func TestAgainstInMemoryServer(t *testing.T) {
	s, err := apiserver.New(apiserver.Options{})
	require.NoError(t, err)
	t.Cleanup(s.Close)
	client, err := discovery.NewDiscoveryClientForConfig(s.RESTConfig())
	require.NoError(t, err)

	_, aggregated, _, err := client.GroupsAndMaybeResources()
	require.NoError(t, err)
	require.NotNil(t, aggregated, "the in-memory server serves aggregated discovery")
	groups, lists, err := client.ServerGroupsAndResources()
	require.NoError(t, err)
	require.NotEmpty(t, groups)
	assert.Equal(t, "", groups[0].Name, "core group first")
	legacyGroups, legacyLists, err := client.WithLegacy().ServerGroupsAndResources()
	require.NoError(t, err)
	assert.Equal(t, len(groups), len(legacyGroups))
	assert.Equal(t, stripModeOnly(lists), stripModeOnly(legacyLists))

	v, err := client.ServerVersion()
	require.NoError(t, err)
	assert.NotEmpty(t, v.GitVersion)
}
