package restmapper

import (
	"fmt"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/discovery"
)

// DeferredDiscoveryRESTMapper is a RESTMapper that reads discovery on first
// use. When a lookup fails while the discovery cache is not fresh, it
// resets (invalidating the cache) and tries again.
type DeferredDiscoveryRESTMapper struct {
	initMu   sync.Mutex
	delegate meta.RESTMapper
	cl       discovery.CachedDiscoveryInterface
}

var _ meta.ResettableRESTMapper = &DeferredDiscoveryRESTMapper{}

// NewDeferredDiscoveryRESTMapper returns a DeferredDiscoveryRESTMapper over
// cl.
func NewDeferredDiscoveryRESTMapper(cl discovery.CachedDiscoveryInterface) *DeferredDiscoveryRESTMapper {
	return &DeferredDiscoveryRESTMapper{cl: cl}
}

// getDelegate returns the mapper of the current discovery, building it on
// first use.
func (d *DeferredDiscoveryRESTMapper) getDelegate() (meta.RESTMapper, error) {
	d.initMu.Lock()
	defer d.initMu.Unlock()
	if d.delegate != nil {
		return d.delegate, nil
	}
	groupResources, err := GetAPIGroupResources(d.cl)
	if err != nil {
		return nil, err
	}
	d.delegate = NewDiscoveryRESTMapper(groupResources)
	return d.delegate, nil
}

// Reset invalidates the discovery cache and drops the mapper; the next
// lookup reads discovery again.
func (d *DeferredDiscoveryRESTMapper) Reset() {
	d.initMu.Lock()
	defer d.initMu.Unlock()
	d.cl.Invalidate()
	d.delegate = nil
}

// retry runs lookup against the mapper and, when it fails while the
// discovery cache is not fresh, resets and runs it once more. (A cache that
// never turns fresh thus costs one extra discovery, not an endless loop.)
func (d *DeferredDiscoveryRESTMapper) retry(lookup func(meta.RESTMapper) error) error {
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		var del meta.RESTMapper
		if del, err = d.getDelegate(); err != nil {
			return err
		}
		if err = lookup(del); err == nil || d.cl.Fresh() {
			return err
		}
		if attempt == 0 {
			d.Reset()
		}
	}
	return err
}

// KindFor returns the kind of resource.
func (d *DeferredDiscoveryRESTMapper) KindFor(resource schema.GroupVersionResource) (gvk schema.GroupVersionKind, err error) {
	err = d.retry(func(m meta.RESTMapper) error {
		gvk, err = m.KindFor(resource)
		return err
	})
	return gvk, err
}

// KindsFor returns every kind resource may mean.
func (d *DeferredDiscoveryRESTMapper) KindsFor(resource schema.GroupVersionResource) (gvks []schema.GroupVersionKind, err error) {
	err = d.retry(func(m meta.RESTMapper) error {
		gvks, err = m.KindsFor(resource)
		return err
	})
	return gvks, err
}

// ResourceFor returns the resource input means.
func (d *DeferredDiscoveryRESTMapper) ResourceFor(input schema.GroupVersionResource) (gvr schema.GroupVersionResource, err error) {
	err = d.retry(func(m meta.RESTMapper) error {
		gvr, err = m.ResourceFor(input)
		return err
	})
	return gvr, err
}

// ResourcesFor returns every resource input may mean.
func (d *DeferredDiscoveryRESTMapper) ResourcesFor(input schema.GroupVersionResource) (gvrs []schema.GroupVersionResource, err error) {
	err = d.retry(func(m meta.RESTMapper) error {
		gvrs, err = m.ResourcesFor(input)
		return err
	})
	return gvrs, err
}

// RESTMapping returns the mapping of gk in the first of versions served,
// or its preferred version.
func (d *DeferredDiscoveryRESTMapper) RESTMapping(gk schema.GroupKind, versions ...string) (m *meta.RESTMapping, err error) {
	err = d.retry(func(del meta.RESTMapper) error {
		m, err = del.RESTMapping(gk, versions...)
		return err
	})
	return m, err
}

// RESTMappings returns the mappings of gk in versions, or in every
// version.
func (d *DeferredDiscoveryRESTMapper) RESTMappings(gk schema.GroupKind, versions ...string) (ms []*meta.RESTMapping, err error) {
	err = d.retry(func(del meta.RESTMapper) error {
		ms, err = del.RESTMappings(gk, versions...)
		return err
	})
	return ms, err
}

// ResourceSingularizer returns the singular form of resource.
func (d *DeferredDiscoveryRESTMapper) ResourceSingularizer(resource string) (singular string, err error) {
	err = d.retry(func(m meta.RESTMapper) error {
		singular, err = m.ResourceSingularizer(resource)
		return err
	})
	return singular, err
}

// String describes the mapper, or the error reading discovery.
func (d *DeferredDiscoveryRESTMapper) String() string {
	del, err := d.getDelegate()
	if err != nil {
		return fmt.Sprintf("DeferredDiscoveryRESTMapper{%v}", err)
	}
	return fmt.Sprintf("DeferredDiscoveryRESTMapper{\n\t%v\n}", del)
}
