package fake

import (
	"fmt"
	"net/http"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/testing"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// Clientset is a kubernetes.Interface over an in-memory API server that
// records its requests and consults reactors first. Its group clients and
// Discovery are those of the real clientset.
type Clientset struct {
	testing.Fake
	real kubernetes.Interface

	server  *apiserver.Server
	tracker testing.ObjectTracker
}

var _ kubernetes.Interface = &Clientset{}
var _ testing.FakeClient = &Clientset{}

// NewSimpleClientset returns a fake clientset whose server holds objects,
// their namespaces created as needed ("default" when unset). When the
// server cannot be built or an object cannot be stored, every request
// fails with a 500 InternalError saying why.
func NewSimpleClientset(objects ...runtime.Object) *Clientset {
	return newClientset(objects)
}

// NewClientset returns a fake clientset like NewSimpleClientset; the
// in-memory server handles server-side apply with managed fields for
// both, so the two are the same.
func NewClientset(objects ...runtime.Object) *Clientset {
	return newClientset(objects)
}

// newClientset builds the server, seeds it and wires the recorder.
func newClientset(objects []runtime.Object) *Clientset {
	c := &Clientset{}
	var transport http.RoundTripper
	srv, err := apiserver.New(apiserver.Options{})
	if err == nil {
		c.server = srv
		c.tracker = testing.NewServerObjectTracker(srv, scheme.Scheme)
		err = addAll(c.tracker, objects)
	}
	if err != nil {
		transport = failingTransport{err: fmt.Errorf("fake clientset: %w", err)}
		if c.tracker == nil {
			c.tracker = testing.NewObjectTracker(scheme.Scheme, nil)
		}
	} else {
		transport = testing.NewServerRoundTripper(&c.Fake, srv, scheme.Scheme)
	}
	// JSON, not the protobuf typed clients prefer: the recorder decodes
	// request bodies into actions and reactors answer in JSON.
	cfg := &rest.Config{Host: apiserver.InProcessHost, Transport: transport, QPS: -1}
	cfg.ContentType = runtime.ContentTypeJSON
	real, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		// cfg is fixed and valid, so this does not happen; never panic.
		real = kubernetes.New(nil)
	}
	c.real = real
	return c
}

// addAll adds objects to tracker, lists item by item.
func addAll(tracker testing.ObjectTracker, objects []runtime.Object) error {
	for _, obj := range objects {
		if err := tracker.Add(obj); err != nil {
			return err
		}
	}
	return nil
}

// failingTransport fails every request with err: the clientset of a
// server that could not be built or seeded.
type failingTransport struct{ err error }

// RoundTrip returns the error.
func (f failingTransport) RoundTrip(*http.Request) (*http.Response, error) { return nil, f.err }

// Tracker returns an ObjectTracker over the clientset's server: what it
// stores, the clientset sees, and the other way round. Its requests are not
// recorded as actions.
func (c *Clientset) Tracker() testing.ObjectTracker {
	return c.tracker
}
