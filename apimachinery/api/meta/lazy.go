package meta

import (
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// lazyObject is a RESTMapper that builds its delegate on first use.
type lazyObject struct {
	loader func() (RESTMapper, error)

	lock   sync.Mutex
	loaded bool
	err    error
	mapper RESTMapper
}

var _ ResettableRESTMapper = &lazyObject{}

// NewLazyRESTMapperLoader returns a RESTMapper that calls fn on first use
// and delegates to the mapper it returns. fn runs once; its error is
// returned by every call.
func NewLazyRESTMapperLoader(fn func() (RESTMapper, error)) RESTMapper {
	return &lazyObject{loader: fn}
}

func (o *lazyObject) init() error {
	o.lock.Lock()
	defer o.lock.Unlock()
	if o.loaded {
		return o.err
	}
	o.mapper, o.err = o.loader()
	o.loaded = true
	return o.err
}

func (o *lazyObject) KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	if err := o.init(); err != nil {
		return schema.GroupVersionKind{}, err
	}
	return o.mapper.KindFor(resource)
}

func (o *lazyObject) KindsFor(resource schema.GroupVersionResource) ([]schema.GroupVersionKind, error) {
	if err := o.init(); err != nil {
		return nil, err
	}
	return o.mapper.KindsFor(resource)
}

func (o *lazyObject) ResourceFor(input schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	if err := o.init(); err != nil {
		return schema.GroupVersionResource{}, err
	}
	return o.mapper.ResourceFor(input)
}

func (o *lazyObject) ResourcesFor(input schema.GroupVersionResource) ([]schema.GroupVersionResource, error) {
	if err := o.init(); err != nil {
		return nil, err
	}
	return o.mapper.ResourcesFor(input)
}

func (o *lazyObject) RESTMapping(gk schema.GroupKind, versions ...string) (*RESTMapping, error) {
	if err := o.init(); err != nil {
		return nil, err
	}
	return o.mapper.RESTMapping(gk, versions...)
}

func (o *lazyObject) RESTMappings(gk schema.GroupKind, versions ...string) ([]*RESTMapping, error) {
	if err := o.init(); err != nil {
		return nil, err
	}
	return o.mapper.RESTMappings(gk, versions...)
}

func (o *lazyObject) ResourceSingularizer(resource string) (string, error) {
	if err := o.init(); err != nil {
		return "", err
	}
	return o.mapper.ResourceSingularizer(resource)
}

// Reset resets the loaded mapper, if it loaded and can be reset.
func (o *lazyObject) Reset() {
	o.lock.Lock()
	defer o.lock.Unlock()
	if o.loaded && o.err == nil {
		MaybeResetRESTMapper(o.mapper)
	}
}
