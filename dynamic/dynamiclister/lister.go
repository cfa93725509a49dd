package dynamiclister

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// Lister lists and gets the objects of one resource from an indexer.
type Lister interface {
	// List returns the objects, of every namespace, whose labels match
	// selector.
	List(selector labels.Selector) (ret []*unstructured.Unstructured, err error)
	// Get returns the cluster-scoped object called name, or a NotFound
	// error.
	Get(name string) (*unstructured.Unstructured, error)
	// Namespace returns a lister of the objects in namespace.
	Namespace(namespace string) NamespaceLister
}

// NamespaceLister lists and gets the objects of one resource in one
// namespace.
type NamespaceLister interface {
	// List returns the objects of the namespace whose labels match
	// selector.
	List(selector labels.Selector) (ret []*unstructured.Unstructured, err error)
	// Get returns the object of the namespace called name, or a NotFound
	// error.
	Get(name string) (*unstructured.Unstructured, error)
}

// New returns a Lister of the objects of resource gvr held by indexer,
// which must key objects by cache.MetaNamespaceKeyFunc. The namespace
// index (cache.NamespaceIndex), when indexer has one, serves namespaced
// lists.
func New(indexer cache.Indexer, gvr schema.GroupVersionResource) Lister {
	return &dynamicLister{indexer: indexer, gvr: gvr}
}

type dynamicLister struct {
	indexer cache.Indexer
	gvr     schema.GroupVersionResource
}

// List returns the cached objects matching selector.
func (l *dynamicLister) List(selector labels.Selector) (ret []*unstructured.Unstructured, err error) {
	err = cache.ListAll(l.indexer, selector, appendUnstructured(&ret))
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", l.gvr.String(), err)
	}
	return ret, nil
}

// Get returns the cluster-scoped object called name.
func (l *dynamicLister) Get(name string) (*unstructured.Unstructured, error) {
	return get(l.indexer, l.gvr, name, name)
}

// Namespace returns a lister of namespace.
func (l *dynamicLister) Namespace(namespace string) NamespaceLister {
	return &dynamicNamespaceLister{indexer: l.indexer, namespace: namespace, gvr: l.gvr}
}

type dynamicNamespaceLister struct {
	indexer   cache.Indexer
	namespace string
	gvr       schema.GroupVersionResource
}

// List returns the namespace's cached objects matching selector.
func (l *dynamicNamespaceLister) List(selector labels.Selector) (ret []*unstructured.Unstructured, err error) {
	err = cache.ListAllByNamespace(l.indexer, l.namespace, selector, appendUnstructured(&ret))
	if err != nil {
		return nil, fmt.Errorf("listing %s in namespace %q: %w", l.gvr.String(), l.namespace, err)
	}
	return ret, nil
}

// Get returns the namespace's object called name.
func (l *dynamicNamespaceLister) Get(name string) (*unstructured.Unstructured, error) {
	return get(l.indexer, l.gvr, cache.NewObjectName(l.namespace, name).String(), name)
}

// appendUnstructured returns a cache.AppendFunc collecting the
// *unstructured.Unstructured objects into ret; other values are skipped.
func appendUnstructured(ret *[]*unstructured.Unstructured) cache.AppendFunc {
	return func(obj interface{}) {
		if u, ok := obj.(*unstructured.Unstructured); ok {
			*ret = append(*ret, u)
		}
	}
}

// get returns the object stored under key, or a NotFound error for name.
func get(indexer cache.Indexer, gvr schema.GroupVersionResource, key, name string) (*unstructured.Unstructured, error) {
	obj, exists, err := indexer.GetByKey(key)
	if err != nil {
		return nil, fmt.Errorf("getting %s %q from the cache: %w", gvr.GroupResource().String(), key, err)
	}
	if !exists {
		return nil, errors.NewNotFound(gvr.GroupResource(), name)
	}
	u, ok := obj.(*unstructured.Unstructured)
	if !ok {
		return nil, fmt.Errorf("getting %s %q from the cache: stored %T is not an *unstructured.Unstructured", gvr.GroupResource().String(), key, obj)
	}
	return u, nil
}
