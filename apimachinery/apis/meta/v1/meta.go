package v1

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// Object is the read/write view of an object's metadata, implemented by
// *ObjectMeta and so by every type embedding it.
type Object interface {
	GetNamespace() string
	SetNamespace(namespace string)
	GetName() string
	SetName(name string)
	GetGenerateName() string
	SetGenerateName(name string)
	GetUID() types.UID
	SetUID(uid types.UID)
	GetResourceVersion() string
	SetResourceVersion(version string)
	GetGeneration() int64
	SetGeneration(generation int64)
	GetSelfLink() string
	SetSelfLink(selfLink string)
	GetCreationTimestamp() Time
	SetCreationTimestamp(timestamp Time)
	GetDeletionTimestamp() *Time
	SetDeletionTimestamp(timestamp *Time)
	GetDeletionGracePeriodSeconds() *int64
	SetDeletionGracePeriodSeconds(*int64)
	GetLabels() map[string]string
	SetLabels(labels map[string]string)
	GetAnnotations() map[string]string
	SetAnnotations(annotations map[string]string)
	GetFinalizers() []string
	SetFinalizers(finalizers []string)
	GetOwnerReferences() []OwnerReference
	SetOwnerReferences([]OwnerReference)
	GetManagedFields() []ManagedFieldsEntry
	SetManagedFields(managedFields []ManagedFieldsEntry)
}

// ObjectMetaAccessor is implemented by objects that can hand out their
// metadata.
type ObjectMetaAccessor interface {
	GetObjectMeta() Object
}

// Common is the metadata shared by objects and lists.
type Common interface {
	GetResourceVersion() string
	SetResourceVersion(version string)
	GetSelfLink() string
	SetSelfLink(selfLink string)
}

// ListInterface is the read/write view of a list's metadata, implemented by
// *ListMeta.
type ListInterface interface {
	GetResourceVersion() string
	SetResourceVersion(version string)
	GetSelfLink() string
	SetSelfLink(selfLink string)
	GetContinue() string
	SetContinue(c string)
	GetRemainingItemCount() *int64
	SetRemainingItemCount(c *int64)
}

// ListMetaAccessor is implemented by lists that can hand out their metadata.
type ListMetaAccessor interface {
	GetListMeta() ListInterface
}

// Type is the read/write view of an object's kind and API version.
type Type interface {
	GetAPIVersion() string
	SetAPIVersion(version string)
	GetKind() string
	SetKind(kind string)
}

// GetObjectKind returns obj itself, which tracks the kind of the object
// embedding it.
func (obj *TypeMeta) GetObjectKind() schema.ObjectKind { return obj }

// SetGroupVersionKind sets APIVersion and Kind from gvk.
//
// It is kept out of line: every API kind embeds TypeMeta, so the compiler
// writes a promoted wrapper per kind, and an inlined body made each of those
// ~440 bytes instead of a short call.
//
//go:noinline
func (obj *TypeMeta) SetGroupVersionKind(gvk schema.GroupVersionKind) {
	obj.APIVersion, obj.Kind = gvk.ToAPIVersionAndKind()
}

// GroupVersionKind parses APIVersion and Kind into a GroupVersionKind.
//
// It is kept out of line for the same reason as SetGroupVersionKind.
//
//go:noinline
func (obj *TypeMeta) GroupVersionKind() schema.GroupVersionKind {
	return schema.FromAPIVersionAndKind(obj.APIVersion, obj.Kind)
}

// GetListMeta returns the ListMeta itself.
func (obj *ListMeta) GetListMeta() ListInterface { return obj }

// GetResourceVersion returns ResourceVersion.
func (obj *ListMeta) GetResourceVersion() string { return obj.ResourceVersion }

// SetResourceVersion sets ResourceVersion.
func (obj *ListMeta) SetResourceVersion(version string) { obj.ResourceVersion = version }

// GetSelfLink returns SelfLink.
func (obj *ListMeta) GetSelfLink() string { return obj.SelfLink }

// SetSelfLink sets SelfLink.
func (obj *ListMeta) SetSelfLink(selfLink string) { obj.SelfLink = selfLink }

// GetContinue returns Continue.
func (obj *ListMeta) GetContinue() string { return obj.Continue }

// SetContinue sets Continue.
func (obj *ListMeta) SetContinue(c string) { obj.Continue = c }

// GetRemainingItemCount returns RemainingItemCount.
func (obj *ListMeta) GetRemainingItemCount() *int64 { return obj.RemainingItemCount }

// SetRemainingItemCount sets RemainingItemCount.
func (obj *ListMeta) SetRemainingItemCount(c *int64) { obj.RemainingItemCount = c }

// GetObjectMeta returns the ObjectMeta itself.
func (meta *ObjectMeta) GetObjectMeta() Object { return meta }

// GetNamespace returns Namespace.
func (meta *ObjectMeta) GetNamespace() string { return meta.Namespace }

// SetNamespace sets Namespace.
func (meta *ObjectMeta) SetNamespace(namespace string) { meta.Namespace = namespace }

// GetName returns Name.
func (meta *ObjectMeta) GetName() string { return meta.Name }

// SetName sets Name.
func (meta *ObjectMeta) SetName(name string) { meta.Name = name }

// GetGenerateName returns GenerateName.
func (meta *ObjectMeta) GetGenerateName() string { return meta.GenerateName }

// SetGenerateName sets GenerateName.
func (meta *ObjectMeta) SetGenerateName(generateName string) { meta.GenerateName = generateName }

// GetUID returns UID.
func (meta *ObjectMeta) GetUID() types.UID { return meta.UID }

// SetUID sets UID.
func (meta *ObjectMeta) SetUID(uid types.UID) { meta.UID = uid }

// GetResourceVersion returns ResourceVersion.
func (meta *ObjectMeta) GetResourceVersion() string { return meta.ResourceVersion }

// SetResourceVersion sets ResourceVersion.
func (meta *ObjectMeta) SetResourceVersion(version string) { meta.ResourceVersion = version }

// GetGeneration returns Generation.
func (meta *ObjectMeta) GetGeneration() int64 { return meta.Generation }

// SetGeneration sets Generation.
func (meta *ObjectMeta) SetGeneration(generation int64) { meta.Generation = generation }

// GetSelfLink returns SelfLink.
func (meta *ObjectMeta) GetSelfLink() string { return meta.SelfLink }

// SetSelfLink sets SelfLink.
func (meta *ObjectMeta) SetSelfLink(selfLink string) { meta.SelfLink = selfLink }

// GetCreationTimestamp returns CreationTimestamp.
func (meta *ObjectMeta) GetCreationTimestamp() Time { return meta.CreationTimestamp }

// SetCreationTimestamp sets CreationTimestamp.
func (meta *ObjectMeta) SetCreationTimestamp(creationTimestamp Time) {
	meta.CreationTimestamp = creationTimestamp
}

// GetDeletionTimestamp returns DeletionTimestamp.
func (meta *ObjectMeta) GetDeletionTimestamp() *Time { return meta.DeletionTimestamp }

// SetDeletionTimestamp sets DeletionTimestamp.
func (meta *ObjectMeta) SetDeletionTimestamp(deletionTimestamp *Time) {
	meta.DeletionTimestamp = deletionTimestamp
}

// GetDeletionGracePeriodSeconds returns DeletionGracePeriodSeconds.
func (meta *ObjectMeta) GetDeletionGracePeriodSeconds() *int64 {
	return meta.DeletionGracePeriodSeconds
}

// SetDeletionGracePeriodSeconds sets DeletionGracePeriodSeconds.
func (meta *ObjectMeta) SetDeletionGracePeriodSeconds(deletionGracePeriodSeconds *int64) {
	meta.DeletionGracePeriodSeconds = deletionGracePeriodSeconds
}

// GetLabels returns Labels.
func (meta *ObjectMeta) GetLabels() map[string]string { return meta.Labels }

// SetLabels sets Labels.
func (meta *ObjectMeta) SetLabels(labels map[string]string) { meta.Labels = labels }

// GetAnnotations returns Annotations.
func (meta *ObjectMeta) GetAnnotations() map[string]string { return meta.Annotations }

// SetAnnotations sets Annotations.
func (meta *ObjectMeta) SetAnnotations(annotations map[string]string) {
	meta.Annotations = annotations
}

// GetFinalizers returns Finalizers.
func (meta *ObjectMeta) GetFinalizers() []string { return meta.Finalizers }

// SetFinalizers sets Finalizers.
func (meta *ObjectMeta) SetFinalizers(finalizers []string) { meta.Finalizers = finalizers }

// GetOwnerReferences returns OwnerReferences.
func (meta *ObjectMeta) GetOwnerReferences() []OwnerReference { return meta.OwnerReferences }

// SetOwnerReferences sets OwnerReferences.
func (meta *ObjectMeta) SetOwnerReferences(references []OwnerReference) {
	meta.OwnerReferences = references
}

// GetManagedFields returns ManagedFields.
func (meta *ObjectMeta) GetManagedFields() []ManagedFieldsEntry { return meta.ManagedFields }

// SetManagedFields sets ManagedFields.
func (meta *ObjectMeta) SetManagedFields(managedFields []ManagedFieldsEntry) {
	meta.ManagedFields = managedFields
}
