package kubernetes_test

import (
	"context"
	"net/http"
	"reflect"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/kubernetes/scheme"
	"github.com/skiff-k8s/skiff/testing/apiserver"
)

// servedResources returns what a v1.34 API server serves, keyed by group
// and kind: resource names and scopes do not change between versions, and
// the server no longer serves some versions the clients still have.
func servedResources(t *testing.T) map[schema.GroupKind]*apiserver.Resource {
	t.Helper()
	server, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatalf("apiserver.New: %v", err)
	}
	out := map[schema.GroupKind]*apiserver.Resource{}
	for _, r := range server.Resources() {
		out[schema.GroupKind{Group: r.GVR.Group, Kind: r.Kind}] = r
		// Kinds of groups no longer served (extensions) moved to other
		// groups under the same resource name.
		if byKind := (schema.GroupKind{Group: "*", Kind: r.Kind}); out[byKind] == nil {
			out[byKind] = r
		}
	}
	return out
}

// TestEveryResourceClient calls Get (or Create) on every resource client
// of every group and checks the URL against the resource name and scope
// the API server serves for the kind.
func TestEveryResourceClient(t *testing.T) {
	served := servedResources(t)
	srv := newRecorder(t, http.StatusNotFound, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}`)
	var iface kubernetes.Interface = srv.clientset(t)
	cs := reflect.ValueOf(&iface).Elem()
	tested := 0
	for i := 0; i < cs.NumMethod(); i++ {
		group := cs.Type().Method(i)
		if group.Name == "Discovery" {
			continue
		}
		gc := cs.Method(i).Call(nil)[0]
		for j := 0; j < gc.NumMethod(); j++ {
			getter := gc.Type().Method(j)
			if getter.Name == "RESTClient" {
				continue
			}
			var args []reflect.Value
			if gc.Method(j).Type().NumIn() == 1 {
				args = []reflect.Value{reflect.ValueOf("ns")}
			}
			rc := gc.Method(j).Call(args)[0]
			if path, want, ok := callOne(t, srv, rc, served); ok {
				tested++
				if path != want {
					t.Errorf("%s().%s: request path %q, want %q", group.Name, getter.Name, path, want)
				}
			}
		}
	}
	// 150 resource clients, less the two Evictions clients, which have
	// neither Get nor Create.
	if tested != 148 {
		t.Errorf("checked %d resource clients, want 148", tested)
	}
}

// callOne calls Get, or Create when there is no Get, on resource client
// rc and returns the request path and the one the served resource wants.
func callOne(t *testing.T, srv *recorder, rc reflect.Value, served map[schema.GroupKind]*apiserver.Resource) (string, string, bool) {
	t.Helper()
	ctx := reflect.ValueOf(context.Background())
	name := "x"
	var out []reflect.Value
	var obj runtime.Object
	if get := rc.MethodByName("Get"); get.IsValid() {
		obj = reflect.New(get.Type().Out(0).Elem()).Interface().(runtime.Object)
		out = get.Call([]reflect.Value{ctx, reflect.ValueOf(name), reflect.ValueOf(metav1.GetOptions{})})
	} else if create := rc.MethodByName("Create"); create.IsValid() {
		obj = reflect.New(create.Type().In(1).Elem()).Interface().(runtime.Object)
		out = create.Call([]reflect.Value{ctx, reflect.ValueOf(obj), reflect.ValueOf(metav1.CreateOptions{})})
		name = ""
	} else {
		return "", "", false
	}
	if out[len(out)-1].IsNil() {
		t.Errorf("%T: a 404 answer gave no error", obj)
	}
	kinds, _, err := scheme.Scheme.ObjectKinds(obj)
	if err != nil {
		t.Fatalf("ObjectKinds(%T): %v", obj, err)
	}
	gvk := kinds[0]
	res := served[gvk.GroupKind()]
	if res == nil {
		res = served[schema.GroupKind{Group: "*", Kind: gvk.Kind}]
	}
	if res == nil {
		t.Errorf("the API server serves no resource of kind %v", gvk)
		return "", "", false
	}
	want := "/apis/" + gvk.Group + "/" + gvk.Version
	if gvk.Group == "" {
		want = "/api/" + gvk.Version
	}
	if res.Namespaced {
		want += "/namespaces/ns"
	}
	want += "/" + res.GVR.Resource
	if name != "" {
		want += "/" + name
	}
	return srv.last(t).Path, want, true
}
