package apiserver_test

import (
	"context"
	"path/filepath"
	"testing"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/dynamic"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/skiff-k8s/skiff/tools/clientcmd"
)

// TestRunModes lists namespaces through the real client in every run mode,
// the socket modes through the kubeconfig they write.
func TestRunModes(t *testing.T) {
	modes := []struct {
		name  string
		start func(t *testing.T, s *apiserver.Server) *rest.Config
	}{
		{"in process", func(t *testing.T, s *apiserver.Server) *rest.Config { return s.RESTConfig() }},
		{"http", func(t *testing.T, s *apiserver.Server) *rest.Config { return viaKubeconfig(t, s.Start()) }},
		{"https", func(t *testing.T, s *apiserver.Server) *rest.Config {
			run, err := s.StartTLS()
			if err != nil {
				t.Fatal(err)
			}
			return viaKubeconfig(t, run)
		}},
	}
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			s, err := apiserver.New(apiserver.Options{RequireAuth: m.name == "https"})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(s.Close)
			client, err := dynamic.NewForConfig(m.start(t, s))
			if err != nil {
				t.Fatal(err)
			}
			list, err := client.Resource(schema.GroupVersionResource{Version: "v1", Resource: "namespaces"}).List(context.Background(), metav1.ListOptions{})
			if err != nil {
				t.Fatalf("list namespaces: %v", err)
			}
			if got := len(list.Items); got != 4 {
				t.Errorf("namespaces: got %d, want 4", got)
			}
		})
	}
}

// viaKubeconfig writes the kubeconfig of run and loads it back.
func viaKubeconfig(t *testing.T, run *apiserver.Running) *rest.Config {
	t.Helper()
	t.Cleanup(run.Close)
	path := filepath.Join(t.TempDir(), "kubeconfig")
	if err := run.WriteKubeconfig(path); err != nil {
		t.Fatal(err)
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", path)
	if err != nil {
		t.Fatalf("load kubeconfig: %v", err)
	}
	return cfg
}

// TestAddAndCRD seeds typed objects and registers a CRD by a Go call.
func TestAddAndCRD(t *testing.T) {
	s, err := apiserver.New(apiserver.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	crd := map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
		"metadata": map[string]any{"name": "gadgets.example.com"},
		"spec": map[string]any{"group": "example.com", "scope": "Cluster",
			"names": map[string]any{"plural": "gadgets", "kind": "Gadget"},
			"versions": []any{map[string]any{"name": "v1", "served": true, "storage": true,
				"subresources": map[string]any{"scale": map[string]any{"specReplicasPath": ".spec.count", "statusReplicasPath": ".status.count"}}}}},
	}
	if err := s.AddCRD(crd); err != nil {
		t.Fatal(err)
	}
	gvr := schema.GroupVersionResource{Group: "example.com", Version: "v1", Resource: "gadgets"}
	res, ok := s.Resource(gvr)
	if !ok || res.Namespaced || len(res.Subresources) != 1 {
		t.Fatalf("Resource(%v): got %+v %v, want a cluster-scoped resource with scale", gvr, res, ok)
	}
	if _, err := s.Create(gvr, "", map[string]any{"apiVersion": "example.com/v1", "kind": "Gadget",
		"metadata": map[string]any{"name": "g"}, "spec": map[string]any{"count": 2}}); err != nil {
		t.Fatal(err)
	}
	client, err := dynamic.NewForConfig(s.RESTConfig())
	if err != nil {
		t.Fatal(err)
	}
	scale, err := client.Resource(gvr).Get(context.Background(), "g", metav1.GetOptions{}, "scale")
	if err != nil {
		t.Fatalf("get scale: %v", err)
	}
	if got := scale.Object["spec"].(map[string]any)["replicas"]; got != int64(2) {
		t.Errorf("scale replicas: got %v (%T), want 2", got, got)
	}
	err = client.Resource(schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}).
		Delete(context.Background(), "gadgets.example.com", metav1.DeleteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Resource(gvr); ok {
		t.Error("resource still served after its CRD was deleted")
	}
}
