package fake

import (
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
	c.AddReactor("*", "*", serveReaction)
	c.AddWatchReactor("*", serveWatchReaction)
	srv, err := apiserver.New(apiserver.Options{})
	if err == nil {
		err = srv.Add(objects...)
	}
	rec := &recorder{fake: &c.Fake, initErr: err,
		builder: actionBuilder{server: srv, scheme: scheme.Scheme, codec: scheme.ParameterCodec}}
	if srv != nil {
		rec.next = srv.RoundTripper()
		c.server = srv
		c.tracker = testing.NewServerObjectTracker(srv, scheme.Scheme)
	} else {
		c.tracker = testing.NewObjectTracker(scheme.Scheme, scheme.Codecs.UniversalDecoder())
	}
	cfg := &rest.Config{Host: apiserver.InProcessHost, Transport: rec, QPS: -1}
	real, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		// Only a bad rest.Config fails here, and cfg is fixed: keep a
		// clientset whose requests all report the error.
		rec.initErr = err
		real = kubernetes.New(nil)
	}
	c.real = real
	return c
}

// Tracker returns an ObjectTracker over the clientset's server: what it
// stores, the clientset sees, and the other way round. Its requests are not
// recorded as actions.
func (c *Clientset) Tracker() testing.ObjectTracker {
	return c.tracker
}
