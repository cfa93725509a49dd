package testing

import (
	"context"
	"encoding/json"
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// ObjectScheme is the part of a runtime.Scheme a tracker needs to turn
// stored objects back into Go types.
type ObjectScheme interface {
	runtime.ObjectCreater
	runtime.ObjectTyper
}

// ObjectTracker stores the objects of a fake client. The trackers of this
// package keep them in an in-memory API server, so every method has the
// server's semantics (resourceVersions, namespaces that must exist,
// selectors, 404/409 errors).
type ObjectTracker interface {
	// Add stores obj, replacing an existing object of the same name.
	Add(obj runtime.Object) error
	// Get returns the named object.
	Get(gvr schema.GroupVersionResource, ns, name string, opts ...metav1.GetOptions) (runtime.Object, error)
	// Create stores a new object.
	Create(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.CreateOptions) error
	// Update replaces an existing object.
	Update(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.UpdateOptions) error
	// Patch replaces an existing object with obj, the patched object.
	Patch(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.PatchOptions) error
	// Apply server-side applies applyConfiguration.
	Apply(gvr schema.GroupVersionResource, applyConfiguration runtime.Object, ns string, opts ...metav1.PatchOptions) error
	// List returns the objects of gvr in ns (all namespaces when empty) as
	// the list kind of gvk.
	List(gvr schema.GroupVersionResource, gvk schema.GroupVersionKind, ns string, opts ...metav1.ListOptions) (runtime.Object, error)
	// Delete deletes the named object.
	Delete(gvr schema.GroupVersionResource, ns, name string, opts ...metav1.DeleteOptions) error
	// Watch watches the objects of gvr in ns.
	Watch(gvr schema.GroupVersionResource, ns string, opts ...metav1.ListOptions) (watch.Interface, error)
}

// serverTracker is an ObjectTracker over an in-memory API server, reached
// in process through the dynamic client.
type serverTracker struct {
	server *apiserver.Server
	client dynamic.Interface
	scheme ObjectScheme
	err    error
}

// NewObjectTracker returns a tracker backed by a new in-memory API server
// (testing/apiserver); scheme turns stored objects back into Go types.
// The decoder is not used: the tracker talks JSON to the server through a
// dynamic client. The server holds no
// goroutine of its own, so the tracker needs no closing; stop the watches
// it returns.
func NewObjectTracker(scheme ObjectScheme, decoder runtime.Decoder) ObjectTracker {
	srv, err := apiserver.New(apiserver.Options{})
	if err != nil {
		return &serverTracker{err: fmt.Errorf("testing: start in-memory API server: %w", err)}
	}
	return NewServerObjectTracker(srv, scheme)
}

// NewServerObjectTracker returns a tracker over server, talking to it in
// process; scheme turns stored objects back into Go types (objects of
// kinds it does not know are returned as *unstructured.Unstructured).
func NewServerObjectTracker(server *apiserver.Server, scheme ObjectScheme) ObjectTracker {
	client, err := dynamic.NewForConfig(server.RESTConfig())
	if err != nil {
		return &serverTracker{err: fmt.Errorf("testing: dynamic client for in-memory API server: %w", err)}
	}
	return &serverTracker{server: server, client: client, scheme: scheme}
}

// resource returns the dynamic client of gvr in ns.
func (t *serverTracker) resource(gvr schema.GroupVersionResource, ns string) dynamic.ResourceInterface {
	if ns == "" {
		return t.client.Resource(gvr)
	}
	return t.client.Resource(gvr).Namespace(ns)
}

// Add stores obj in its namespace (created when missing, "default" when
// unset), replacing an object of the same name; a list adds its items.
func (t *serverTracker) Add(obj runtime.Object) error {
	if t.err != nil {
		return t.err
	}
	if meta.IsListType(obj) {
		items, err := meta.ExtractList(obj)
		if err != nil {
			return fmt.Errorf("testing: add %T: %w", obj, err)
		}
		for _, item := range items {
			if err := t.Add(item); err != nil {
				return err
			}
		}
		return nil
	}
	err := t.server.Add(obj)
	if err == nil || !apierrors.IsAlreadyExists(err) {
		return err
	}
	u, err := t.toUnstructured(obj)
	if err != nil {
		return err
	}
	res, ok := t.resourceOfKind(u.GroupVersionKind())
	if !ok {
		return fmt.Errorf("testing: add: no resource serves %s", u.GroupVersionKind())
	}
	ns := ""
	if res.Namespaced {
		ns = u.GetNamespace()
		if ns == "" {
			ns = "default"
		}
	}
	ri := t.resource(res.GVR, ns)
	cur, err := ri.Get(context.Background(), u.GetName(), metav1.GetOptions{})
	if err != nil {
		return fmt.Errorf("testing: add %s: %w", u.GetName(), err)
	}
	u.SetResourceVersion(cur.GetResourceVersion())
	_, err = ri.Update(context.Background(), u, metav1.UpdateOptions{})
	return err
}

// resourceOfKind finds the served resource of gvk.
func (t *serverTracker) resourceOfKind(gvk schema.GroupVersionKind) (*apiserver.Resource, bool) {
	for _, r := range t.server.Resources() {
		if r.Kind == gvk.Kind && r.GVR.Group == gvk.Group && r.GVR.Version == gvk.Version {
			return r, true
		}
	}
	return nil, false
}

// Get returns the named object.
func (t *serverTracker) Get(gvr schema.GroupVersionResource, ns, name string, opts ...metav1.GetOptions) (runtime.Object, error) {
	if t.err != nil {
		return nil, t.err
	}
	u, err := t.resource(gvr, ns).Get(context.Background(), name, first(opts))
	if err != nil {
		return nil, err
	}
	return t.fromUnstructured(u)
}

// Create stores a new object.
func (t *serverTracker) Create(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.CreateOptions) error {
	_, err := t.create(gvr, obj, ns, first(opts))
	return err
}

// create stores a new object and returns the stored one.
func (t *serverTracker) create(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts metav1.CreateOptions) (runtime.Object, error) {
	if t.err != nil {
		return nil, t.err
	}
	u, err := t.toUnstructured(obj)
	if err != nil {
		return nil, err
	}
	out, err := t.resource(gvr, ns).Create(context.Background(), u, opts)
	if err != nil {
		return nil, err
	}
	return t.fromUnstructured(out)
}

// Update replaces an existing object.
func (t *serverTracker) Update(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.UpdateOptions) error {
	_, err := t.update(gvr, obj, ns, first(opts))
	return err
}

// update replaces an existing object and returns the stored one.
func (t *serverTracker) update(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts metav1.UpdateOptions, sub ...string) (runtime.Object, error) {
	if t.err != nil {
		return nil, t.err
	}
	u, err := t.toUnstructured(obj)
	if err != nil {
		return nil, err
	}
	out, err := t.resource(gvr, ns).Update(context.Background(), u, opts, sub...)
	if err != nil {
		return nil, err
	}
	return t.fromUnstructured(out)
}

// Patch replaces the object with the already patched obj.
func (t *serverTracker) Patch(gvr schema.GroupVersionResource, obj runtime.Object, ns string, opts ...metav1.PatchOptions) error {
	o := first(opts)
	_, err := t.update(gvr, obj, ns, metav1.UpdateOptions{DryRun: o.DryRun, FieldManager: o.FieldManager})
	return err
}

// Apply server-side applies applyConfiguration (an object or apply
// configuration encoding to JSON with metadata.name).
func (t *serverTracker) Apply(gvr schema.GroupVersionResource, applyConfiguration runtime.Object, ns string, opts ...metav1.PatchOptions) error {
	if t.err != nil {
		return t.err
	}
	raw, err := json.Marshal(applyConfiguration)
	if err != nil {
		return fmt.Errorf("testing: apply: encode: %w", err)
	}
	u, err := decodeUnstructured(raw)
	if err != nil {
		return fmt.Errorf("testing: apply: decode: %w", err)
	}
	o := first(opts)
	if o.FieldManager == "" {
		o.FieldManager = "fake-tracker"
	}
	_, err = t.resource(gvr, ns).Patch(context.Background(), u.GetName(), types.ApplyPatchType, raw, o)
	return err
}

// patch sends a raw patch and returns the patched object.
func (t *serverTracker) patch(a PatchActionImpl) (runtime.Object, error) {
	if t.err != nil {
		return nil, t.err
	}
	var sub []string
	if a.Subresource != "" {
		sub = []string{a.Subresource}
	}
	out, err := t.resource(a.Resource, a.Namespace).Patch(context.Background(), a.Name, a.PatchType, a.Patch, a.PatchOptions, sub...)
	if err != nil {
		return nil, err
	}
	return t.fromUnstructured(out)
}

// List returns the selected objects as the list kind of gvk.
func (t *serverTracker) List(gvr schema.GroupVersionResource, gvk schema.GroupVersionKind, ns string, opts ...metav1.ListOptions) (runtime.Object, error) {
	if t.err != nil {
		return nil, t.err
	}
	list, err := t.resource(gvr, ns).List(context.Background(), first(opts))
	if err != nil {
		return nil, err
	}
	listGVK := gvk
	if listGVK.Kind != "" && t.scheme != nil && t.scheme.Recognizes(listGVK.GroupVersion().WithKind(gvk.Kind+"List")) {
		listGVK.Kind += "List"
		return t.decode(list, listGVK)
	}
	return list, nil
}

// Delete deletes the named object.
func (t *serverTracker) Delete(gvr schema.GroupVersionResource, ns, name string, opts ...metav1.DeleteOptions) error {
	if t.err != nil {
		return t.err
	}
	return t.resource(gvr, ns).Delete(context.Background(), name, first(opts))
}

// Watch watches the objects of gvr in ns; events carry Go types.
func (t *serverTracker) Watch(gvr schema.GroupVersionResource, ns string, opts ...metav1.ListOptions) (watch.Interface, error) {
	if t.err != nil {
		return nil, t.err
	}
	w, err := t.resource(gvr, ns).Watch(context.Background(), first(opts))
	if err != nil {
		return nil, err
	}
	return watch.Filter(w, func(e watch.Event) (watch.Event, bool) {
		if u, ok := e.Object.(*unstructured.Unstructured); ok && e.Type != watch.Error {
			if obj, err := t.fromUnstructured(u); err == nil {
				e.Object = obj
			}
		}
		return e, true
	}), nil
}

// deleteCollection deletes the objects a selects.
func (t *serverTracker) deleteCollection(a DeleteCollectionActionImpl) error {
	if t.err != nil {
		return t.err
	}
	return t.resource(a.Resource, a.Namespace).DeleteCollection(context.Background(), a.DeleteOptions, a.ListOptions)
}

// first returns the first option, or the zero value.
func first[T any](opts []T) T {
	var zero T
	if len(opts) == 0 {
		return zero
	}
	return opts[0]
}
