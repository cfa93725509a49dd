package gentype

import (
	"context"
	"encoding/json"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/rest"
)

// namedObject is an apply configuration: a partial object that knows its
// name.
type namedObject interface {
	GetName() *string
}

// ClientWithApply is a Client that also applies configurations of type C
// with server-side apply.
type ClientWithApply[T objectWithMeta, C namedObject] struct {
	*Client[T]
	alsoApplier[T, C]
}

// ClientWithListAndApply is a Client with both List/DeleteCollection and
// Apply/ApplyStatus.
type ClientWithListAndApply[T objectWithMeta, L runtime.Object, C namedObject] struct {
	*Client[T]
	alsoLister[T, L]
	alsoApplier[T, C]
}

// alsoApplier adds Apply and ApplyStatus to a Client.
type alsoApplier[T objectWithMeta, C namedObject] struct {
	client *Client[T]
}

// NewClientWithApply returns a typed client of resource with Apply and
// ApplyStatus; see NewClient for the arguments.
func NewClientWithApply[T objectWithMeta, C namedObject](resource string, client rest.Interface, parameterCodec runtime.ParameterCodec, namespace string, emptyObjectCreator func() T, options ...Option[T]) *ClientWithApply[T, C] {
	typed := NewClient(resource, client, parameterCodec, namespace, emptyObjectCreator, options...)
	return &ClientWithApply[T, C]{Client: typed, alsoApplier: alsoApplier[T, C]{client: typed}}
}

// NewClientWithListAndApply returns a typed client of resource with List,
// DeleteCollection, Apply and ApplyStatus; see NewClient and
// NewClientWithList for the arguments.
func NewClientWithListAndApply[T objectWithMeta, L runtime.Object, C namedObject](resource string, client rest.Interface, parameterCodec runtime.ParameterCodec, namespace string, emptyObjectCreator func() T, emptyListCreator func() L, options ...Option[T]) *ClientWithListAndApply[T, L, C] {
	typed := NewClient(resource, client, parameterCodec, namespace, emptyObjectCreator, options...)
	return &ClientWithListAndApply[T, L, C]{
		Client:      typed,
		alsoLister:  alsoLister[T, L]{client: typed, newList: emptyListCreator},
		alsoApplier: alsoApplier[T, C]{client: typed},
	}
}

// Apply sends obj as a server-side apply patch and returns the object the
// server stored. opts.FieldManager is required by the server.
func (a *alsoApplier[T, C]) Apply(ctx context.Context, obj C, opts metav1.ApplyOptions) (T, error) {
	return a.apply(ctx, obj, opts)
}

// ApplyStatus is Apply for the status subresource.
func (a *alsoApplier[T, C]) ApplyStatus(ctx context.Context, obj C, opts metav1.ApplyOptions) (T, error) {
	return a.apply(ctx, obj, opts, "status")
}

// apply encodes obj as JSON and patches it, or its subresource, with the
// apply patch type.
func (a *alsoApplier[T, C]) apply(ctx context.Context, obj C, opts metav1.ApplyOptions, subresources ...string) (T, error) {
	c := a.client
	if isNil(obj) {
		return c.newObject(), fmt.Errorf("apply %s: %w", c.resource, errNilObject)
	}
	name := obj.GetName()
	if name == nil {
		return c.newObject(), fmt.Errorf("apply %s: the configuration has no name", c.resource)
	}
	data, err := json.Marshal(obj)
	if err != nil {
		return c.newObject(), fmt.Errorf("apply %s %q: encoding the configuration: %w", c.resource, *name, err)
	}
	return c.Patch(ctx, *name, types.ApplyPatchType, data, opts.ToPatchOptions(), subresources...)
}
