package restmapper

import (
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/discovery/discoverytest"
)

// addWidgets makes the golden server list a widgets resource in apps/v1.
func addWidgets(t *testing.T, srv *discoverytest.Server) {
	t.Helper()
	data := string(srv.Get("/apis/apps/v1"))
	widget := `{"name":"widgets","singularName":"widget","namespaced":true,"kind":"Widget","verbs":["get"]},`
	data = strings.Replace(data, `"resources": [`, `"resources": [`+widget, 1)
	require.Contains(t, data, "widgets")
	srv.Set("/apis/apps/v1", []byte(data))
}

// staleCache is a CachedDiscoveryInterface over a client that reports
// itself not fresh until invalidated, like a disk cache serving old files.
type staleCache struct {
	discovery.DiscoveryInterface
	fresh       atomic.Bool
	invalidated atomic.Int32
}

func (s *staleCache) Fresh() bool { return s.fresh.Load() }

func (s *staleCache) Invalidate() {
	s.invalidated.Add(1)
	s.fresh.Store(true)
}

func TestDeferredResetsOnMissWhenNotFresh(t *testing.T) {
	srv := discoverytest.New(t, testdata, discoverytest.Legacy)
	client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
	require.NoError(t, err)
	cache := &staleCache{DiscoveryInterface: client}
	mapper := NewDeferredDiscoveryRESTMapper(cache)

	_, err = mapper.ResourceFor(gvr("", "", "pods"))
	require.NoError(t, err)
	addWidgets(t, srv)
	got, err := mapper.ResourceFor(gvr("", "", "widgets"))
	require.NoError(t, err, "a miss on a stale cache resets and finds the new resource")
	assert.Equal(t, gvr("apps", "v1", "widgets"), got)
	assert.Equal(t, int32(1), cache.invalidated.Load())

	_, err = mapper.ResourceFor(gvr("", "", "gadgets"))
	assert.True(t, meta.IsNoMatchError(err), "got %v", err)
	assert.Equal(t, int32(1), cache.invalidated.Load(), "a fresh cache is not reset on a miss")
}

func TestDeferredEveryMethodRetries(t *testing.T) {
	calls := map[string]func(m *DeferredDiscoveryRESTMapper) error{
		"KindFor": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.KindFor(gvr("", "", "widgets"))
			return err
		},
		"KindsFor": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.KindsFor(gvr("", "", "widgets"))
			return err
		},
		"ResourcesFor": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.ResourcesFor(gvr("", "", "widgets"))
			return err
		},
		"RESTMapping": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.RESTMapping(schema.GroupKind{Group: "apps", Kind: "Widget"})
			return err
		},
		"RESTMappings": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.RESTMappings(schema.GroupKind{Group: "apps", Kind: "Widget"})
			return err
		},
		"ResourceSingularizer": func(m *DeferredDiscoveryRESTMapper) error {
			_, err := m.ResourceSingularizer("widgets")
			return err
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			srv := discoverytest.New(t, testdata, discoverytest.Legacy)
			client, err := discovery.NewDiscoveryClientForConfig(srv.Config())
			require.NoError(t, err)
			cache := &staleCache{DiscoveryInterface: client}
			mapper := NewDeferredDiscoveryRESTMapper(cache)
			_, err = mapper.KindFor(gvr("", "", "pods"))
			require.NoError(t, err)
			addWidgets(t, srv)
			require.NoError(t, call(mapper))
		})
	}
}

func TestDeferredWithFreshMemoryCacheNeedsReset(t *testing.T) {
	mapper, cache, srv := goldenMapper(t, discoverytest.Legacy)
	_, err := mapper.KindFor(gvr("", "", "pods"))
	require.NoError(t, err)
	addWidgets(t, srv)
	_, err = mapper.KindFor(gvr("", "", "widgets"))
	assert.True(t, meta.IsNoMatchError(err), "a filled memory cache is fresh, so a miss stays a miss: %v", err)
	mapper.Reset()
	assert.False(t, cache.Fresh(), "Reset invalidates the cache")
	got, err := mapper.KindFor(gvr("", "", "widgets"))
	require.NoError(t, err)
	assert.Equal(t, gvk("apps", "v1", "Widget"), got)
	meta.MaybeResetRESTMapper(mapper)
	assert.False(t, cache.Fresh(), "the mapper is a ResettableRESTMapper")
}

func TestDeferredDiscoveryError(t *testing.T) {
	mapper, _, srv := goldenMapper(t, discoverytest.Legacy)
	srv.Fail("/apis", http.StatusInternalServerError)
	_, err := mapper.KindFor(gvr("", "", "pods"))
	require.Error(t, err)
	assert.Contains(t, mapper.String(), "DeferredDiscoveryRESTMapper{")
	srv.Fail("/apis", 0)
	_, err = mapper.KindFor(gvr("", "", "pods"))
	require.NoError(t, err, "a failed discovery is tried again on the next lookup")
}

func TestDeferredConcurrentUse(t *testing.T) {
	mapper, _, _ := goldenMapper(t, discoverytest.Aggregated)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%3 == 0 {
				mapper.Reset()
			}
			_, err := mapper.ResourceFor(gvr("", "", "deployments"))
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
}
