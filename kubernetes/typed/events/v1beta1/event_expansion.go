package v1beta1

import (
	"context"
	"fmt"

	eventsv1beta1 "github.com/skiff-k8s/skiff/api/events/v1beta1"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

// EventExpansion holds the event methods beyond the standard verbs:
// writes in the event's own namespace, which event recorders use.
type EventExpansion interface {
	CreateWithEventNamespace(event *eventsv1beta1.Event) (*eventsv1beta1.Event, error)
	UpdateWithEventNamespace(event *eventsv1beta1.Event) (*eventsv1beta1.Event, error)
	PatchWithEventNamespace(event *eventsv1beta1.Event, data []byte) (*eventsv1beta1.Event, error)
}

// CreateWithEventNamespace creates event in event.Namespace, which must
// match the client's namespace when the client has one.
func (c *events) CreateWithEventNamespace(event *eventsv1beta1.Event) (*eventsv1beta1.Event, error) {
	if err := c.checkNamespace("create", event); err != nil {
		return nil, err
	}
	result := &eventsv1beta1.Event{}
	err := c.GetClient().Post().NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Body(event).Do(context.Background()).Into(result)
	return result, err
}

// UpdateWithEventNamespace replaces event in event.Namespace.
func (c *events) UpdateWithEventNamespace(event *eventsv1beta1.Event) (*eventsv1beta1.Event, error) {
	if err := c.checkNamespace("update", event); err != nil {
		return nil, err
	}
	result := &eventsv1beta1.Event{}
	err := c.GetClient().Put().NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Name(event.Name).Body(event).Do(context.Background()).Into(result)
	return result, err
}

// PatchWithEventNamespace applies the strategic merge patch data to event
// in event.Namespace.
func (c *events) PatchWithEventNamespace(event *eventsv1beta1.Event, data []byte) (*eventsv1beta1.Event, error) {
	if err := c.checkNamespace("patch", event); err != nil {
		return nil, err
	}
	result := &eventsv1beta1.Event{}
	err := c.GetClient().Patch(types.StrategicMergePatchType).
		NamespaceIfScoped(event.Namespace, event.Namespace != "").
		Resource("events").Name(event.Name).Body(data).Do(context.Background()).Into(result)
	return result, err
}

// checkNamespace rejects a nil event and one outside the client's
// namespace.
func (c *events) checkNamespace(verb string, event *eventsv1beta1.Event) error {
	if event == nil {
		return fmt.Errorf("%s event: the event is nil", verb)
	}
	if ns := c.GetNamespace(); ns != "" && event.Namespace != ns {
		return fmt.Errorf("can't %s an event with namespace '%v' in namespace '%v'", verb, event.Namespace, ns)
	}
	return nil
}
