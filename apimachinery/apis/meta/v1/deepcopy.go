package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// DeepCopyInto copies in into out, sharing no memory.
func (in *ListMeta) DeepCopyInto(out *ListMeta) {
	*out = *in
	out.RemainingItemCount = copyPtr(in.RemainingItemCount)
}

// DeepCopy returns a deep copy of in.
func (in *ListMeta) DeepCopy() *ListMeta { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *ObjectMeta) DeepCopyInto(out *ObjectMeta) {
	*out = *in
	out.DeletionTimestamp = copyPtr(in.DeletionTimestamp)
	out.DeletionGracePeriodSeconds = copyPtr(in.DeletionGracePeriodSeconds)
	out.Labels = copyMap(in.Labels)
	out.Annotations = copyMap(in.Annotations)
	out.OwnerReferences = deepCopySlice(in.OwnerReferences)
	out.Finalizers = copySlice(in.Finalizers)
	out.ManagedFields = deepCopySlice(in.ManagedFields)
}

// DeepCopy returns a deep copy of in.
func (in *ObjectMeta) DeepCopy() *ObjectMeta { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *OwnerReference) DeepCopyInto(out *OwnerReference) {
	*out = *in
	out.Controller = copyPtr(in.Controller)
	out.BlockOwnerDeletion = copyPtr(in.BlockOwnerDeletion)
}

// DeepCopy returns a deep copy of in.
func (in *OwnerReference) DeepCopy() *OwnerReference { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *ManagedFieldsEntry) DeepCopyInto(out *ManagedFieldsEntry) {
	*out = *in
	out.Time = copyPtr(in.Time)
	out.FieldsV1 = deepCopyOf(in.FieldsV1)
}

// DeepCopy returns a deep copy of in.
func (in *ManagedFieldsEntry) DeepCopy() *ManagedFieldsEntry { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *FieldsV1) DeepCopyInto(out *FieldsV1) {
	*out = *in
	out.Raw = copySlice(in.Raw)
}

// DeepCopy returns a deep copy of in.
func (in *FieldsV1) DeepCopy() *FieldsV1 { return deepCopyOf(in) }

// DeepCopy returns a deep copy of t.
func (t *Time) DeepCopy() *Time { return deepCopyOf(t) }

// DeepCopy returns a deep copy of t.
func (t *MicroTime) DeepCopy() *MicroTime { return deepCopyOf(t) }

// DeepCopy returns a deep copy of d.
func (d *Duration) DeepCopy() *Duration { return deepCopyOf(d) }

// DeepCopyInto copies in into out.
func (in *Timestamp) DeepCopyInto(out *Timestamp) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *Timestamp) DeepCopy() *Timestamp { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *LabelSelector) DeepCopyInto(out *LabelSelector) {
	*out = *in
	out.MatchLabels = copyMap(in.MatchLabels)
	out.MatchExpressions = deepCopySlice(in.MatchExpressions)
}

// DeepCopy returns a deep copy of in.
func (in *LabelSelector) DeepCopy() *LabelSelector { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *LabelSelectorRequirement) DeepCopyInto(out *LabelSelectorRequirement) {
	*out = *in
	out.Values = copySlice(in.Values)
}

// DeepCopy returns a deep copy of in.
func (in *LabelSelectorRequirement) DeepCopy() *LabelSelectorRequirement { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *FieldSelectorRequirement) DeepCopyInto(out *FieldSelectorRequirement) {
	*out = *in
	out.Values = copySlice(in.Values)
}

// DeepCopy returns a deep copy of in.
func (in *FieldSelectorRequirement) DeepCopy() *FieldSelectorRequirement { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *Condition) DeepCopyInto(out *Condition) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *Condition) DeepCopy() *Condition { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupKind) DeepCopyInto(out *GroupKind) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupKind) DeepCopy() *GroupKind { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupResource) DeepCopyInto(out *GroupResource) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupResource) DeepCopy() *GroupResource { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupVersion) DeepCopyInto(out *GroupVersion) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupVersion) DeepCopy() *GroupVersion { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupVersionKind) DeepCopyInto(out *GroupVersionKind) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupVersionKind) DeepCopy() *GroupVersionKind { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupVersionResource) DeepCopyInto(out *GroupVersionResource) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupVersionResource) DeepCopy() *GroupVersionResource { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *GroupVersionForDiscovery) DeepCopyInto(out *GroupVersionForDiscovery) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GroupVersionForDiscovery) DeepCopy() *GroupVersionForDiscovery { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *ServerAddressByClientCIDR) DeepCopyInto(out *ServerAddressByClientCIDR) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *ServerAddressByClientCIDR) DeepCopy() *ServerAddressByClientCIDR { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *APIVersions) DeepCopyInto(out *APIVersions) {
	*out = *in
	out.Versions = copySlice(in.Versions)
	out.ServerAddressByClientCIDRs = copySlice(in.ServerAddressByClientCIDRs)
}

// DeepCopy returns a deep copy of in.
func (in *APIVersions) DeepCopy() *APIVersions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *APIVersions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *APIGroup) DeepCopyInto(out *APIGroup) {
	*out = *in
	out.Versions = copySlice(in.Versions)
	out.ServerAddressByClientCIDRs = copySlice(in.ServerAddressByClientCIDRs)
}

// DeepCopy returns a deep copy of in.
func (in *APIGroup) DeepCopy() *APIGroup { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *APIGroup) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *APIGroupList) DeepCopyInto(out *APIGroupList) {
	*out = *in
	out.Groups = deepCopySlice(in.Groups)
}

// DeepCopy returns a deep copy of in.
func (in *APIGroupList) DeepCopy() *APIGroupList { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *APIGroupList) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *APIResource) DeepCopyInto(out *APIResource) {
	*out = *in
	out.Verbs = in.Verbs.DeepCopy()
	out.ShortNames = copySlice(in.ShortNames)
	out.Categories = copySlice(in.Categories)
}

// DeepCopy returns a deep copy of in.
func (in *APIResource) DeepCopy() *APIResource { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *APIResourceList) DeepCopyInto(out *APIResourceList) {
	*out = *in
	out.APIResources = deepCopySlice(in.APIResources)
}

// DeepCopy returns a deep copy of in.
func (in *APIResourceList) DeepCopy() *APIResourceList { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *APIResourceList) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in Verbs) DeepCopyInto(out *Verbs) {
	*out = copySlice(in)
}

// DeepCopy returns a copy of in.
func (in Verbs) DeepCopy() Verbs { return copySlice(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *RootPaths) DeepCopyInto(out *RootPaths) {
	*out = *in
	out.Paths = copySlice(in.Paths)
}

// DeepCopy returns a deep copy of in.
func (in *RootPaths) DeepCopy() *RootPaths { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *Status) DeepCopyInto(out *Status) {
	*out = *in
	in.ListMeta.DeepCopyInto(&out.ListMeta)
	out.Details = deepCopyOf(in.Details)
}

// DeepCopy returns a deep copy of in.
func (in *Status) DeepCopy() *Status { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *Status) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *StatusDetails) DeepCopyInto(out *StatusDetails) {
	*out = *in
	out.Causes = copySlice(in.Causes)
}

// DeepCopy returns a deep copy of in.
func (in *StatusDetails) DeepCopy() *StatusDetails { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *StatusCause) DeepCopyInto(out *StatusCause) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *StatusCause) DeepCopy() *StatusCause { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *PartialObjectMetadata) DeepCopyInto(out *PartialObjectMetadata) {
	*out = *in
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
}

// DeepCopy returns a deep copy of in.
func (in *PartialObjectMetadata) DeepCopy() *PartialObjectMetadata { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *PartialObjectMetadata) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *PartialObjectMetadataList) DeepCopyInto(out *PartialObjectMetadataList) {
	*out = *in
	in.ListMeta.DeepCopyInto(&out.ListMeta)
	out.Items = deepCopySlice(in.Items)
}

// DeepCopy returns a deep copy of in.
func (in *PartialObjectMetadataList) DeepCopy() *PartialObjectMetadataList { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *PartialObjectMetadataList) DeepCopyObject() runtime.Object {
	return nilSafe(in.DeepCopy())
}

// nilSafe turns a nil typed pointer into a nil runtime.Object, so callers
// can compare the result with nil.
func nilSafe[T any, P interface {
	*T
	runtime.Object
}](p P) runtime.Object {
	if p == nil {
		return nil
	}
	return p
}
