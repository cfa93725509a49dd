package v1

import "github.com/skiff-k8s/skiff/apimachinery/types"

// TypeMeta says what an object is: its kind and the API version of the
// schema it follows. It is inlined at the top level of every API object.
type TypeMeta struct {
	// Kind is the CamelCase name of the object's type, e.g. "Pod".
	Kind string `json:"kind,omitempty"`
	// APIVersion is "group/version", or just "version" for the core group.
	APIVersion string `json:"apiVersion,omitempty"`
}

// ListMeta is the metadata of a list response: where the list came from and
// how to continue it.
type ListMeta struct {
	// SelfLink is deprecated and no longer set by servers.
	SelfLink string `json:"selfLink,omitempty"`
	// ResourceVersion is the version of the store the list was read at.
	ResourceVersion string `json:"resourceVersion,omitempty"`
	// Continue is the token that asks the server for the next page.
	Continue string `json:"continue,omitempty"`
	// RemainingItemCount is the server's estimate of the items not yet
	// returned, when it knows it.
	RemainingItemCount *int64 `json:"remainingItemCount,omitempty"`
}

// ObjectMeta is the metadata every persisted object carries: identity,
// versioning, labels and annotations, ownership and finalizers.
type ObjectMeta struct {
	// Name is unique within a namespace (or the cluster for cluster-scoped
	// kinds).
	Name string `json:"name,omitempty"`
	// GenerateName asks the server to make up a unique name with this prefix
	// when Name is empty.
	GenerateName string `json:"generateName,omitempty"`
	// Namespace is the namespace of a namespaced object; empty otherwise.
	Namespace string `json:"namespace,omitempty"`
	// SelfLink is deprecated and no longer set by servers.
	SelfLink string `json:"selfLink,omitempty"`
	// UID is set by the server and unique over the cluster's lifetime.
	UID types.UID `json:"uid,omitempty"`
	// ResourceVersion changes on every write; updates use it for optimistic
	// concurrency.
	ResourceVersion string `json:"resourceVersion,omitempty"`
	// Generation counts changes to the desired state (spec).
	Generation int64 `json:"generation,omitempty"`
	// CreationTimestamp is set by the server when the object is created.
	CreationTimestamp Time `json:"creationTimestamp,omitempty,omitzero"`
	// DeletionTimestamp is set when a graceful deletion was requested.
	DeletionTimestamp *Time `json:"deletionTimestamp,omitempty"`
	// DeletionGracePeriodSeconds is the grace period of a pending deletion.
	DeletionGracePeriodSeconds *int64 `json:"deletionGracePeriodSeconds,omitempty"`
	// Labels are key/value pairs that selectors match.
	Labels map[string]string `json:"labels,omitempty"`
	// Annotations are free-form key/value pairs for tools.
	Annotations map[string]string `json:"annotations,omitempty"`
	// OwnerReferences name the objects this one depends on; the garbage
	// collector deletes it when they are gone.
	OwnerReferences []OwnerReference `json:"ownerReferences,omitempty"`
	// Finalizers must all be removed before the object is deleted.
	Finalizers []string `json:"finalizers,omitempty"`
	// ManagedFields records which manager owns which fields (server-side
	// apply).
	ManagedFields []ManagedFieldsEntry `json:"managedFields,omitempty"`
}

// Well-known namespace names.
const (
	// NamespaceDefault is the namespace used when none is given.
	NamespaceDefault = "default"
	// NamespaceAll, in a list or watch, means every namespace.
	NamespaceAll = ""
	// NamespaceNone is the namespace of cluster-scoped objects.
	NamespaceNone = ""
	// NamespaceSystem holds the cluster's own components.
	NamespaceSystem = "kube-system"
	// NamespacePublic holds data readable by everyone.
	NamespacePublic = "kube-public"
)

// Finalizers the garbage collector understands.
const (
	// FinalizerOrphanDependents makes the garbage collector orphan the
	// object's dependents before the object goes away.
	FinalizerOrphanDependents = "orphan"
	// FinalizerDeleteDependents makes the garbage collector delete the
	// object's blocking dependents before the object goes away.
	FinalizerDeleteDependents = "foregroundDeletion"
)

// ObjectNameField is the field selector path of an object's name.
const ObjectNameField = "metadata.name"

// InitialEventsAnnotationKey is the annotation a server sets on the bookmark
// that ends the initial events of a watch-list (sendInitialEvents=true).
const InitialEventsAnnotationKey = "k8s.io/initial-events-end"

// OwnerReference points at an object that owns the one carrying it. The
// owner must be in the same namespace or cluster-scoped.
type OwnerReference struct {
	// APIVersion is the owner's API version.
	APIVersion string `json:"apiVersion"`
	// Kind is the owner's kind.
	Kind string `json:"kind"`
	// Name is the owner's name.
	Name string `json:"name"`
	// UID is the owner's UID.
	UID types.UID `json:"uid"`
	// Controller is true for the one managing controller of the object.
	Controller *bool `json:"controller,omitempty"`
	// BlockOwnerDeletion, when true, keeps a foreground deletion of the
	// owner waiting until this object is gone.
	BlockOwnerDeletion *bool `json:"blockOwnerDeletion,omitempty"`
}

// ManagedFieldsOperationType says how a manager changed fields.
type ManagedFieldsOperationType string

// The operations recorded in ManagedFieldsEntry.Operation.
const (
	// ManagedFieldsOperationApply is a server-side apply.
	ManagedFieldsOperationApply ManagedFieldsOperationType = "Apply"
	// ManagedFieldsOperationUpdate is any other write.
	ManagedFieldsOperationUpdate ManagedFieldsOperationType = "Update"
)

// ManagedFieldsEntry records the fields one manager owns, and through which
// operation and API version it set them.
type ManagedFieldsEntry struct {
	// Manager names the workflow managing the fields.
	Manager string `json:"manager,omitempty"`
	// Operation is Apply or Update.
	Operation ManagedFieldsOperationType `json:"operation,omitempty"`
	// APIVersion is the version the fields were written in.
	APIVersion string `json:"apiVersion,omitempty"`
	// Time is when the fields were last changed.
	Time *Time `json:"time,omitempty"`
	// FieldsType is the format of FieldsV1; only "FieldsV1" exists.
	FieldsType string `json:"fieldsType,omitempty"`
	// FieldsV1 is the set of owned fields.
	FieldsV1 *FieldsV1 `json:"fieldsV1,omitempty"`
	// Subresource is the subresource written through, if any.
	Subresource string `json:"subresource,omitempty"`
}

// FieldsV1 holds a set of field paths as its raw JSON encoding, kept opaque.
type FieldsV1 struct {
	// Raw is the JSON of the field set.
	Raw []byte `json:"-"`
}
