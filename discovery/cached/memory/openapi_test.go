package memory

import (
	"errors"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/discovery"
	"github.com/skiff-k8s/skiff/openapi"
)

// countingOpenAPI is an openapi.Client counting its fetches.
type countingOpenAPI struct {
	mu          sync.Mutex
	pathCalls   int
	schemaCalls int
	fail        bool
}

func (c *countingOpenAPI) Paths() (map[string]openapi.GroupVersion, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pathCalls++
	if c.fail {
		return nil, errors.New("down")
	}
	return map[string]openapi.GroupVersion{"apis/apps/v1": countingGV{c}}, nil
}

type countingGV struct{ c *countingOpenAPI }

func (g countingGV) Schema(contentType string) ([]byte, error) {
	g.c.mu.Lock()
	defer g.c.mu.Unlock()
	g.c.schemaCalls++
	if g.c.fail {
		return nil, errors.New("down")
	}
	return []byte("doc as " + contentType), nil
}

func (g countingGV) ServerRelativeURL() string { return "/openapi/v3/apis/apps/v1?hash=X" }

// openapiDelegate is a DiscoveryInterface offering only OpenAPIV3.
type openapiDelegate struct {
	discovery.DiscoveryInterface
	client *countingOpenAPI
}

func (d openapiDelegate) OpenAPIV3() openapi.Client { return d.client }

func TestOpenAPIV3Cached(t *testing.T) {
	counting := &countingOpenAPI{}
	cache := NewMemCacheClient(openapiDelegate{client: counting})
	for i := 0; i < 3; i++ {
		paths, err := cache.OpenAPIV3().Paths()
		require.NoError(t, err)
		gv := paths["apis/apps/v1"]
		assert.Equal(t, "/openapi/v3/apis/apps/v1?hash=X", gv.ServerRelativeURL())
		doc, err := gv.Schema("application/json")
		require.NoError(t, err)
		assert.Equal(t, "doc as application/json", string(doc))
		_, err = gv.Schema(openapi.ContentTypeOpenAPIV3PB)
		require.NoError(t, err)
	}
	assert.Equal(t, 1, counting.pathCalls)
	assert.Equal(t, 2, counting.schemaCalls, "once per content type")

	counting.fail = true
	cache.Invalidate()
	_, err := cache.OpenAPIV3().Paths()
	require.Error(t, err, "errors are not cached")
	counting.fail = false
	paths, err := cache.OpenAPIV3().Paths()
	require.NoError(t, err)
	counting.fail = true
	_, err = paths["apis/apps/v1"].Schema("application/json")
	require.Error(t, err)
	assert.Equal(t, 3, counting.pathCalls)
}
