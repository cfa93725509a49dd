package schema

// ObjectKind is implemented by objects that carry their own schema
// information (TypeMeta). Serializers set and read it.
type ObjectKind interface {
	// SetGroupVersionKind sets or clears the group, version and kind.
	SetGroupVersionKind(kind GroupVersionKind)
	// GroupVersionKind returns the stored group, version and kind.
	GroupVersionKind() GroupVersionKind
}

// EmptyObjectKind is an ObjectKind for objects that carry no type
// information; setting it does nothing.
var EmptyObjectKind = emptyObjectKind{}

type emptyObjectKind struct{}

// SetGroupVersionKind does nothing.
func (emptyObjectKind) SetGroupVersionKind(gvk GroupVersionKind) {}

// GroupVersionKind returns the empty GroupVersionKind.
func (emptyObjectKind) GroupVersionKind() GroupVersionKind { return GroupVersionKind{} }
