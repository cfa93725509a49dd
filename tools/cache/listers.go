package cache

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// AppendFunc receives each object a ListAll call selects.
type AppendFunc func(interface{})

// ListAll calls appendFn with every object of store whose labels match
// selector; a nil or empty selector selects everything without reading
// labels.
func ListAll(store Store, selector labels.Selector, appendFn AppendFunc) error {
	return appendMatching(store.List(), selector, appendFn)
}

// ListAllByNamespace calls appendFn with every object of indexer in
// namespace whose labels match selector. It reads the namespace index; an
// indexer without one is scanned instead. metav1.NamespaceAll lists every
// namespace.
func ListAllByNamespace(indexer Indexer, namespace string, selector labels.Selector, appendFn AppendFunc) error {
	if namespace == metav1.NamespaceAll {
		return ListAll(indexer, selector, appendFn)
	}
	items, err := indexer.Index(NamespaceIndex, &metav1.ObjectMeta{Namespace: namespace})
	if err != nil {
		items, err = scanNamespace(indexer.List(), namespace)
		if err != nil {
			return err
		}
	}
	return appendMatching(items, selector, appendFn)
}

// scanNamespace returns the items in namespace.
func scanNamespace(all []interface{}, namespace string) ([]interface{}, error) {
	var items []interface{}
	for _, item := range all {
		m, err := meta.Accessor(item)
		if err != nil {
			return nil, fmt.Errorf("listing namespace %q: %w", namespace, accessorError(err))
		}
		if m.GetNamespace() == namespace {
			items = append(items, item)
		}
	}
	return items, nil
}

// appendMatching calls appendFn with each item whose labels match
// selector.
func appendMatching(items []interface{}, selector labels.Selector, appendFn AppendFunc) error {
	selectAll := selector == nil || selector.Empty()
	for _, item := range items {
		if selectAll {
			appendFn(item)
			continue
		}
		m, err := meta.Accessor(item)
		if err != nil {
			return fmt.Errorf("listing by label selector %q: %w", selector.String(), accessorError(err))
		}
		if selector.Matches(labels.Set(m.GetLabels())) {
			appendFn(item)
		}
	}
	return nil
}

// GenericLister lists and gets the objects of one resource from an
// Indexer.
type GenericLister interface {
	// List returns the objects whose labels match selector.
	List(selector labels.Selector) (ret []runtime.Object, err error)
	// Get returns the cluster-scoped object called name, or a NotFound
	// error.
	Get(name string) (runtime.Object, error)
	// ByNamespace returns a lister of one namespace.
	ByNamespace(namespace string) GenericNamespaceLister
}

// GenericNamespaceLister lists and gets the objects of one resource in one
// namespace.
type GenericNamespaceLister interface {
	// List returns the objects of the namespace whose labels match
	// selector.
	List(selector labels.Selector) (ret []runtime.Object, err error)
	// Get returns the object of the namespace called name, or a NotFound
	// error.
	Get(name string) (runtime.Object, error)
}

// NewGenericLister returns a GenericLister over indexer; resource names
// the resource in NotFound errors.
func NewGenericLister(indexer Indexer, resource schema.GroupResource) GenericLister {
	return &genericLister{indexer: indexer, resource: resource}
}

type genericLister struct {
	indexer  Indexer
	resource schema.GroupResource
}

func (l *genericLister) List(selector labels.Selector) (ret []runtime.Object, err error) {
	err = ListAll(l.indexer, selector, appendObject(&ret))
	return ret, err
}

func (l *genericLister) Get(name string) (runtime.Object, error) {
	return getObject(l.indexer, l.resource, name, name)
}

func (l *genericLister) ByNamespace(namespace string) GenericNamespaceLister {
	return &genericNamespaceLister{indexer: l.indexer, namespace: namespace, resource: l.resource}
}

type genericNamespaceLister struct {
	indexer   Indexer
	namespace string
	resource  schema.GroupResource
}

func (l *genericNamespaceLister) List(selector labels.Selector) (ret []runtime.Object, err error) {
	err = ListAllByNamespace(l.indexer, l.namespace, selector, appendObject(&ret))
	return ret, err
}

func (l *genericNamespaceLister) Get(name string) (runtime.Object, error) {
	return getObject(l.indexer, l.resource, NewObjectName(l.namespace, name).String(), name)
}

// appendObject returns an AppendFunc collecting runtime.Objects into ret;
// other values are skipped.
func appendObject(ret *[]runtime.Object) AppendFunc {
	return func(m interface{}) {
		if obj, ok := m.(runtime.Object); ok {
			*ret = append(*ret, obj)
		}
	}
}

// getObject returns the object under key, or a NotFound error for name.
func getObject(indexer Indexer, resource schema.GroupResource, key, name string) (runtime.Object, error) {
	item, exists, err := indexer.GetByKey(key)
	if err != nil {
		return nil, fmt.Errorf("getting %s %q from the cache: %w", resource.String(), key, err)
	}
	if !exists {
		return nil, errors.NewNotFound(resource, name)
	}
	obj, ok := item.(runtime.Object)
	if !ok {
		return nil, fmt.Errorf("getting %s %q from the cache: stored %T is not a runtime.Object", resource.String(), key, item)
	}
	return obj, nil
}
