package gentype

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/rest"
)

// objectWithMeta is what every typed client works with: a pointer to an
// API kind.
type objectWithMeta interface {
	runtime.Object
	metav1.Object
}

// Client is the typed client of one resource, namespaced to one namespace
// or cluster-wide: Get, Watch, Create, Update, UpdateStatus, Delete and
// Patch for objects of type T.
type Client[T objectWithMeta] struct {
	resource        string
	client          rest.Interface
	namespace       string
	newObject       func() T
	parameterCodec  runtime.ParameterCodec
	prefersProtobuf bool
}

// Option changes a Client as NewClient builds it.
type Option[T objectWithMeta] func(*Client[T])

// PrefersProtobuf makes the client's requests use protobuf when the REST
// client's Config left ContentType and AcceptContentTypes empty: bodies
// are sent as application/vnd.kubernetes.protobuf and the Accept header is
// "application/vnd.kubernetes.protobuf,application/json" (see
// rest.Request.UseProtobufAsDefault). Clients of skiff's built-in kinds
// (the api/ tree) prefer protobuf without this option, as the reference's
// generated clients do; custom resource clients stay JSON unless given it.
func PrefersProtobuf[T objectWithMeta]() Option[T] {
	return func(c *Client[T]) { c.prefersProtobuf = true }
}

// NewClient returns the typed client of resource (the lowercase plural,
// e.g. "pods") on client, in namespace ("" for cluster-scoped resources or
// every namespace), encoding options with parameterCodec and decoding into
// objects from emptyObjectCreator.
func NewClient[T objectWithMeta](resource string, client rest.Interface, parameterCodec runtime.ParameterCodec, namespace string, emptyObjectCreator func() T, options ...Option[T]) *Client[T] {
	c := &Client[T]{
		resource:       resource,
		client:         client,
		parameterCodec: parameterCodec,
		namespace:      namespace,
		newObject:      emptyObjectCreator,
	}
	for _, option := range options {
		option(c)
	}
	return c
}

// GetClient returns the REST client the typed client sends through.
func (c *Client[T]) GetClient() rest.Interface { return c.client }

// GetNamespace returns the namespace of the typed client, "" when it is
// cluster-wide.
func (c *Client[T]) GetNamespace() string { return c.namespace }

// request starts a request of verb for the client's resource in its
// namespace.
func (c *Client[T]) request(verb string) *rest.Request {
	return c.client.Verb(verb).
		UseProtobufAsDefaultIfPreferred(c.prefersProtobuf).
		NamespaceIfScoped(c.namespace, c.namespace != "").
		Resource(c.resource)
}

// Get returns the object called name.
func (c *Client[T]) Get(ctx context.Context, name string, options metav1.GetOptions) (T, error) {
	result := c.newObject()
	err := c.request("GET").Name(name).
		VersionedParams(&options, c.parameterCodec).
		Do(ctx).Into(result)
	return result, err
}

// Watch starts a watch of the resource; opts.TimeoutSeconds, when set,
// also bounds the request.
func (c *Client[T]) Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error) {
	opts.Watch = true
	return c.request("GET").
		VersionedParams(&opts, c.parameterCodec).
		Timeout(timeoutOf(opts.TimeoutSeconds)).
		Watch(ctx)
}

// Create creates obj and returns the object the server stored.
func (c *Client[T]) Create(ctx context.Context, obj T, opts metav1.CreateOptions) (T, error) {
	result := c.newObject()
	if isNil(obj) {
		return result, fmt.Errorf("create %s: %w", c.resource, errNilObject)
	}
	err := c.request("POST").
		VersionedParams(&opts, c.parameterCodec).
		Body(obj).
		Do(ctx).Into(result)
	return result, err
}

// Update replaces the object named by obj and returns what the server
// stored.
func (c *Client[T]) Update(ctx context.Context, obj T, opts metav1.UpdateOptions) (T, error) {
	return c.put(ctx, obj, opts, "")
}

// UpdateStatus replaces the status subresource of the object named by
// obj.
func (c *Client[T]) UpdateStatus(ctx context.Context, obj T, opts metav1.UpdateOptions) (T, error) {
	return c.put(ctx, obj, opts, "status")
}

// put sends obj with PUT to its name, or to its subresource when one is
// given.
func (c *Client[T]) put(ctx context.Context, obj T, opts metav1.UpdateOptions, subresource string) (T, error) {
	result := c.newObject()
	if isNil(obj) {
		return result, fmt.Errorf("update %s: %w", c.resource, errNilObject)
	}
	req := c.request("PUT").Name(obj.GetName())
	if subresource != "" {
		req = req.SubResource(subresource)
	}
	err := req.VersionedParams(&opts, c.parameterCodec).
		Body(obj).
		Do(ctx).Into(result)
	return result, err
}

// Delete deletes the object called name.
func (c *Client[T]) Delete(ctx context.Context, name string, opts metav1.DeleteOptions) error {
	return c.request("DELETE").Name(name).
		Body(&opts).
		Do(ctx).Error()
}

// Patch applies data of patch type pt to the object called name, or to
// its subresource, and returns the patched object.
func (c *Client[T]) Patch(ctx context.Context, name string, pt types.PatchType, data []byte, opts metav1.PatchOptions, subresources ...string) (T, error) {
	result := c.newObject()
	err := c.client.Patch(pt).
		UseProtobufAsDefaultIfPreferred(c.prefersProtobuf).
		NamespaceIfScoped(c.namespace, c.namespace != "").
		Resource(c.resource).
		Name(name).
		SubResource(subresources...).
		VersionedParams(&opts, c.parameterCodec).
		Body(data).
		Do(ctx).Into(result)
	return result, err
}

// timeoutOf turns optional TimeoutSeconds into a request timeout; zero
// means none.
func timeoutOf(seconds *int64) time.Duration {
	if seconds == nil {
		return 0
	}
	return time.Duration(*seconds) * time.Second
}

// errNilObject is returned for a nil object argument.
var errNilObject = errors.New("the object is nil")

// isNil reports whether v is nil or a nil pointer.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}
