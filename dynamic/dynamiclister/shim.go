package dynamiclister

import (
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/tools/cache"
)

// NewRuntimeObjectShim returns a cache.GenericLister over lister, whose
// objects are returned as runtime.Object (each an
// *unstructured.Unstructured).
func NewRuntimeObjectShim(lister Lister) cache.GenericLister {
	return &shim{lister: lister}
}

type shim struct {
	lister Lister
}

// List returns the objects matching selector.
func (s *shim) List(selector labels.Selector) ([]runtime.Object, error) {
	items, err := s.lister.List(selector)
	if err != nil {
		return nil, err
	}
	return toObjects(items), nil
}

// Get returns the cluster-scoped object called name.
func (s *shim) Get(name string) (runtime.Object, error) {
	return asObject(s.lister.Get(name))
}

// ByNamespace returns a lister of namespace.
func (s *shim) ByNamespace(namespace string) cache.GenericNamespaceLister {
	return &namespaceShim{lister: s.lister.Namespace(namespace)}
}

type namespaceShim struct {
	lister NamespaceLister
}

// List returns the namespace's objects matching selector.
func (s *namespaceShim) List(selector labels.Selector) ([]runtime.Object, error) {
	items, err := s.lister.List(selector)
	if err != nil {
		return nil, err
	}
	return toObjects(items), nil
}

// Get returns the namespace's object called name.
func (s *namespaceShim) Get(name string) (runtime.Object, error) {
	return asObject(s.lister.Get(name))
}

// asObject returns u as a runtime.Object, or a nil Object (not one holding
// a nil pointer) with err.
func asObject(u *unstructured.Unstructured, err error) (runtime.Object, error) {
	if err != nil {
		return nil, err
	}
	return u, nil
}

// toObjects returns items as runtime.Objects.
func toObjects[T runtime.Object](items []T) []runtime.Object {
	if items == nil {
		return nil
	}
	ret := make([]runtime.Object, len(items))
	for i, item := range items {
		ret[i] = item
	}
	return ret
}
