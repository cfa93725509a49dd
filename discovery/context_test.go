package discovery

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

func TestWithContextMethodsMatchAndCancel(t *testing.T) {
	client, srv := newClient(t, discoverytest.Legacy)
	ctx := context.Background()
	groups, err := client.ServerGroupsWithContext(ctx)
	require.NoError(t, err)
	assert.Equal(t, 23, len(groups.Groups))
	_, lists, err := client.ServerGroupsAndResourcesWithContext(ctx)
	require.NoError(t, err)
	assert.Equal(t, 36, len(lists))
	preferred, err := client.ServerPreferredResourcesWithContext(ctx)
	require.NoError(t, err)
	want, err := client.ServerPreferredResources()
	require.NoError(t, err)
	assert.Equal(t, want, preferred)
	namespaced, err := client.ServerPreferredNamespacedResourcesWithContext(ctx)
	require.NoError(t, err)
	wantNamespaced, err := client.ServerPreferredNamespacedResources()
	require.NoError(t, err)
	assert.Equal(t, wantNamespaced, namespaced)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	before := srv.TotalRequests()
	calls := map[string]func() error{
		"ServerGroups": func() error { _, err := client.ServerGroupsWithContext(cancelled); return err },
		"GroupsAndMaybeResources": func() error {
			_, _, _, err := client.GroupsAndMaybeResourcesWithContext(cancelled)
			return err
		},
		"ServerResourcesForGroupVersion": func() error {
			_, err := client.ServerResourcesForGroupVersionWithContext(cancelled, "apps/v1")
			return err
		},
		"ServerGroupsAndResources": func() error {
			_, _, err := client.ServerGroupsAndResourcesWithContext(cancelled)
			return err
		},
		"ServerPreferredResources": func() error {
			_, err := client.ServerPreferredResourcesWithContext(cancelled)
			return err
		},
		"ServerPreferredNamespacedResources": func() error {
			_, err := client.ServerPreferredNamespacedResourcesWithContext(cancelled)
			return err
		},
		"ServerVersion": func() error { _, err := client.ServerVersionWithContext(cancelled); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			require.Error(t, err)
			assert.True(t, errors.Is(err, context.Canceled), "got %v", err)
		})
	}
	assert.Equal(t, before, srv.TotalRequests(), "a cancelled context sends nothing")
}

// ctxlessClient hides the context-taking methods of a DiscoveryClient.
type ctxlessClient struct {
	DiscoveryInterface
}

func TestPackageFunctionsWithPlainInterface(t *testing.T) {
	client, _ := newClient(t, discoverytest.Aggregated)
	plain := ctxlessClient{client}
	groups, lists, err := ServerGroupsAndResources(plain)
	require.NoError(t, err)
	assert.Equal(t, 23, len(groups))
	assert.Equal(t, 36, len(lists))
	want, err := client.ServerPreferredResources()
	require.NoError(t, err)
	got, err := ServerPreferredResources(plain)
	require.NoError(t, err)
	assert.Equal(t, normalizeLists(want), normalizeLists(got), "per-version fetches give what aggregated discovery gave")
	_, err = resourcesFor(canceledContext(), plain, "apps/v1")
	assert.ErrorIs(t, err, context.Canceled)
}

// canceledContext returns a context that is already cancelled.
func canceledContext() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}
