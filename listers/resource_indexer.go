package listers

import (
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// ResourceIndexer lists and gets the objects of type T held in a
// cache.Indexer, in one namespace or (the zero namespace) in all of them.
// Its zero value is not usable; build one with New or NewNamespaced.
type ResourceIndexer[T runtime.Object] struct {
	indexer   cache.Indexer
	resource  schema.GroupResource
	namespace string
}

// New returns a ResourceIndexer over every object of indexer; resource
// names the objects in NotFound errors.
func New[T runtime.Object](indexer cache.Indexer, resource schema.GroupResource) ResourceIndexer[T] {
	return ResourceIndexer[T]{indexer: indexer, resource: resource}
}

// NewNamespaced returns parent narrowed to namespace: List returns only
// the objects in namespace and Get looks names up there.
func NewNamespaced[T runtime.Object](parent ResourceIndexer[T], namespace string) ResourceIndexer[T] {
	return ResourceIndexer[T]{indexer: parent.indexer, resource: parent.resource, namespace: namespace}
}

// List returns the objects whose labels match selector (a nil selector
// matches everything). An object in the indexer that is not a T is an
// error.
func (l ResourceIndexer[T]) List(selector labels.Selector) (ret []T, err error) {
	var bad interface{}
	appendFn := func(item interface{}) {
		if obj, ok := item.(T); ok {
			ret = append(ret, obj)
		} else if bad == nil {
			bad = item
		}
	}
	if l.namespace == metav1.NamespaceAll {
		err = cache.ListAll(l.indexer, selector, appendFn)
	} else {
		err = cache.ListAllByNamespace(l.indexer, l.namespace, selector, appendFn)
	}
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", l.resource, err)
	}
	if bad != nil {
		return nil, fmt.Errorf("listing %s: the indexer holds a %T, want %T", l.resource, bad, *new(T))
	}
	return ret, nil
}

// Get returns the object called name (in the lister's namespace, if it
// has one). A missing object gives a NotFound error of the lister's
// resource; an indexer entry that is not a T is an error too.
func (l ResourceIndexer[T]) Get(name string) (T, error) {
	var zero T
	key := name
	if l.namespace != metav1.NamespaceAll {
		key = l.namespace + "/" + name
	}
	item, exists, err := l.indexer.GetByKey(key)
	if err != nil {
		return zero, fmt.Errorf("getting %s %q: %w", l.resource, key, err)
	}
	if !exists {
		return zero, apierrors.NewNotFound(l.resource, name)
	}
	obj, ok := item.(T)
	if !ok {
		return zero, fmt.Errorf("getting %s %q: the indexer holds a %T, want %T", l.resource, key, item, zero)
	}
	return obj, nil
}
