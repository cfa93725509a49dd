package unstructured

import (
	"encoding/json"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

var _ metav1.Object = &Unstructured{}

// setOrRemoveString sets metadata.<field> to value, or removes it when value
// is empty.
func (obj *Unstructured) setOrRemoveString(value string, field string) {
	if value == "" {
		RemoveNestedField(obj.Object, "metadata", field)
		return
	}
	obj.setNestedField(value, "metadata", field)
}

// GetNamespace returns metadata.namespace.
func (obj *Unstructured) GetNamespace() string {
	return getNestedString(obj.Object, "metadata", "namespace")
}

// SetNamespace sets metadata.namespace; "" removes it.
func (obj *Unstructured) SetNamespace(namespace string) {
	obj.setOrRemoveString(namespace, "namespace")
}

// GetName returns metadata.name.
func (obj *Unstructured) GetName() string { return getNestedString(obj.Object, "metadata", "name") }

// SetName sets metadata.name; "" removes it.
func (obj *Unstructured) SetName(name string) { obj.setOrRemoveString(name, "name") }

// GetGenerateName returns metadata.generateName.
func (obj *Unstructured) GetGenerateName() string {
	return getNestedString(obj.Object, "metadata", "generateName")
}

// SetGenerateName sets metadata.generateName; "" removes it.
func (obj *Unstructured) SetGenerateName(generateName string) {
	obj.setOrRemoveString(generateName, "generateName")
}

// GetUID returns metadata.uid.
func (obj *Unstructured) GetUID() types.UID {
	return types.UID(getNestedString(obj.Object, "metadata", "uid"))
}

// SetUID sets metadata.uid; "" removes it.
func (obj *Unstructured) SetUID(uid types.UID) { obj.setOrRemoveString(string(uid), "uid") }

// GetResourceVersion returns metadata.resourceVersion.
func (obj *Unstructured) GetResourceVersion() string {
	return getNestedString(obj.Object, "metadata", "resourceVersion")
}

// SetResourceVersion sets metadata.resourceVersion; "" removes it.
func (obj *Unstructured) SetResourceVersion(resourceVersion string) {
	obj.setOrRemoveString(resourceVersion, "resourceVersion")
}

// GetGeneration returns metadata.generation, or 0 when it is missing or not
// an integer.
func (obj *Unstructured) GetGeneration() int64 {
	val, _, _ := NestedInt64(obj.Object, "metadata", "generation")
	return val
}

// SetGeneration sets metadata.generation; 0 removes it.
func (obj *Unstructured) SetGeneration(generation int64) {
	if generation == 0 {
		RemoveNestedField(obj.Object, "metadata", "generation")
		return
	}
	obj.setNestedField(generation, "metadata", "generation")
}

// GetSelfLink returns metadata.selfLink.
func (obj *Unstructured) GetSelfLink() string {
	return getNestedString(obj.Object, "metadata", "selfLink")
}

// SetSelfLink sets metadata.selfLink; "" removes it.
func (obj *Unstructured) SetSelfLink(selfLink string) { obj.setOrRemoveString(selfLink, "selfLink") }

// GetContinue returns metadata.continue.
func (obj *Unstructured) GetContinue() string {
	return getNestedString(obj.Object, "metadata", "continue")
}

// SetContinue sets metadata.continue; "" removes it.
func (obj *Unstructured) SetContinue(c string) { obj.setOrRemoveString(c, "continue") }

// GetRemainingItemCount returns metadata.remainingItemCount, or nil when it
// is missing.
func (obj *Unstructured) GetRemainingItemCount() *int64 {
	return getNestedInt64Pointer(obj.Object, "metadata", "remainingItemCount")
}

// SetRemainingItemCount sets metadata.remainingItemCount; nil removes it.
func (obj *Unstructured) SetRemainingItemCount(c *int64) {
	if c == nil {
		RemoveNestedField(obj.Object, "metadata", "remainingItemCount")
		return
	}
	obj.setNestedField(*c, "metadata", "remainingItemCount")
}

// GetCreationTimestamp returns metadata.creationTimestamp; a missing or
// unparsable value gives the zero Time.
func (obj *Unstructured) GetCreationTimestamp() metav1.Time {
	var ts metav1.Time
	_ = ts.UnmarshalQueryParameter(getNestedString(obj.Object, "metadata", "creationTimestamp"))
	return ts
}

// SetCreationTimestamp sets metadata.creationTimestamp in RFC 3339 form; the
// zero Time removes it.
func (obj *Unstructured) SetCreationTimestamp(timestamp metav1.Time) {
	ts, _ := timestamp.MarshalQueryParameter()
	if ts == "" || timestamp.Time.IsZero() {
		RemoveNestedField(obj.Object, "metadata", "creationTimestamp")
		return
	}
	obj.setNestedField(ts, "metadata", "creationTimestamp")
}

// GetDeletionTimestamp returns metadata.deletionTimestamp, or nil when it is
// missing or unparsable.
func (obj *Unstructured) GetDeletionTimestamp() *metav1.Time {
	var ts metav1.Time
	_ = ts.UnmarshalQueryParameter(getNestedString(obj.Object, "metadata", "deletionTimestamp"))
	if ts.IsZero() {
		return nil
	}
	return &ts
}

// SetDeletionTimestamp sets metadata.deletionTimestamp; nil removes it.
func (obj *Unstructured) SetDeletionTimestamp(timestamp *metav1.Time) {
	if timestamp == nil {
		RemoveNestedField(obj.Object, "metadata", "deletionTimestamp")
		return
	}
	ts, _ := timestamp.MarshalQueryParameter()
	obj.setNestedField(ts, "metadata", "deletionTimestamp")
}

// GetDeletionGracePeriodSeconds returns metadata.deletionGracePeriodSeconds,
// or nil when it is missing.
func (obj *Unstructured) GetDeletionGracePeriodSeconds() *int64 {
	return getNestedInt64Pointer(obj.Object, "metadata", "deletionGracePeriodSeconds")
}

// SetDeletionGracePeriodSeconds sets metadata.deletionGracePeriodSeconds;
// nil removes it.
func (obj *Unstructured) SetDeletionGracePeriodSeconds(deletionGracePeriodSeconds *int64) {
	if deletionGracePeriodSeconds == nil {
		RemoveNestedField(obj.Object, "metadata", "deletionGracePeriodSeconds")
		return
	}
	obj.setNestedField(*deletionGracePeriodSeconds, "metadata", "deletionGracePeriodSeconds")
}

// GetLabels returns a copy of metadata.labels, or nil when it is missing or
// not a map of strings.
func (obj *Unstructured) GetLabels() map[string]string {
	m, _, _ := NestedStringMap(obj.Object, "metadata", "labels")
	return m
}

// SetLabels sets metadata.labels; nil removes it.
func (obj *Unstructured) SetLabels(labels map[string]string) {
	if labels == nil {
		RemoveNestedField(obj.Object, "metadata", "labels")
		return
	}
	obj.setStringMap(labels, "labels")
}

// GetAnnotations returns a copy of metadata.annotations, or nil when it is
// missing or not a map of strings.
func (obj *Unstructured) GetAnnotations() map[string]string {
	m, _, _ := NestedStringMap(obj.Object, "metadata", "annotations")
	return m
}

// SetAnnotations sets metadata.annotations; nil removes it.
func (obj *Unstructured) SetAnnotations(annotations map[string]string) {
	if annotations == nil {
		RemoveNestedField(obj.Object, "metadata", "annotations")
		return
	}
	obj.setStringMap(annotations, "annotations")
}

func (obj *Unstructured) setStringMap(value map[string]string, field string) {
	m := make(map[string]interface{}, len(value))
	for k, v := range value {
		m[k] = v
	}
	obj.setNestedField(m, "metadata", field)
}

// GetFinalizers returns a copy of metadata.finalizers, or nil when it is
// missing or not a list of strings.
func (obj *Unstructured) GetFinalizers() []string {
	val, _, _ := NestedStringSlice(obj.Object, "metadata", "finalizers")
	return val
}

// SetFinalizers sets metadata.finalizers; nil removes it.
func (obj *Unstructured) SetFinalizers(finalizers []string) {
	if finalizers == nil {
		RemoveNestedField(obj.Object, "metadata", "finalizers")
		return
	}
	items := make([]interface{}, 0, len(finalizers))
	for _, f := range finalizers {
		items = append(items, f)
	}
	obj.setNestedField(items, "metadata", "finalizers")
}

// GetOwnerReferences returns metadata.ownerReferences, or nil when it is
// missing or malformed.
func (obj *Unstructured) GetOwnerReferences() []metav1.OwnerReference {
	field, found, err := NestedFieldNoCopy(obj.Object, "metadata", "ownerReferences")
	if !found || err != nil {
		return nil
	}
	items, ok := field.([]interface{})
	if !ok {
		return nil
	}
	refs := make([]metav1.OwnerReference, 0, len(items))
	for _, item := range items {
		m, ok := item.(map[string]interface{})
		if !ok {
			return nil
		}
		refs = append(refs, ownerReferenceFromMap(m))
	}
	return refs
}

func ownerReferenceFromMap(m map[string]interface{}) metav1.OwnerReference {
	ref := metav1.OwnerReference{
		APIVersion: getNestedString(m, "apiVersion"),
		Kind:       getNestedString(m, "kind"),
		Name:       getNestedString(m, "name"),
		UID:        types.UID(getNestedString(m, "uid")),
	}
	if v, found, err := NestedBool(m, "controller"); found && err == nil {
		ref.Controller = &v
	}
	if v, found, err := NestedBool(m, "blockOwnerDeletion"); found && err == nil {
		ref.BlockOwnerDeletion = &v
	}
	return ref
}

// SetOwnerReferences sets metadata.ownerReferences; nil removes it.
func (obj *Unstructured) SetOwnerReferences(references []metav1.OwnerReference) {
	if references == nil {
		RemoveNestedField(obj.Object, "metadata", "ownerReferences")
		return
	}
	items := make([]interface{}, 0, len(references))
	for _, ref := range references {
		m := map[string]interface{}{
			"apiVersion": ref.APIVersion,
			"kind":       ref.Kind,
			"name":       ref.Name,
			"uid":        string(ref.UID),
		}
		if ref.Controller != nil {
			m["controller"] = *ref.Controller
		}
		if ref.BlockOwnerDeletion != nil {
			m["blockOwnerDeletion"] = *ref.BlockOwnerDeletion
		}
		items = append(items, m)
	}
	obj.setNestedField(items, "metadata", "ownerReferences")
}

// GetManagedFields returns metadata.managedFields, or nil when it is missing
// or any entry is malformed.
func (obj *Unstructured) GetManagedFields() []metav1.ManagedFieldsEntry {
	items, found, err := NestedSlice(obj.Object, "metadata", "managedFields")
	if !found || err != nil {
		return nil
	}
	entries := make([]metav1.ManagedFieldsEntry, 0, len(items))
	for _, item := range items {
		m, ok := item.(map[string]interface{})
		if !ok {
			return nil
		}
		var entry metav1.ManagedFieldsEntry
		if err := convertViaJSON(m, &entry); err != nil {
			return nil
		}
		entries = append(entries, entry)
	}
	return entries
}

// SetManagedFields sets metadata.managedFields; nil removes it. If an entry
// cannot be encoded the field is left unchanged.
func (obj *Unstructured) SetManagedFields(managedFields []metav1.ManagedFieldsEntry) {
	if managedFields == nil {
		RemoveNestedField(obj.Object, "metadata", "managedFields")
		return
	}
	items := make([]interface{}, 0, len(managedFields))
	for i := range managedFields {
		var m map[string]interface{}
		if err := convertViaJSON(&managedFields[i], &m); err != nil {
			return
		}
		items = append(items, m)
	}
	obj.setNestedField(items, "metadata", "managedFields")
}

// convertViaJSON encodes in as JSON and decodes the result into out; maps
// decoded this way hold int64 and float64 numbers like the codec's.
func convertViaJSON(in interface{}, out interface{}) error {
	data, err := json.Marshal(in)
	if err != nil {
		return err
	}
	if m, ok := out.(*map[string]interface{}); ok {
		decoded, err := decodeObject(data)
		*m = decoded
		return err
	}
	return json.Unmarshal(data, out)
}
