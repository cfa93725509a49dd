package dynamic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/rest"
)

// optionsVersion is the version the option structs are encoded in.
var optionsVersion = schema.GroupVersion{Version: "v1"}

// errNameRequired is returned by the verbs that need an object name.
var errNameRequired = errors.New("name is required")

// resourceClient is the client of one resource, in one namespace when
// namespace is not empty.
type resourceClient struct {
	client    rest.Interface
	resource  schema.GroupVersionResource
	namespace string
}

var _ NamespaceableResourceInterface = &resourceClient{}

// Namespace returns a copy of the client narrowed to namespace.
func (c *resourceClient) Namespace(namespace string) ResourceInterface {
	narrowed := *c
	narrowed.namespace = namespace
	return &narrowed
}

// Create posts obj to the collection, or to obj's subresource.
func (c *resourceClient) Create(ctx context.Context, obj *unstructured.Unstructured, opts metav1.CreateOptions, subresources ...string) (*unstructured.Unstructured, error) {
	if obj == nil {
		return nil, errors.New("dynamic create: object is required")
	}
	name := ""
	if len(subresources) > 0 {
		name = obj.GetName()
		if len(name) == 0 {
			return nil, errNameRequired
		}
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return nil, err
	}
	body, err := encodeObject(obj)
	if err != nil {
		return nil, err
	}
	result := c.client.Post().
		AbsPath(c.path(name, subresources)...).
		SetHeader("Content-Type", runtime.ContentTypeJSON).
		Body(body).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeObject(result)
}

// Update puts obj to the object it names, or to its subresource.
func (c *resourceClient) Update(ctx context.Context, obj *unstructured.Unstructured, opts metav1.UpdateOptions, subresources ...string) (*unstructured.Unstructured, error) {
	if obj == nil {
		return nil, errors.New("dynamic update: object is required")
	}
	name := obj.GetName()
	if len(name) == 0 {
		return nil, errNameRequired
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return nil, err
	}
	body, err := encodeObject(obj)
	if err != nil {
		return nil, err
	}
	result := c.client.Put().
		AbsPath(c.path(name, subresources)...).
		SetHeader("Content-Type", runtime.ContentTypeJSON).
		Body(body).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeObject(result)
}

// UpdateStatus puts obj to the status subresource of the object it names.
func (c *resourceClient) UpdateStatus(ctx context.Context, obj *unstructured.Unstructured, opts metav1.UpdateOptions) (*unstructured.Unstructured, error) {
	return c.Update(ctx, obj, opts, "status")
}

// Delete deletes the named object (or subresource) with opts as the body.
func (c *resourceClient) Delete(ctx context.Context, name string, opts metav1.DeleteOptions, subresources ...string) error {
	if len(name) == 0 {
		return errNameRequired
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return err
	}
	body, err := encodeDeleteOptions(opts)
	if err != nil {
		return err
	}
	return c.client.Delete().
		AbsPath(c.path(name, subresources)...).
		SetHeader("Content-Type", runtime.ContentTypeJSON).
		Body(body).
		Do(ctx).
		Error()
}

// DeleteCollection deletes the objects listOpts select, with opts as the
// body.
func (c *resourceClient) DeleteCollection(ctx context.Context, opts metav1.DeleteOptions, listOpts metav1.ListOptions) error {
	if err := validateNamespaceAndName(c.namespace, ""); err != nil {
		return err
	}
	body, err := encodeDeleteOptions(opts)
	if err != nil {
		return err
	}
	return c.client.Delete().
		AbsPath(c.path("", nil)...).
		SetHeader("Content-Type", runtime.ContentTypeJSON).
		Body(body).
		SpecificallyVersionedParams(&listOpts, metav1.ParameterCodec, optionsVersion).
		Do(ctx).
		Error()
}

// Get returns the named object, or its subresource.
func (c *resourceClient) Get(ctx context.Context, name string, opts metav1.GetOptions, subresources ...string) (*unstructured.Unstructured, error) {
	if len(name) == 0 {
		return nil, errNameRequired
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return nil, err
	}
	result := c.client.Get().
		AbsPath(c.path(name, subresources)...).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeObject(result)
}

// List returns the objects opts select, decoding the response once,
// straight into the list.
func (c *resourceClient) List(ctx context.Context, opts metav1.ListOptions) (*unstructured.UnstructuredList, error) {
	if err := validateNamespaceAndName(c.namespace, ""); err != nil {
		return nil, err
	}
	result := c.client.Get().
		AbsPath(c.path("", nil)...).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeList(result)
}

// Watch starts a watch of the objects opts select.
func (c *resourceClient) Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error) {
	opts.Watch = true
	if err := validateNamespaceAndName(c.namespace, ""); err != nil {
		return nil, err
	}
	return c.client.Get().
		AbsPath(c.path("", nil)...).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Watch(ctx)
}

// Patch sends data, a patch of type pt, to the named object or its
// subresource.
func (c *resourceClient) Patch(ctx context.Context, name string, pt types.PatchType, data []byte, opts metav1.PatchOptions, subresources ...string) (*unstructured.Unstructured, error) {
	if len(name) == 0 {
		return nil, errNameRequired
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return nil, err
	}
	result := c.client.Patch(pt).
		AbsPath(c.path(name, subresources)...).
		Body(data).
		SpecificallyVersionedParams(&opts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeObject(result)
}

// Apply server-side applies obj to the named object or its subresource:
// a PATCH of type application/apply-patch+yaml whose body is obj's compact
// JSON.
func (c *resourceClient) Apply(ctx context.Context, name string, obj *unstructured.Unstructured, opts metav1.ApplyOptions, subresources ...string) (*unstructured.Unstructured, error) {
	if len(name) == 0 {
		return nil, errNameRequired
	}
	if err := validateNamespaceAndName(c.namespace, name); err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, errors.New("dynamic apply: object is required")
	}
	if len(obj.GetManagedFields()) > 0 {
		return nil, errors.New("cannot apply an object with managed fields already set: " +
			"remove metadata.managedFields, or extract the apply configuration of your field manager and apply that")
	}
	body, err := encodeObject(obj)
	if err != nil {
		return nil, err
	}
	patchOpts := opts.ToPatchOptions()
	result := c.client.Patch(types.ApplyPatchType).
		AbsPath(c.path(name, subresources)...).
		Body(bytes.TrimSuffix(body, []byte("\n"))).
		SpecificallyVersionedParams(&patchOpts, metav1.ParameterCodec, optionsVersion).
		Do(ctx)
	return decodeObject(result)
}

// ApplyStatus server-side applies obj to the named object's status.
func (c *resourceClient) ApplyStatus(ctx context.Context, name string, obj *unstructured.Unstructured, opts metav1.ApplyOptions) (*unstructured.Unstructured, error) {
	return c.Apply(ctx, name, obj, opts, "status")
}

// path returns the absolute path segments of the resource, of the named
// object when name is not empty, and of its subresource:
// /api/<v> or /apis/<g>/<v>, then [namespaces/<ns>/]<resource>[/<name>][/<sub>...].
func (c *resourceClient) path(name string, subresources []string) []string {
	segments := make([]string, 0, 7+len(subresources))
	if len(c.resource.Group) == 0 {
		segments = append(segments, "/api")
	} else {
		segments = append(segments, "/apis", c.resource.Group)
	}
	segments = append(segments, c.resource.Version)
	if len(c.namespace) > 0 {
		segments = append(segments, "namespaces", c.namespace)
	}
	segments = append(segments, c.resource.Resource)
	if len(name) > 0 {
		segments = append(segments, name)
	}
	return append(segments, subresources...)
}

// validateNamespaceAndName checks that namespace and name (either may be
// empty) can be path segments.
func validateNamespaceAndName(namespace, name string) error {
	if msgs := rest.IsValidPathSegmentName(namespace); len(msgs) != 0 {
		return fmt.Errorf("invalid namespace %q: %v", namespace, msgs)
	}
	if msgs := rest.IsValidPathSegmentName(name); len(msgs) != 0 {
		return fmt.Errorf("invalid resource name %q: %v", name, msgs)
	}
	return nil
}

// encodeObject returns the JSON of obj, ending in a newline.
func encodeObject(obj *unstructured.Unstructured) ([]byte, error) {
	body, err := runtime.Encode(unstructured.UnstructuredJSONScheme, obj)
	if err != nil {
		return nil, fmt.Errorf("dynamic client: encoding %s %q: %w", obj.GetKind(), obj.GetName(), err)
	}
	return body, nil
}

// encodeDeleteOptions returns the JSON body of a delete: opts as a v1
// DeleteOptions with its kind and apiVersion, ending in a newline.
func encodeDeleteOptions(opts metav1.DeleteOptions) ([]byte, error) {
	opts.Kind = "DeleteOptions"
	opts.APIVersion = "v1"
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(&opts); err != nil {
		return nil, fmt.Errorf("dynamic client: encoding delete options: %w", err)
	}
	return buf.Bytes(), nil
}
