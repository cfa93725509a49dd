package gentype

import (
	"context"
	"encoding/json"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// GetSubresource reads the subresource of the object called name (for
// example "scale") into result and returns it. Generated GetXxx methods
// call it.
func GetSubresource[T objectWithMeta, R runtime.Object](ctx context.Context, c *Client[T], name, subresource string, options metav1.GetOptions, result R) (R, error) {
	err := c.request("GET").Name(name).SubResource(subresource).
		VersionedParams(&options, c.parameterCodec).
		Do(ctx).Into(result)
	return result, err
}

// UpdateSubresource sends input with PUT to the subresource of the object
// called name and decodes the answer into result. Generated UpdateXxx
// methods call it.
func UpdateSubresource[T objectWithMeta, I, R runtime.Object](ctx context.Context, c *Client[T], name, subresource string, input I, opts metav1.UpdateOptions, result R) (R, error) {
	return sendSubresource(ctx, c, "PUT", name, subresource, input, &opts, result)
}

// CreateSubresource sends input with POST to the subresource of the object
// called name and decodes the answer into result. Generated CreateXxx
// methods call it.
func CreateSubresource[T objectWithMeta, I, R runtime.Object](ctx context.Context, c *Client[T], name, subresource string, input I, opts metav1.CreateOptions, result R) (R, error) {
	return sendSubresource(ctx, c, "POST", name, subresource, input, &opts, result)
}

// sendSubresource sends input with verb to name's subresource.
func sendSubresource[T objectWithMeta, I, R runtime.Object](ctx context.Context, c *Client[T], verb, name, subresource string, input I, opts runtime.Object, result R) (R, error) {
	if isNil(input) {
		return result, fmt.Errorf("%s %s/%s: %w", verb, c.resource, subresource, errNilObject)
	}
	err := c.request(verb).Name(name).SubResource(subresource).
		VersionedParams(opts, c.parameterCodec).
		Body(input).
		Do(ctx).Into(result)
	return result, err
}

// ApplySubresource sends input, an apply configuration, as a server-side
// apply patch to the subresource of the object called name and decodes
// the answer into result. Generated ApplyXxx methods (ApplyScale) call it.
func ApplySubresource[T objectWithMeta, C any, R runtime.Object](ctx context.Context, c *Client[T], name, subresource string, input C, opts metav1.ApplyOptions, result R) (R, error) {
	if isNil(input) {
		return result, fmt.Errorf("apply %s/%s: %w", c.resource, subresource, errNilObject)
	}
	data, err := json.Marshal(input)
	if err != nil {
		return result, fmt.Errorf("apply %s/%s %q: encoding the configuration: %w", c.resource, subresource, name, err)
	}
	patchOpts := opts.ToPatchOptions()
	err = c.client.Patch(types.ApplyPatchType).
		UseProtobufAsDefaultIfPreferred(c.prefersProtobuf).
		NamespaceIfScoped(c.namespace, c.namespace != "").
		Resource(c.resource).Name(name).SubResource(subresource).
		VersionedParams(&patchOpts, c.parameterCodec).
		Body(data).
		Do(ctx).Into(result)
	return result, err
}
