package meta

import (
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	utilerrors "github.com/skiff-k8s/skiff/apimachinery/util/errors"
)

// FirstHitRESTMapper is a MultiRESTMapper whose ResourceFor, KindFor and
// RESTMapping return the first mapper's successful answer instead of
// merging.
type FirstHitRESTMapper struct {
	MultiRESTMapper
}

var _ ResettableRESTMapper = FirstHitRESTMapper{}

// String lists the mappers.
func (m FirstHitRESTMapper) String() string {
	return fmt.Sprintf("FirstHitRESTMapper{\n\t%v\n}", m.MultiRESTMapper)
}

// ResourceFor returns the first resource a mapper finds.
func (m FirstHitRESTMapper) ResourceFor(resource schema.GroupVersionResource) (schema.GroupVersionResource, error) {
	var errs []error
	for _, t := range m.MultiRESTMapper {
		ret, err := t.ResourceFor(resource)
		if err == nil {
			return ret, nil
		}
		errs = append(errs, err)
	}
	return schema.GroupVersionResource{}, collapseAggregateErrors(errs)
}

// KindFor returns the first kind a mapper finds.
func (m FirstHitRESTMapper) KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error) {
	var errs []error
	for _, t := range m.MultiRESTMapper {
		ret, err := t.KindFor(resource)
		if err == nil {
			return ret, nil
		}
		errs = append(errs, err)
	}
	return schema.GroupVersionKind{}, collapseAggregateErrors(errs)
}

// RESTMapping returns the first mapping a mapper finds.
func (m FirstHitRESTMapper) RESTMapping(gk schema.GroupKind, versions ...string) (*RESTMapping, error) {
	var errs []error
	for _, t := range m.MultiRESTMapper {
		ret, err := t.RESTMapping(gk, versions...)
		if err == nil {
			return ret, nil
		}
		errs = append(errs, err)
	}
	return nil, collapseAggregateErrors(errs)
}

// Reset resets every mapper that can be reset.
func (m FirstHitRESTMapper) Reset() {
	m.MultiRESTMapper.Reset()
}

// collapseAggregateErrors returns nil for no errors, the error for one, the
// first when all are no-match errors, and an aggregate otherwise.
func collapseAggregateErrors(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	if len(errs) == 1 {
		return errs[0]
	}
	for _, err := range errs {
		if !IsNoMatchError(err) {
			return utilerrors.NewAggregate(errs)
		}
	}
	return errs[0]
}
