package gentype

import (
	"context"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/rest"
)

// ClientWithList is a Client that also lists and deletes collections,
// decoding lists into L.
type ClientWithList[T objectWithMeta, L runtime.Object] struct {
	*Client[T]
	alsoLister[T, L]
}

// alsoLister adds List and DeleteCollection to a Client.
type alsoLister[T objectWithMeta, L runtime.Object] struct {
	client  *Client[T]
	newList func() L
}

// NewClientWithList returns a typed client of resource with List and
// DeleteCollection; see NewClient for the other arguments.
func NewClientWithList[T objectWithMeta, L runtime.Object](resource string, client rest.Interface, parameterCodec runtime.ParameterCodec, namespace string, emptyObjectCreator func() T, emptyListCreator func() L, options ...Option[T]) *ClientWithList[T, L] {
	typed := NewClient(resource, client, parameterCodec, namespace, emptyObjectCreator, options...)
	return &ClientWithList[T, L]{
		Client:     typed,
		alsoLister: alsoLister[T, L]{client: typed, newList: emptyListCreator},
	}
}

// List returns the objects matching opts; opts.TimeoutSeconds, when set,
// also bounds the request.
func (l *alsoLister[T, L]) List(ctx context.Context, opts metav1.ListOptions) (L, error) {
	result := l.newList()
	err := l.client.request("GET").
		VersionedParams(&opts, l.client.parameterCodec).
		Timeout(timeoutOf(opts.TimeoutSeconds)).
		Do(ctx).Into(result)
	return result, err
}

// DeleteCollection deletes the objects matching listOpts.
func (l *alsoLister[T, L]) DeleteCollection(ctx context.Context, opts metav1.DeleteOptions, listOpts metav1.ListOptions) error {
	return l.client.request("DELETE").
		VersionedParams(&listOpts, l.client.parameterCodec).
		Timeout(timeoutOf(listOpts.TimeoutSeconds)).
		Body(&opts).
		Do(ctx).Error()
}
