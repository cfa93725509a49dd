package apiserver

import (
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"net/http"
	"testing"
)

func TestCreateGetUpdateDelete(t *testing.T) {
	s := newTestServer(t, Options{})
	const cms = "/api/v1/namespaces/default/configmaps"
	created := mustCall(t, s, http.StatusCreated, "POST", cms, cmBody("a", ""))
	rv := str(created, "metadata.resourceVersion")
	if str(created, "metadata.uid") == "" || rv == "" || str(created, "metadata.creationTimestamp") == "" {
		t.Fatalf("create: missing uid, resourceVersion or creationTimestamp: %v", created)
	}
	got := mustCall(t, s, http.StatusOK, "GET", cms+"/a", "")
	if str(got, "metadata.resourceVersion") != rv {
		t.Errorf("get rv: got %s, want %s", str(got, "metadata.resourceVersion"), rv)
	}
	updated := mustCall(t, s, http.StatusOK, "PUT", cms+"/a", `{"metadata":{"name":"a","resourceVersion":"`+rv+`"},"data":{"k":"w"}}`)
	if str(updated, "data.k") != "w" || str(updated, "metadata.resourceVersion") == rv {
		t.Errorf("update: got %v, want data.k=w and a new resourceVersion", updated)
	}
	conflict := mustCall(t, s, http.StatusConflict, "PUT", cms+"/a", `{"metadata":{"name":"a","resourceVersion":"`+rv+`"}}`)
	if conflict["reason"] != "Conflict" {
		t.Errorf("stale update reason: got %v, want Conflict", conflict["reason"])
	}
	mustCall(t, s, http.StatusOK, "DELETE", cms+"/a", "")
	nf := mustCall(t, s, http.StatusNotFound, "GET", cms+"/a", "")
	if nf["message"] != `configmaps "a" not found` {
		t.Errorf("message: got %v", nf["message"])
	}
}

func TestGoAPI(t *testing.T) {
	s := newTestServer(t, Options{})
	gvr := mustResource(t, s, "", "v1", "configmaps")
	if _, err := s.Create(gvr, "default", map[string]any{"metadata": map[string]any{"name": "x"}}); err != nil {
		t.Fatalf("Create: %v", err)
	}
	raw, err := s.Get(gvr, "default", "x")
	if err != nil || len(raw) == 0 {
		t.Fatalf("Get: %v", err)
	}
	if _, err := s.Get(gvr, "default", "y"); err == nil {
		t.Error("Get missing: got nil error")
	}
	if _, err := s.Create(gvr, "nope", map[string]any{"metadata": map[string]any{"name": "x"}}); err == nil {
		t.Error("Create in missing namespace: got nil error")
	}
	if len(s.Resources()) < 80 {
		t.Errorf("Resources: got %d, want the full built-in table", len(s.Resources()))
	}
}

func TestNamespaceDeletionTakesContent(t *testing.T) {
	s := newTestServer(t, Options{})
	mustCall(t, s, http.StatusCreated, "POST", "/api/v1/namespaces", `{"metadata":{"name":"gone"}}`)
	mustCall(t, s, http.StatusCreated, "POST", "/api/v1/namespaces/gone/configmaps", cmBody("a", ""))
	mustCall(t, s, http.StatusOK, "DELETE", "/api/v1/namespaces/gone", "")
	mustCall(t, s, http.StatusNotFound, "GET", "/api/v1/namespaces/gone/configmaps/a", "")
	mustCall(t, s, http.StatusNotFound, "GET", "/api/v1/namespaces/gone", "")
}

func TestBoundPodDeletionIsGraceful(t *testing.T) {
	s := newTestServer(t, Options{})
	const pods = "/api/v1/namespaces/default/pods"
	mustCall(t, s, http.StatusCreated, "POST", pods, `{"metadata":{"name":"p"},"spec":{"nodeName":"n1","containers":[{"name":"c","image":"i"}]}}`)
	got := mustCall(t, s, http.StatusOK, "DELETE", pods+"/p", "")
	if str(got, "metadata.deletionGracePeriodSeconds") != "30" {
		t.Errorf("grace: got %q, want 30", str(got, "metadata.deletionGracePeriodSeconds"))
	}
	mustCall(t, s, http.StatusOK, "GET", pods+"/p", "")
	mustCall(t, s, http.StatusOK, "DELETE", pods+"/p", `{"gracePeriodSeconds":0}`)
}

func mustResource(t *testing.T, s *Server, group, version, resource string) (gvr groupVersionResource) {
	t.Helper()
	gvr = groupVersionResource{Group: group, Version: version, Resource: resource}
	if _, ok := s.Resource(gvr); !ok {
		t.Fatalf("resource %v not served", gvr)
	}
	return gvr
}

// groupVersionResource shortens the schema type in tests.
type groupVersionResource = schema.GroupVersionResource

func TestGracePeriodExpires(t *testing.T) {
	s := newTestServer(t, Options{})
	const pods = "/api/v1/namespaces/default/pods"
	mustCall(t, s, http.StatusCreated, "POST", pods, `{"metadata":{"name":"p"},"spec":{"nodeName":"n1","terminationGracePeriodSeconds":1,"containers":[{"name":"c","image":"i"}]}}`)
	rv := str(mustCall(t, s, http.StatusOK, "DELETE", pods+"/p", ""), "metadata.resourceVersion")
	ch, _ := openWatch(t, s, pods+"?watch=true&resourceVersion="+rv)
	if ev := next(t, ch); ev.Type != "DELETED" {
		t.Errorf("after the grace period: got %s, want DELETED", ev.Type)
	}
}

func TestPodUpdateRules(t *testing.T) {
	s := newTestServer(t, Options{})
	const pods = "/api/v1/namespaces/default/pods"
	mustCall(t, s, http.StatusCreated, "POST", pods, `{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"a"}]}}`)
	tests := []struct {
		name, patch string
		want        int
	}{
		{"image", `[{"op":"replace","path":"/spec/containers/0/image","value":"b"}]`, 200},
		{"deadline", `[{"op":"add","path":"/spec/activeDeadlineSeconds","value":5}]`, 200},
		{"restart policy", `[{"op":"replace","path":"/spec/restartPolicy","value":"Never"}]`, 422},
		{"node name", `[{"op":"add","path":"/spec/nodeName","value":"n"}]`, 422},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, body := callCT(t, s, "PATCH", pods+"/p", "application/json-patch+json", tt.patch); code != tt.want {
				t.Errorf("got %d %v, want %d", code, body, tt.want)
			}
		})
	}
}
