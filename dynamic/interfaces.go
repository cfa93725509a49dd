package dynamic

import (
	"context"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// ResourceInterface is the client of one resource in one namespace (or of
// a cluster-scoped resource). The optional subresources name the
// subresource path after the object's name, such as "status" or "scale".
type ResourceInterface interface {
	// Create posts obj. With subresources, obj must carry the name of the
	// object the subresource belongs to.
	Create(ctx context.Context, obj *unstructured.Unstructured, options metav1.CreateOptions, subresources ...string) (*unstructured.Unstructured, error)
	// Update replaces the object named by obj's metadata.name.
	Update(ctx context.Context, obj *unstructured.Unstructured, options metav1.UpdateOptions, subresources ...string) (*unstructured.Unstructured, error)
	// UpdateStatus replaces the status subresource of the object named by
	// obj's metadata.name.
	UpdateStatus(ctx context.Context, obj *unstructured.Unstructured, options metav1.UpdateOptions) (*unstructured.Unstructured, error)
	// Delete deletes the named object, sending options as the body.
	Delete(ctx context.Context, name string, options metav1.DeleteOptions, subresources ...string) error
	// DeleteCollection deletes the objects listOptions select.
	DeleteCollection(ctx context.Context, options metav1.DeleteOptions, listOptions metav1.ListOptions) error
	// Get returns the named object.
	Get(ctx context.Context, name string, options metav1.GetOptions, subresources ...string) (*unstructured.Unstructured, error)
	// List returns the objects opts select, one page when opts.Limit is set.
	List(ctx context.Context, opts metav1.ListOptions) (*unstructured.UnstructuredList, error)
	// Watch streams the changes to the objects opts select; event objects
	// are *unstructured.Unstructured.
	Watch(ctx context.Context, opts metav1.ListOptions) (watch.Interface, error)
	// Patch patches the named object with data, a patch of type pt.
	Patch(ctx context.Context, name string, pt types.PatchType, data []byte, options metav1.PatchOptions, subresources ...string) (*unstructured.Unstructured, error)
	// Apply server-side applies obj to the named object.
	Apply(ctx context.Context, name string, obj *unstructured.Unstructured, options metav1.ApplyOptions, subresources ...string) (*unstructured.Unstructured, error)
	// ApplyStatus server-side applies obj to the named object's status.
	ApplyStatus(ctx context.Context, name string, obj *unstructured.Unstructured, options metav1.ApplyOptions) (*unstructured.Unstructured, error)
}

// NamespaceableResourceInterface is the client of one resource across all
// namespaces (or of a cluster-scoped resource); Namespace narrows it to one
// namespace.
type NamespaceableResourceInterface interface {
	// Namespace returns the client of the resource in namespace.
	Namespace(string) ResourceInterface
	ResourceInterface
}
