package fake

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/testing"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// FakeDynamicClient is a dynamic.Interface over an in-memory API server
// that records its requests and consults reactors first.
type FakeDynamicClient struct {
	testing.Fake

	scheme  *runtime.Scheme
	client  dynamic.Interface
	tracker testing.ObjectTracker
}

var _ dynamic.Interface = &FakeDynamicClient{}

// NewSimpleDynamicClient returns a fake dynamic client whose server holds
// objects (typed objects need their kind in scheme or in their TypeMeta).
// When the server cannot be built or an object cannot be stored, every
// request fails saying why.
func NewSimpleDynamicClient(scheme *runtime.Scheme, objects ...runtime.Object) *FakeDynamicClient {
	return NewSimpleDynamicClientWithCustomListKinds(scheme, nil, objects...)
}

// NewSimpleDynamicClientWithCustomListKinds is NewSimpleDynamicClient
// that also serves the resources of gvrToListKind (resource to list kind,
// such as "WidgetList"), registering those the server does not know.
func NewSimpleDynamicClientWithCustomListKinds(scheme *runtime.Scheme, gvrToListKind map[schema.GroupVersionResource]string, objects ...runtime.Object) *FakeDynamicClient {
	c := &FakeDynamicClient{scheme: scheme}
	srv, err := apiserver.New(apiserver.Options{})
	if err == nil {
		err = seed(srv, scheme, gvrToListKind, objects)
	}
	var transport http.RoundTripper
	if err != nil {
		transport = failingTransport{err: fmt.Errorf("fake dynamic client: %w", err)}
		c.tracker = testing.NewObjectTracker(scheme, nil)
	} else {
		transport = &autoRegister{server: srv, next: testing.NewServerRoundTripper(&c.Fake, srv, nil)}
		c.tracker = testing.NewServerObjectTracker(srv, schemeOrNil(scheme))
	}
	client, err := dynamic.NewForConfig(&rest.Config{Host: apiserver.InProcessHost, Transport: transport, QPS: -1})
	if err != nil {
		// The config is fixed and valid, so this does not happen; never panic.
		c.client = dynamic.New(nil)
		return c
	}
	c.client = client
	return c
}

// Resource returns the client of gvr.
func (c *FakeDynamicClient) Resource(resource schema.GroupVersionResource) dynamic.NamespaceableResourceInterface {
	return c.client.Resource(resource)
}

// Tracker returns an ObjectTracker over the client's server; its requests
// are not recorded.
func (c *FakeDynamicClient) Tracker() testing.ObjectTracker {
	return c.tracker
}

// failingTransport fails every request with err.
type failingTransport struct{ err error }

// RoundTrip returns the error.
func (f failingTransport) RoundTrip(*http.Request) (*http.Response, error) { return nil, f.err }

// schemeOrNil keeps a nil *runtime.Scheme a nil interface.
func schemeOrNil(s *runtime.Scheme) testing.ObjectScheme {
	if s == nil {
		return nil
	}
	return s
}

// seed registers the custom resources objects and gvrToListKind need and
// stores objects.
func seed(srv *apiserver.Server, scheme *runtime.Scheme, gvrToListKind map[schema.GroupVersionResource]string, objects []runtime.Object) error {
	objects, err := flatten(objects)
	if err != nil {
		return err
	}
	us := make([]*unstructured.Unstructured, 0, len(objects))
	for _, obj := range objects {
		u, err := toUnstructured(scheme, obj)
		if err != nil {
			return err
		}
		us = append(us, u)
	}
	crds := newCRDSet()
	for gvr, listKind := range gvrToListKind {
		if _, ok := srv.Resource(gvr); !ok {
			crds.add(gvr, trimList(listKind), true)
		}
	}
	for _, u := range us {
		gvk := u.GroupVersionKind()
		if servesKind(srv, gvk) {
			continue
		}
		plural, _ := meta.UnsafeGuessKindToResource(gvk)
		crds.add(plural, gvk.Kind, u.GetNamespace() != "")
	}
	for _, crd := range crds.objects() {
		if err := srv.AddCRD(crd); err != nil {
			return fmt.Errorf("register %v: %w", crd["metadata"], err)
		}
	}
	for _, u := range us {
		if err := srv.Add(u); err != nil {
			return fmt.Errorf("seed %s %s/%s: %w", u.GetKind(), u.GetNamespace(), u.GetName(), err)
		}
	}
	return nil
}

// flatten replaces the lists among objects by their items.
func flatten(objects []runtime.Object) ([]runtime.Object, error) {
	out := make([]runtime.Object, 0, len(objects))
	for _, obj := range objects {
		if !meta.IsListType(obj) {
			out = append(out, obj)
			continue
		}
		items, err := meta.ExtractList(obj)
		if err != nil {
			return nil, fmt.Errorf("items of %T: %w", obj, err)
		}
		out = append(out, items...)
	}
	return out, nil
}

// servesKind says whether a served resource has objects of gvk.
func servesKind(srv *apiserver.Server, gvk schema.GroupVersionKind) bool {
	for _, r := range srv.Resources() {
		if r.Kind == gvk.Kind && r.GVR.Group == gvk.Group && r.GVR.Version == gvk.Version {
			return true
		}
	}
	return false
}

// toUnstructured encodes obj as an Unstructured with its kind set.
func toUnstructured(scheme *runtime.Scheme, obj runtime.Object) (*unstructured.Unstructured, error) {
	if u, ok := obj.(*unstructured.Unstructured); ok {
		return u.DeepCopy(), nil
	}
	raw, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("encode %T: %w", obj, err)
	}
	u := &unstructured.Unstructured{}
	if err := json.Unmarshal(raw, &u.Object); err != nil {
		return nil, fmt.Errorf("decode %T: %w", obj, err)
	}
	if u.GetKind() == "" {
		if scheme == nil {
			return nil, fmt.Errorf("%T has no kind and no scheme was given", obj)
		}
		kinds, _, err := scheme.ObjectKinds(obj)
		if err != nil || len(kinds) == 0 {
			return nil, fmt.Errorf("kind of %T: %w", obj, err)
		}
		u.SetGroupVersionKind(kinds[0])
	}
	return u, nil
}
