package v1

import (
	"context"
	"errors"
	"fmt"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// EventExpansion holds the event methods beyond the standard verbs: writes
// in the event's own namespace, which event recorders use, and searches
// for the events of an object.
type EventExpansion interface {
	CreateWithEventNamespace(event *corev1.Event) (*corev1.Event, error)
	UpdateWithEventNamespace(event *corev1.Event) (*corev1.Event, error)
	PatchWithEventNamespace(event *corev1.Event, data []byte) (*corev1.Event, error)
	Search(scheme *runtime.Scheme, objOrRef runtime.Object) (*corev1.EventList, error)
	GetFieldSelector(involvedObjectName, involvedObjectNamespace, involvedObjectKind, involvedObjectUID *string) fields.Selector
	CreateWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event) (*corev1.Event, error)
	UpdateWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event) (*corev1.Event, error)
	PatchWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event, data []byte) (*corev1.Event, error)
	SearchWithContext(ctx context.Context, scheme *runtime.Scheme, objOrRef runtime.Object) (*corev1.EventList, error)
}

// CreateWithEventNamespace is CreateWithEventNamespaceWithContext with a
// background context.
func (c *events) CreateWithEventNamespace(event *corev1.Event) (*corev1.Event, error) {
	return c.CreateWithEventNamespaceWithContext(context.Background(), event)
}

// CreateWithEventNamespaceWithContext creates event in event.Namespace,
// which must match the client's namespace when the client has one.
func (c *events) CreateWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event) (*corev1.Event, error) {
	if err := c.checkNamespace("create", event); err != nil {
		return nil, err
	}
	result := &corev1.Event{}
	err := c.GetClient().Post().NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Body(event).Do(ctx).Into(result)
	return result, err
}

// UpdateWithEventNamespace is UpdateWithEventNamespaceWithContext with a
// background context.
func (c *events) UpdateWithEventNamespace(event *corev1.Event) (*corev1.Event, error) {
	return c.UpdateWithEventNamespaceWithContext(context.Background(), event)
}

// UpdateWithEventNamespaceWithContext replaces event in event.Namespace.
func (c *events) UpdateWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event) (*corev1.Event, error) {
	if err := c.checkNamespace("update", event); err != nil {
		return nil, err
	}
	result := &corev1.Event{}
	err := c.GetClient().Put().NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Name(event.Name).Body(event).Do(ctx).Into(result)
	return result, err
}

// PatchWithEventNamespace is PatchWithEventNamespaceWithContext with a
// background context.
func (c *events) PatchWithEventNamespace(event *corev1.Event, data []byte) (*corev1.Event, error) {
	return c.PatchWithEventNamespaceWithContext(context.Background(), event, data)
}

// PatchWithEventNamespaceWithContext applies the strategic merge patch
// data to event in event.Namespace.
func (c *events) PatchWithEventNamespaceWithContext(ctx context.Context, event *corev1.Event, data []byte) (*corev1.Event, error) {
	if err := c.checkNamespace("patch", event); err != nil {
		return nil, err
	}
	result := &corev1.Event{}
	err := c.GetClient().Patch(types.StrategicMergePatchType).
		NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Name(event.Name).Body(data).Do(ctx).Into(result)
	return result, err
}

// checkNamespace rejects a nil event and one outside the client's
// namespace.
func (c *events) checkNamespace(verb string, event *corev1.Event) error {
	if event == nil {
		return fmt.Errorf("%s event: the event is nil", verb)
	}
	if ns := c.GetNamespace(); ns != "" && event.Namespace != ns {
		return fmt.Errorf("can't %s an event with namespace '%v' in namespace '%v'", verb, event.Namespace, ns)
	}
	return nil
}

// Search is SearchWithContext with a background context.
func (c *events) Search(scheme *runtime.Scheme, objOrRef runtime.Object) (*corev1.EventList, error) {
	return c.SearchWithContext(context.Background(), scheme, objOrRef)
}

// SearchWithContext lists the events whose involved object is objOrRef
// (an object scheme knows, or an *ObjectReference), matching name,
// namespace and, when known, kind and UID.
func (c *events) SearchWithContext(ctx context.Context, scheme *runtime.Scheme, objOrRef runtime.Object) (*corev1.EventList, error) {
	ref, err := referenceOf(scheme, objOrRef)
	if err != nil {
		return nil, fmt.Errorf("search events: %w", err)
	}
	if ns := c.GetNamespace(); ns != "" && ref.Namespace != ns {
		return nil, fmt.Errorf("won't be able to find any events of namespace '%v' in namespace '%v'", ref.Namespace, ns)
	}
	var kind, uid *string
	if ref.Kind != "" {
		kind = &ref.Kind
	}
	if ref.UID != "" {
		s := string(ref.UID)
		uid = &s
	}
	selector := c.GetFieldSelector(&ref.Name, &ref.Namespace, kind, uid)
	return c.List(ctx, metav1.ListOptions{FieldSelector: selector.String()})
}

// GetFieldSelector returns the field selector of the events about an
// object: each non-nil argument adds its involvedObject field.
func (c *events) GetFieldSelector(involvedObjectName, involvedObjectNamespace, involvedObjectKind, involvedObjectUID *string) fields.Selector {
	set := fields.Set{}
	for field, value := range map[string]*string{
		GetInvolvedObjectNameFieldLabel("v1"): involvedObjectName,
		"involvedObject.namespace":            involvedObjectNamespace,
		"involvedObject.kind":                 involvedObjectKind,
		"involvedObject.uid":                  involvedObjectUID,
	} {
		if value != nil {
			set[field] = *value
		}
	}
	return set.AsSelector()
}

// GetInvolvedObjectNameFieldLabel returns the field label of an event's
// involved object name in version: "involvedObject.name".
func GetInvolvedObjectNameFieldLabel(version string) string {
	return "involvedObject.name"
}

// referenceOf returns objOrRef itself when it is an *ObjectReference, or
// a reference to the object with its kind from its TypeMeta or scheme.
func referenceOf(scheme *runtime.Scheme, objOrRef runtime.Object) (*corev1.ObjectReference, error) {
	if objOrRef == nil {
		return nil, errors.New("the object is nil")
	}
	if ref, ok := objOrRef.(*corev1.ObjectReference); ok {
		return ref, nil
	}
	gvk := objOrRef.GetObjectKind().GroupVersionKind()
	if gvk.Kind == "" && scheme != nil {
		kinds, _, err := scheme.ObjectKinds(objOrRef)
		if err != nil {
			return nil, err
		}
		gvk = kinds[0]
	}
	if gvk.Kind == "" {
		return nil, fmt.Errorf("the kind of %T is unknown", objOrRef)
	}
	m, err := meta.Accessor(objOrRef)
	if err != nil {
		return nil, err
	}
	return &corev1.ObjectReference{
		Kind: gvk.Kind, APIVersion: gvk.GroupVersion().String(),
		Name: m.GetName(), Namespace: m.GetNamespace(),
		UID: m.GetUID(), ResourceVersion: m.GetResourceVersion(),
	}, nil
}

// EventSinkImpl writes events through Interface in each event's own
// namespace; it is the event sink of an event broadcaster.
type EventSinkImpl struct {
	Interface EventInterface
}

// Create creates event in its namespace.
func (e *EventSinkImpl) Create(event *corev1.Event) (*corev1.Event, error) {
	return e.Interface.CreateWithEventNamespace(event)
}

// Update replaces event in its namespace.
func (e *EventSinkImpl) Update(event *corev1.Event) (*corev1.Event, error) {
	return e.Interface.UpdateWithEventNamespace(event)
}

// Patch applies the strategic merge patch data to event in its namespace.
func (e *EventSinkImpl) Patch(event *corev1.Event, data []byte) (*corev1.Event, error) {
	return e.Interface.PatchWithEventNamespace(event, data)
}
