package memory

import (
	"sync"

	"github.com/skiff-k8s/skiff/openapi"
)

// cachedOpenAPI is an openapi.Client remembering the paths and every
// document it fetched.
type cachedOpenAPI struct {
	delegate openapi.Client

	mu    sync.Mutex
	paths map[string]openapi.GroupVersion
}

// Paths returns the delegate's paths, fetched once; each document is
// fetched once per content type.
func (c *cachedOpenAPI) Paths() (map[string]openapi.GroupVersion, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.paths != nil {
		return c.paths, nil
	}
	paths, err := c.delegate.Paths()
	if err != nil {
		return nil, err
	}
	c.paths = make(map[string]openapi.GroupVersion, len(paths))
	for path, gv := range paths {
		c.paths[path] = &cachedGroupVersion{delegate: gv, docs: map[string][]byte{}}
	}
	return c.paths, nil
}

// cachedGroupVersion is an openapi.GroupVersion remembering its documents.
type cachedGroupVersion struct {
	delegate openapi.GroupVersion

	mu   sync.Mutex
	docs map[string][]byte
}

// Schema returns the document in contentType, fetched once.
func (g *cachedGroupVersion) Schema(contentType string) ([]byte, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if doc, ok := g.docs[contentType]; ok {
		return doc, nil
	}
	doc, err := g.delegate.Schema(contentType)
	if err != nil {
		return nil, err
	}
	g.docs[contentType] = doc
	return doc, nil
}

// ServerRelativeURL returns the delegate's URL.
func (g *cachedGroupVersion) ServerRelativeURL() string {
	return g.delegate.ServerRelativeURL()
}
