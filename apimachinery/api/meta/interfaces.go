package meta

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// ListMetaAccessor is implemented by lists that hand out their list
// metadata.
type ListMetaAccessor interface {
	// GetListMeta returns the list's metadata.
	GetListMeta() List
}

// List is the read/write view of a list's metadata; it has the methods of
// metav1.ListInterface.
type List interface {
	// GetResourceVersion returns the list's resource version.
	GetResourceVersion() string
	// SetResourceVersion sets the list's resource version.
	SetResourceVersion(version string)
	// GetSelfLink returns the list's self link.
	GetSelfLink() string
	// SetSelfLink sets the list's self link.
	SetSelfLink(selfLink string)
	// GetContinue returns the token for the next page.
	GetContinue() string
	// SetContinue sets the token for the next page.
	SetContinue(c string)
	// GetRemainingItemCount returns how many items remain after this page.
	GetRemainingItemCount() *int64
	// SetRemainingItemCount sets how many items remain after this page.
	SetRemainingItemCount(c *int64)
}

// Type is the read/write view of an object's apiVersion and kind.
type Type interface {
	// GetAPIVersion returns the apiVersion.
	GetAPIVersion() string
	// SetAPIVersion sets the apiVersion.
	SetAPIVersion(version string)
	// GetKind returns the kind.
	GetKind() string
	// SetKind sets the kind.
	SetKind(kind string)
}

// MetadataAccessor reads and writes common metadata of any object, failing
// when the object does not carry the metadata asked for.
type MetadataAccessor interface {
	// APIVersion returns obj's apiVersion.
	APIVersion(obj runtime.Object) (string, error)
	// SetAPIVersion sets obj's apiVersion.
	SetAPIVersion(obj runtime.Object, version string) error

	// Kind returns obj's kind.
	Kind(obj runtime.Object) (string, error)
	// SetKind sets obj's kind.
	SetKind(obj runtime.Object, kind string) error

	// Namespace returns obj's namespace.
	Namespace(obj runtime.Object) (string, error)
	// SetNamespace sets obj's namespace.
	SetNamespace(obj runtime.Object, namespace string) error

	// Name returns obj's name.
	Name(obj runtime.Object) (string, error)
	// SetName sets obj's name.
	SetName(obj runtime.Object, name string) error

	// GenerateName returns obj's generateName.
	GenerateName(obj runtime.Object) (string, error)
	// SetGenerateName sets obj's generateName.
	SetGenerateName(obj runtime.Object, name string) error

	// UID returns obj's UID.
	UID(obj runtime.Object) (types.UID, error)
	// SetUID sets obj's UID.
	SetUID(obj runtime.Object, uid types.UID) error

	// SelfLink returns the self link of an object or list.
	SelfLink(obj runtime.Object) (string, error)
	// SetSelfLink sets the self link of an object or list.
	SetSelfLink(obj runtime.Object, selfLink string) error

	// Labels returns obj's labels.
	Labels(obj runtime.Object) (map[string]string, error)
	// SetLabels sets obj's labels.
	SetLabels(obj runtime.Object, labels map[string]string) error

	// Annotations returns obj's annotations.
	Annotations(obj runtime.Object) (map[string]string, error)
	// SetAnnotations sets obj's annotations.
	SetAnnotations(obj runtime.Object, annotations map[string]string) error

	// Continue returns a list's continue token.
	Continue(obj runtime.Object) (string, error)
	// SetContinue sets a list's continue token.
	SetContinue(obj runtime.Object, c string) error

	// ResourceVersioner reads and writes the resource version of an object
	// or list.
	runtime.ResourceVersioner
}

// RESTScopeName names a RESTScope.
type RESTScopeName string

// The scopes a resource can have.
const (
	// RESTScopeNameNamespace: the resource lives in a namespace.
	RESTScopeNameNamespace RESTScopeName = "namespace"
	// RESTScopeNameRoot: the resource is cluster-scoped.
	RESTScopeNameRoot RESTScopeName = "root"
)

// RESTScope says whether a resource is namespaced or cluster-scoped.
type RESTScope interface {
	// Name returns the scope's name.
	Name() RESTScopeName
}

// restScope is the RESTScope implementation behind RESTScopeNamespace and
// RESTScopeRoot.
type restScope struct {
	name RESTScopeName
}

// Name implements RESTScope.
func (r *restScope) Name() RESTScopeName { return r.name }

var (
	// RESTScopeNamespace is the scope of namespaced resources.
	RESTScopeNamespace RESTScope = &restScope{name: RESTScopeNameNamespace}
	// RESTScopeRoot is the scope of cluster-scoped resources.
	RESTScopeRoot RESTScope = &restScope{name: RESTScopeNameRoot}
)

// RESTMapping says how a kind is served: the resource to call and its
// scope.
type RESTMapping struct {
	// Resource is the resource serving the kind.
	Resource schema.GroupVersionResource
	// GroupVersionKind is the kind mapped.
	GroupVersionKind schema.GroupVersionKind
	// Scope says whether the resource is namespaced.
	Scope RESTScope
}

// RESTMapper maps between resources and kinds, completing partially
// specified ones (an empty group or version matches any).
type RESTMapper interface {
	// KindFor returns the one kind the resource maps to.
	KindFor(resource schema.GroupVersionResource) (schema.GroupVersionKind, error)
	// KindsFor returns every kind the resource could map to, best first.
	KindsFor(resource schema.GroupVersionResource) ([]schema.GroupVersionKind, error)
	// ResourceFor returns the one resource the partial resource matches.
	ResourceFor(input schema.GroupVersionResource) (schema.GroupVersionResource, error)
	// ResourcesFor returns every resource the partial resource matches,
	// best first.
	ResourcesFor(input schema.GroupVersionResource) ([]schema.GroupVersionResource, error)
	// RESTMapping returns the mapping of gk in the first of versions that
	// has one, or in the preferred version when none is given.
	RESTMapping(gk schema.GroupKind, versions ...string) (*RESTMapping, error)
	// RESTMappings returns every mapping of gk in versions, or in all known
	// versions when none is given.
	RESTMappings(gk schema.GroupKind, versions ...string) ([]*RESTMapping, error)
	// ResourceSingularizer returns the singular name of a resource.
	ResourceSingularizer(resource string) (singular string, err error)
}

// ResettableRESTMapper is a RESTMapper with a cache that Reset drops.
type ResettableRESTMapper interface {
	RESTMapper
	// Reset drops cached mappings so they are reloaded.
	Reset()
}
