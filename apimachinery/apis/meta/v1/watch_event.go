package v1

import (
	"github.com/skiff-k8s/skiff/apimachinery/conversion"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
)

// InternalEvent is the in-memory form of WatchEvent: a watch.Event with a
// decoded object. It is registered as the internal version of WatchEvent.
type InternalEvent watch.Event

// GetObjectKind returns an ObjectKind that records nothing.
func (e *InternalEvent) GetObjectKind() schema.ObjectKind { return schema.EmptyObjectKind }

// DeepCopyInto copies in into out, deep-copying the object.
func (in *InternalEvent) DeepCopyInto(out *InternalEvent) {
	*out = *in
	if in.Object != nil {
		out.Object = in.Object.DeepCopyObject()
	}
}

// DeepCopy returns a deep copy of in.
func (in *InternalEvent) DeepCopy() *InternalEvent { return deepCopyOf(in) }

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *InternalEvent) DeepCopyObject() runtime.Object { return nilSafe(in.DeepCopy()) }

// Convert_watch_Event_To_v1_WatchEvent turns a decoded event into its wire
// form: a runtime.Unknown object contributes its raw bytes, any other
// object is kept for encoding.
func Convert_watch_Event_To_v1_WatchEvent(in *watch.Event, out *WatchEvent, s conversion.Scope) error {
	out.Type = string(in.Type)
	switch t := in.Object.(type) {
	case nil:
	case *runtime.Unknown:
		out.Object.Raw = t.Raw
	default:
		out.Object.Object = in.Object
	}
	return nil
}

// Convert_v1_InternalEvent_To_v1_WatchEvent converts like
// Convert_watch_Event_To_v1_WatchEvent.
func Convert_v1_InternalEvent_To_v1_WatchEvent(in *InternalEvent, out *WatchEvent, s conversion.Scope) error {
	return Convert_watch_Event_To_v1_WatchEvent((*watch.Event)(in), out, s)
}

// Convert_v1_WatchEvent_To_watch_Event turns a wire event into a watch.Event:
// a decoded object is used as is, raw bytes become a JSON runtime.Unknown.
func Convert_v1_WatchEvent_To_watch_Event(in *WatchEvent, out *watch.Event, s conversion.Scope) error {
	out.Type = watch.EventType(in.Type)
	if in.Object.Object != nil {
		out.Object = in.Object.Object
	} else if in.Object.Raw != nil {
		out.Object = &runtime.Unknown{Raw: in.Object.Raw, ContentType: runtime.ContentTypeJSON}
	}
	return nil
}

// Convert_v1_WatchEvent_To_v1_InternalEvent converts like
// Convert_v1_WatchEvent_To_watch_Event.
func Convert_v1_WatchEvent_To_v1_InternalEvent(in *WatchEvent, out *InternalEvent, s conversion.Scope) error {
	return Convert_v1_WatchEvent_To_watch_Event(in, (*watch.Event)(out), s)
}
