package memory

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

const testdata = "../../testdata"

// newCache starts a golden server in mode and returns a memory cache over
// a discovery client for it.
func newCache(t *testing.T, mode discoverytest.Mode) (discovery.CachedDiscoveryInterface, *discoverytest.Server) {
	t.Helper()
	srv := discoverytest.New(t, testdata, mode)
	client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	return NewMemCacheClient(client), srv
}

func TestCacheFillsOnceAndInvalidates(t *testing.T) {
	for _, mode := range []discoverytest.Mode{discoverytest.Legacy, discoverytest.Aggregated} {
		t.Run(fmt.Sprint("mode ", mode), func(t *testing.T) {
			cache, srv := newCache(t, mode)
			assert.False(t, cache.Fresh(), "an unfilled cache is not fresh")
			groups, lists, err := cache.ServerGroupsAndResources()
			require.NoError(t, err)
			assert.Equal(t, 23, len(groups))
			assert.Equal(t, 36, len(lists))
			assert.True(t, cache.Fresh())
			first := srv.TotalRequests()
			if mode == discoverytest.Aggregated {
				assert.Equal(t, 2, first, "aggregated discovery fills the cache with /api and /apis")
			} else {
				assert.Equal(t, 38, first, "/api, /apis and one request per group version")
			}

			_, err = cache.ServerGroups()
			require.NoError(t, err)
			_, err = cache.ServerResourcesForGroupVersion("apps/v1")
			require.NoError(t, err)
			_, err = cache.ServerPreferredResources()
			require.NoError(t, err)
			_, err = cache.ServerPreferredNamespacedResources()
			require.NoError(t, err)
			assert.Equal(t, first, srv.TotalRequests(), "answered from memory")

			cache.Invalidate()
			assert.False(t, cache.Fresh())
			_, err = cache.ServerGroups()
			require.NoError(t, err)
			assert.Equal(t, 2*first, srv.TotalRequests(), "refilled after Invalidate")
			assert.True(t, cache.Fresh())
		})
	}
}

func TestCacheMatchesClient(t *testing.T) {
	srv := discoverytest.New(t, testdata, discoverytest.Aggregated)
	client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	cache := NewMemCacheClient(client)
	wantPreferred, err := client.ServerPreferredResources()
	require.NoError(t, err)
	gotPreferred, err := cache.ServerPreferredResources()
	require.NoError(t, err)
	assert.Equal(t, wantPreferred, gotPreferred)
	wantGroups, err := client.ServerGroups()
	require.NoError(t, err)
	gotGroups, err := cache.ServerGroups()
	require.NoError(t, err)
	assert.Equal(t, wantGroups, gotGroups)
	v, err := cache.ServerVersion()
	require.NoError(t, err)
	assert.Equal(t, "34", v.Minor)
	assert.Same(t, client.RESTClient(), cache.RESTClient())
	assert.Equal(t, cache, cache.WithLegacy())
	assert.NotNil(t, cache.OpenAPIV3())
	assert.Same(t, cache.OpenAPIV3(), cache.OpenAPIV3(), "kept until Invalidate")
}

func TestCacheUnknownGroupVersion(t *testing.T) {
	cache, _ := newCache(t, discoverytest.Legacy)
	_, err := cache.ServerResourcesForGroupVersion("nope.io/v1")
	require.ErrorIs(t, err, ErrCacheNotFound)
	assert.Equal(t, "not found", err.Error())
}

func TestCacheTransientErrorsRetried(t *testing.T) {
	tests := []struct {
		name          string
		code          int
		wantRetried   bool
		wantPredicate func(error) bool
	}{
		{"503 is retried", http.StatusServiceUnavailable, true, apierrors.IsServiceUnavailable},
		{"500 is retried", http.StatusInternalServerError, true, apierrors.IsInternalError},
		{"429 is retried", http.StatusTooManyRequests, true, apierrors.IsTooManyRequests},
		{"404 is kept", http.StatusNotFound, false, apierrors.IsNotFound},
		{"403 is kept", http.StatusForbidden, false, apierrors.IsForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cache, srv := newCache(t, discoverytest.Legacy)
			srv.Fail("/apis/batch/v1", tt.code)
			_, _, err := cache.ServerGroupsAndResources()
			require.True(t, discovery.IsGroupDiscoveryFailedError(err), "got %v", err)
			requests := srv.Requests("/apis/batch/v1")
			srv.Fail("/apis/batch/v1", 0)
			list, err := cache.ServerResourcesForGroupVersion("batch/v1")
			if tt.wantRetried {
				require.NoError(t, err)
				assert.Equal(t, "batch/v1", list.GroupVersion)
				assert.Equal(t, requests+1, srv.Requests("/apis/batch/v1"))
				return
			}
			require.Error(t, err)
			assert.True(t, tt.wantPredicate(err), "got %v", err)
			assert.Equal(t, requests, srv.Requests("/apis/batch/v1"), "a permanent error is not asked again")
		})
	}
}

func TestCacheAggregatedStaleNotRetried(t *testing.T) {
	cache, srv := newCache(t, discoverytest.Aggregated)
	srv.MarkStale(t, "/apis", "batch", "v1")
	_, lists, err := cache.ServerGroupsAndResources()
	failed, ok := discovery.GroupDiscoveryFailedErrorGroups(err)
	require.True(t, ok, "got %v", err)
	assert.Contains(t, failed, schema.GroupVersion{Group: "batch", Version: "v1"})
	assert.Equal(t, 35, len(lists))
	_, err = cache.ServerResourcesForGroupVersion("batch/v1")
	require.ErrorContains(t, err, "stale GroupVersion discovery: batch/v1")
	assert.Equal(t, 2, srv.TotalRequests())
}

func TestCacheGroupFailureLeavesCacheInvalid(t *testing.T) {
	cache, srv := newCache(t, discoverytest.Legacy)
	srv.Fail("/apis", http.StatusInternalServerError)
	_, err := cache.ServerGroups()
	require.Error(t, err)
	assert.False(t, cache.Fresh())
	_, err = cache.ServerResourcesForGroupVersion("v1")
	require.Error(t, err)
	srv.Fail("/apis", 0)
	groups, err := cache.ServerGroups()
	require.NoError(t, err)
	assert.Equal(t, 23, len(groups.Groups))
	assert.True(t, cache.Fresh())
}

func TestCacheEmptyResponseIsAnError(t *testing.T) {
	cache, srv := newCache(t, discoverytest.Legacy)
	srv.Set("/apis/batch/v1", []byte(`{"kind":"APIResourceList","groupVersion":"batch/v1","resources":[]}`))
	_, err := cache.ServerResourcesForGroupVersion("batch/v1")
	require.EqualError(t, err, "received empty response for: batch/v1")
}

// fakeDelegate is a DiscoveryInterface that only serves ServerGroups and
// ServerResourcesForGroupVersion, counts Invalidate and can fail.
type fakeDelegate struct {
	discovery.DiscoveryInterface
	mu          sync.Mutex
	invalidated int
	err         error
	calls       int
}

func (f *fakeDelegate) ServerGroups() (*metav1.APIGroupList, error) {
	return &metav1.APIGroupList{Groups: []metav1.APIGroup{{
		Name:     "g",
		Versions: []metav1.GroupVersionForDiscovery{{GroupVersion: "g/v1", Version: "v1"}},
	}}}, nil
}

func (f *fakeDelegate) ServerResourcesForGroupVersion(gv string) (*metav1.APIResourceList, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	return &metav1.APIResourceList{GroupVersion: gv, APIResources: []metav1.APIResource{{Name: "things"}}}, nil
}

func (f *fakeDelegate) Fresh() bool { return true }

func (f *fakeDelegate) Invalidate() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.invalidated++
}

func TestCacheTransientConnectionErrors(t *testing.T) {
	tests := []struct {
		err       error
		transient bool
	}{
		{context.Canceled, true},
		{fmt.Errorf("get: %w", context.DeadlineExceeded), true},
		{fmt.Errorf("dial: %w", syscall.ECONNREFUSED), true},
		{fmt.Errorf("read: %w", syscall.ECONNRESET), true},
		{apierrors.NewTooManyRequests("slow down", 1), true},
		{apierrors.NewServiceUnavailable("down"), true},
		{apierrors.NewNotFound(schema.GroupResource{}, "x"), false},
		{errors.New("plain"), false},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			assert.Equal(t, tt.transient, isTransientError(tt.err))
			delegate := &fakeDelegate{err: tt.err}
			cache := NewMemCacheClient(delegate)
			_, err := cache.ServerResourcesForGroupVersion("g/v1")
			require.Error(t, err)
			delegate.mu.Lock()
			delegate.err = nil
			delegate.mu.Unlock()
			_, err = cache.ServerResourcesForGroupVersion("g/v1")
			assert.Equal(t, tt.transient, err == nil, "err = %v", err)
		})
	}
}

func TestCacheInvalidatesCachedDelegate(t *testing.T) {
	delegate := &fakeDelegate{}
	cache := NewMemCacheClient(delegate)
	_, err := cache.ServerGroups()
	require.NoError(t, err)
	cache.Invalidate()
	assert.Equal(t, 1, delegate.invalidated)
}

func TestCacheConcurrentUse(t *testing.T) {
	cache, srv := newCache(t, discoverytest.Legacy)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := cache.ServerGroupsAndResources()
			assert.NoError(t, err)
			if i%4 == 0 {
				cache.Invalidate()
			}
			_ = cache.Fresh()
		}()
	}
	wg.Wait()
	assert.Greater(t, srv.TotalRequests(), 0)
}
