package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// DeepCopyInto copies in into out, sharing no memory.
func (in *ListOptions) DeepCopyInto(out *ListOptions) {
	*out = *in
	out.TimeoutSeconds = copyPtr(in.TimeoutSeconds)
	out.SendInitialEvents = copyPtr(in.SendInitialEvents)
}

// DeepCopy returns a deep copy of in.
func (in *ListOptions) DeepCopy() *ListOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *ListOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out.
func (in *GetOptions) DeepCopyInto(out *GetOptions) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *GetOptions) DeepCopy() *GetOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *GetOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *CreateOptions) DeepCopyInto(out *CreateOptions) {
	*out = *in
	out.DryRun = copySlice(in.DryRun)
}

// DeepCopy returns a deep copy of in.
func (in *CreateOptions) DeepCopy() *CreateOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *CreateOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *UpdateOptions) DeepCopyInto(out *UpdateOptions) {
	*out = *in
	out.DryRun = copySlice(in.DryRun)
}

// DeepCopy returns a deep copy of in.
func (in *UpdateOptions) DeepCopy() *UpdateOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *UpdateOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *PatchOptions) DeepCopyInto(out *PatchOptions) {
	*out = *in
	out.DryRun = copySlice(in.DryRun)
	out.Force = copyPtr(in.Force)
}

// DeepCopy returns a deep copy of in.
func (in *PatchOptions) DeepCopy() *PatchOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *PatchOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *ApplyOptions) DeepCopyInto(out *ApplyOptions) {
	*out = *in
	out.DryRun = copySlice(in.DryRun)
}

// DeepCopy returns a deep copy of in.
func (in *ApplyOptions) DeepCopy() *ApplyOptions { return deepCopyOf(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *DeleteOptions) DeepCopyInto(out *DeleteOptions) {
	*out = *in
	out.GracePeriodSeconds = copyPtr(in.GracePeriodSeconds)
	out.Preconditions = deepCopyOf(in.Preconditions)
	out.OrphanDependents = copyPtr(in.OrphanDependents)
	out.PropagationPolicy = copyPtr(in.PropagationPolicy)
	out.DryRun = copySlice(in.DryRun)
	out.IgnoreStoreReadErrorWithClusterBreakingPotential = copyPtr(in.IgnoreStoreReadErrorWithClusterBreakingPotential)
}

// DeepCopy returns a deep copy of in.
func (in *DeleteOptions) DeepCopy() *DeleteOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *DeleteOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *Preconditions) DeepCopyInto(out *Preconditions) {
	*out = *in
	out.UID = copyPtr(in.UID)
	out.ResourceVersion = copyPtr(in.ResourceVersion)
}

// DeepCopy returns a deep copy of in.
func (in *Preconditions) DeepCopy() *Preconditions { return deepCopyOf(in) }

// DeepCopyInto copies in into out.
func (in *TableOptions) DeepCopyInto(out *TableOptions) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *TableOptions) DeepCopy() *TableOptions { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *TableOptions) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// DeepCopyInto copies in into out.
func (in *Patch) DeepCopyInto(out *Patch) { *out = *in }

// DeepCopy returns a deep copy of in.
func (in *Patch) DeepCopy() *Patch { return deepCopyOf(in) }
