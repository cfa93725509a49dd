package apiserver

import (
	"encoding/json"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// Create stores obj (anything that encodes to a JSON object of the
// resource's kind) as the real server would on POST, and returns the stored
// object as JSON. Namespaced resources need an existing namespace.
func (s *Server) Create(gvr schema.GroupVersionResource, namespace string, obj any) ([]byte, error) {
	res, ok := s.registry.lookup(gvr)
	if !ok {
		return nil, fmt.Errorf("apiserver: create: resource %s is not served", gvr)
	}
	raw, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("apiserver: create %s: encode: %w", gvr, err)
	}
	opts := writeOptions{fieldManager: "apiserver", operation: "Update"}
	m, err := s.decodeObject(res, raw, &opts)
	if err != nil {
		return nil, fmt.Errorf("apiserver: create %s: %w", gvr, err)
	}
	if !res.Namespaced {
		namespace = ""
	} else if namespace == "" {
		namespace = metaString(m, "namespace")
	}
	stored, err := s.create(res, namespace, m, opts)
	if err != nil {
		return nil, fmt.Errorf("apiserver: create %s: %w", gvr, err)
	}
	return stored.raw, nil
}

// Get returns the stored object as JSON.
func (s *Server) Get(gvr schema.GroupVersionResource, namespace, name string) ([]byte, error) {
	res, ok := s.registry.lookup(gvr)
	if !ok {
		return nil, fmt.Errorf("apiserver: get: resource %s is not served", gvr)
	}
	obj, err := s.getObject(res, namespace, name)
	if err != nil {
		return nil, fmt.Errorf("apiserver: get %s %s/%s: %w", gvr, namespace, name, err)
	}
	return obj.raw, nil
}

// Add stores typed objects (with or without TypeMeta set), creating their
// namespaces when missing: the seeding a fake clientset needs.
func (s *Server) Add(objs ...runtime.Object) error {
	for _, obj := range objs {
		gvk := obj.GetObjectKind().GroupVersionKind()
		if gvk.Kind == "" {
			kinds, _, err := s.scheme.ObjectKinds(obj)
			if err != nil || len(kinds) == 0 {
				return fmt.Errorf("apiserver: add %T: unknown kind: %w", obj, err)
			}
			gvk = kinds[0]
		}
		res, ok := s.registry.findByKind(gvk)
		if !ok {
			return fmt.Errorf("apiserver: add: no resource serves %s", gvk)
		}
		raw, err := json.Marshal(obj)
		if err != nil {
			return fmt.Errorf("apiserver: add %s: encode: %w", gvk, err)
		}
		m, err := decodeMap(raw)
		if err != nil {
			return fmt.Errorf("apiserver: add %s: decode: %w", gvk, err)
		}
		ns := metaString(m, "namespace")
		if res.Namespaced {
			if ns == "" {
				ns = "default"
			}
			if err := s.ensureNamespace(ns); err != nil {
				return err
			}
		}
		if _, err := s.Create(res.GVR, ns, m); err != nil {
			return err
		}
	}
	return nil
}

// AddCRD creates a CustomResourceDefinition (apiextensions.k8s.io/v1, as
// any value encoding to its JSON) and so registers its resources, as
// creating it through the API does.
func (s *Server) AddCRD(crd any) error {
	_, err := s.Create(gvrCRDs, "", crd)
	return err
}

// Resources returns every served resource.
func (s *Server) Resources() []*Resource {
	groups, order := s.registry.snapshot()
	var out []*Resource
	for _, g := range groups {
		for _, v := range g.versions {
			out = append(out, order[schema.GroupVersion{Group: g.name, Version: v}]...)
		}
	}
	return out
}

// TB is the part of testing.TB NewForTest uses.
type TB interface {
	Helper()
	Cleanup(func())
	Fatalf(format string, args ...any)
}

// NewForTest returns a server that is closed when the test ends; it fails
// the test when the server cannot be built.
func NewForTest(t TB, opts Options) *Server {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatalf("apiserver: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}
