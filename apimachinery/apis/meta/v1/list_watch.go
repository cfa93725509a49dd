package v1

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// List is a list of objects of any kinds, each kept as raw JSON.
type List struct {
	TypeMeta `json:",inline"`
	// ListMeta is the list's metadata.
	ListMeta `json:"metadata,omitempty"`
	// Items are the objects.
	Items []runtime.RawExtension `json:"items"`
}

// WatchEvent is one frame of a watch stream: {"type": ..., "object": ...}.
type WatchEvent struct {
	// Type is ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.
	Type string `json:"type"`
	// Object is the object concerned: for ERROR a Status, for BOOKMARK an
	// object carrying only its resource version.
	Object runtime.RawExtension `json:"object"`
}

// GetObjectKind returns an ObjectKind that records nothing: a WatchEvent
// has no kind of its own on the wire.
func (e *WatchEvent) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }

// DeepCopyInto copies in into out, sharing no memory.
func (in *WatchEvent) DeepCopyInto(out *WatchEvent) {
	*out = *in
	in.Object.DeepCopyInto(&out.Object)
}

// DeepCopy returns a deep copy of in.
func (in *WatchEvent) DeepCopy() *WatchEvent { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *WatchEvent) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// String renders the event's fields on one line.
func (in *WatchEvent) String() string { return render(in) }

// DeepCopyInto copies in into out, sharing no memory.
func (in *List) DeepCopyInto(out *List) {
	*out = *in
	in.ListMeta.DeepCopyInto(&out.ListMeta)
	out.Items = deepCopySlice(in.Items)
}

// DeepCopy returns a deep copy of in.
func (in *List) DeepCopy() *List { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *List) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// String renders the list's fields on one line.
func (in *List) String() string { return render(in) }
