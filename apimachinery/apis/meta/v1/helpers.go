package v1

import (
	"strings"

	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// Duration.String is declared rather than promoted so that it is part of
// the type's own method set, as in the reference.

// String renders the duration like time.Duration, e.g. "1m30s".
func (d Duration) String() string { return d.Duration.String() }

// LabelSelectorQueryParam returns the query parameter name of label
// selectors, "labelSelector", for every API version.
func LabelSelectorQueryParam(version string) string {
	return "labelSelector"
}

// FieldSelectorQueryParam returns the query parameter name of field
// selectors, "fieldSelector", for every API version.
func FieldSelectorQueryParam(version string) string {
	return "fieldSelector"
}

// GetControllerOf returns a copy of the owner reference of controllee that
// is marked as its controller, or nil if there is none.
func GetControllerOf(controllee Object) *OwnerReference {
	ref := GetControllerOfNoCopy(controllee)
	if ref == nil {
		return nil
	}
	return ref.DeepCopy()
}

// GetControllerOfNoCopy returns a pointer into controllee's owner references
// to the one marked as its controller, or nil if there is none.
func GetControllerOfNoCopy(controllee Object) *OwnerReference {
	if controllee == nil {
		return nil
	}
	refs := controllee.GetOwnerReferences()
	for i := range refs {
		if refs[i].Controller != nil && *refs[i].Controller {
			return &refs[i]
		}
	}
	return nil
}

// IsControlledBy reports whether owner is the controller of obj: obj's
// controller reference carries owner's UID.
func IsControlledBy(obj Object, owner Object) bool {
	ref := GetControllerOfNoCopy(obj)
	if ref == nil || owner == nil {
		return false
	}
	return ref.UID == owner.GetUID()
}

// NewControllerRef returns a controller reference to owner, of kind gvk,
// that also blocks owner deletion.
func NewControllerRef(owner Object, gvk schema.GroupVersionKind) *OwnerReference {
	blockOwnerDeletion, isController := true, true
	return &OwnerReference{
		APIVersion:         gvk.GroupVersion().String(),
		Kind:               gvk.Kind,
		Name:               owner.GetName(),
		UID:                owner.GetUID(),
		BlockOwnerDeletion: &blockOwnerDeletion,
		Controller:         &isController,
	}
}

// HasAnnotation reports whether obj has the annotation ann.
func HasAnnotation(obj ObjectMeta, ann string) bool {
	_, found := obj.Annotations[ann]
	return found
}

// SetMetaDataAnnotation sets the annotation ann of obj to value, creating
// the map if needed.
func SetMetaDataAnnotation(obj *ObjectMeta, ann string, value string) {
	if obj.Annotations == nil {
		obj.Annotations = make(map[string]string)
	}
	obj.Annotations[ann] = value
}

// HasLabel reports whether obj has the label label.
func HasLabel(obj ObjectMeta, label string) bool {
	_, found := obj.Labels[label]
	return found
}

// SetMetaDataLabel sets the label label of obj to value, creating the map
// if needed.
func SetMetaDataLabel(obj *ObjectMeta, label string, value string) {
	if obj.Labels == nil {
		obj.Labels = make(map[string]string)
	}
	obj.Labels[label] = value
}

// NewDeleteOptions returns DeleteOptions with the given grace period.
func NewDeleteOptions(grace int64) *DeleteOptions {
	return &DeleteOptions{GracePeriodSeconds: &grace}
}

// NewPreconditionDeleteOptions returns DeleteOptions that delete only the
// object with the given UID.
func NewPreconditionDeleteOptions(uid string) *DeleteOptions {
	return &DeleteOptions{Preconditions: NewUIDPreconditions(uid)}
}

// NewUIDPreconditions returns Preconditions requiring the given UID.
func NewUIDPreconditions(uid string) *Preconditions {
	u := types.UID(uid)
	return &Preconditions{UID: &u}
}

// NewRVDeletionPrecondition returns DeleteOptions that delete the object
// only at the given resource version.
func NewRVDeletionPrecondition(rv string) *DeleteOptions {
	return &DeleteOptions{Preconditions: &Preconditions{ResourceVersion: &rv}}
}

// SingleObject returns ListOptions that list or watch just the object
// described by meta: a field selector on its name, at its resource version.
func SingleObject(meta ObjectMeta) ListOptions {
	return ListOptions{
		FieldSelector:   ObjectNameField + "=" + escapeFieldValue(meta.Name),
		ResourceVersion: meta.ResourceVersion,
	}
}

// fieldValueEscaper escapes the characters that are special in field
// selector values.
var fieldValueEscaper = strings.NewReplacer(`\`, `\\`, `,`, `\,`, `=`, `\=`)

// escapeFieldValue escapes a value for use in a field selector.
func escapeFieldValue(s string) string {
	return fieldValueEscaper.Replace(s)
}

// ExtractGroupVersions returns every "group/version" offered by l, in
// order.
func ExtractGroupVersions(l *APIGroupList) []string {
	var groupVersions []string
	if l == nil {
		return groupVersions
	}
	for _, g := range l.Groups {
		for _, gv := range g.Versions {
			groupVersions = append(groupVersions, gv.GroupVersion)
		}
	}
	return groupVersions
}

// HasObjectMetaSystemFieldValues reports whether meta has any field that
// only the server sets: a creation timestamp or a UID.
func HasObjectMetaSystemFieldValues(meta Object) bool {
	return !meta.GetCreationTimestamp().Time.IsZero() || len(meta.GetUID()) != 0
}

// ResetObjectMetaForStatus copies into meta the metadata a status update
// may not change, from existingMeta: deletion timestamp, generation, self
// link, labels, annotations, finalizers and owner references. Managed
// fields are kept, since a status update records its own.
func ResetObjectMetaForStatus(meta Object, existingMeta Object) {
	meta.SetDeletionTimestamp(existingMeta.GetDeletionTimestamp())
	meta.SetGeneration(existingMeta.GetGeneration())
	meta.SetSelfLink(existingMeta.GetSelfLink())
	meta.SetLabels(existingMeta.GetLabels())
	meta.SetAnnotations(existingMeta.GetAnnotations())
	meta.SetFinalizers(existingMeta.GetFinalizers())
	meta.SetOwnerReferences(existingMeta.GetOwnerReferences())
}
