package informer

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// GenericInformer gives the informer of a resource and a lister over its
// indexer that returns runtime.Objects.
type GenericInformer interface {
	Informer() cache.SharedIndexInformer
	Lister() cache.GenericLister
}

// generic is the GenericInformer of one informer.
type generic struct {
	informer cache.SharedIndexInformer
	resource schema.GroupResource
}

// Informer returns the informer.
func (g *generic) Informer() cache.SharedIndexInformer { return g.informer }

// Lister returns a GenericLister over the informer's indexer.
func (g *generic) Lister() cache.GenericLister {
	return cache.NewGenericLister(g.informer.GetIndexer(), g.resource)
}

// ForResource returns the GenericInformer of resource: table maps each
// resource a factory f knows to the function returning f's informer of
// it. An unknown resource is an error.
func ForResource[F any](f F, table map[schema.GroupVersionResource]func(F) cache.SharedIndexInformer,
	resource schema.GroupVersionResource) (GenericInformer, error) {
	get, ok := table[resource]
	if !ok {
		return nil, fmt.Errorf("no informer found for %v", resource)
	}
	return &generic{informer: get(f), resource: resource.GroupResource()}, nil
}
