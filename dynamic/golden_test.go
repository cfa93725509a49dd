package dynamic_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
	"github.com/skiff-k8s/skiff/dynamic"
)

var flips = schema.GroupVersionResource{Group: "flops", Version: "v1alpha1", Resource: "flips"}

const flipJSON = `{"apiVersion":"flops/v1alpha1","kind":"Flip","metadata":{"name":"mips","namespace":"mops"}}`

func mips() *unstructured.Unstructured {
	return &unstructured.Unstructured{Object: map[string]interface{}{
		"metadata": map[string]interface{}{"name": "mips"},
	}}
}

// TestGoldenRequests pins the wire form of every verb: method, path,
// query, Content-Type and body.
func TestGoldenRequests(t *testing.T) {
	const base = "/apis/flops/v1alpha1/namespaces/mops/flips"
	deleteBody := `{"kind":"DeleteOptions","apiVersion":"v1","dryRun":["All"]}` + "\n"
	tests := []struct {
		name string
		call func(ctx context.Context, c dynamic.ResourceInterface) error
		want recorded
	}{
		{"create subresource", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Create(ctx, mips(), metav1.CreateOptions{FieldValidation: "warn"}, "fin")
			return err
		}, recorded{Method: "POST", Path: base + "/mips/fin", Query: "fieldValidation=warn", ContentType: "application/json", Body: `{"metadata":{"name":"mips"}}` + "\n"}},
		{"create", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Create(ctx, mips(), metav1.CreateOptions{DryRun: []string{"All"}})
			return err
		}, recorded{Method: "POST", Path: base, Query: "dryRun=All", ContentType: "application/json", Body: `{"metadata":{"name":"mips"}}` + "\n"}},
		{"update", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Update(ctx, mips(), metav1.UpdateOptions{FieldValidation: "warn"}, "fin")
			return err
		}, recorded{Method: "PUT", Path: base + "/mips/fin", Query: "fieldValidation=warn", ContentType: "application/json", Body: `{"metadata":{"name":"mips"}}` + "\n"}},
		{"update status", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.UpdateStatus(ctx, mips(), metav1.UpdateOptions{FieldValidation: "warn"})
			return err
		}, recorded{Method: "PUT", Path: base + "/mips/status", Query: "fieldValidation=warn", ContentType: "application/json", Body: `{"metadata":{"name":"mips"}}` + "\n"}},
		{"delete", func(ctx context.Context, c dynamic.ResourceInterface) error {
			return c.Delete(ctx, "mips", metav1.DeleteOptions{DryRun: []string{"All"}}, "fin")
		}, recorded{Method: "DELETE", Path: base + "/mips/fin", ContentType: "application/json", Body: deleteBody}},
		{"delete collection", func(ctx context.Context, c dynamic.ResourceInterface) error {
			return c.DeleteCollection(ctx, metav1.DeleteOptions{DryRun: []string{"All"}}, metav1.ListOptions{ResourceVersion: "42"})
		}, recorded{Method: "DELETE", Path: base, Query: "resourceVersion=42", ContentType: "application/json", Body: deleteBody}},
		{"get", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Get(ctx, "mips", metav1.GetOptions{ResourceVersion: "42"}, "fin")
			return err
		}, recorded{Method: "GET", Path: base + "/mips/fin", Query: "resourceVersion=42"}},
		{"list", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.List(ctx, metav1.ListOptions{ResourceVersion: "42", LabelSelector: "a=b", Limit: 7})
			return err
		}, recorded{Method: "GET", Path: base, Query: "labelSelector=a%3Db&limit=7&resourceVersion=42"}},
		{"patch", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Patch(ctx, "mips", types.StrategicMergePatchType, []byte(`{"foo":"bar"}`), metav1.PatchOptions{FieldManager: "baz"}, "fin")
			return err
		}, recorded{Method: "PATCH", Path: base + "/mips/fin", Query: "fieldManager=baz", ContentType: "application/strategic-merge-patch+json", Body: `{"foo":"bar"}`}},
		{"apply", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Apply(ctx, "mips", mips(), metav1.ApplyOptions{Force: true}, "fin")
			return err
		}, recorded{Method: "PATCH", Path: base + "/mips/fin", Query: "force=true", ContentType: "application/apply-patch+yaml", Body: `{"metadata":{"name":"mips"}}`}},
		{"apply status", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.ApplyStatus(ctx, "mips", mips(), metav1.ApplyOptions{Force: true})
			return err
		}, recorded{Method: "PATCH", Path: base + "/mips/status", Query: "force=true", ContentType: "application/apply-patch+yaml", Body: `{"metadata":{"name":"mips"}}`}},
		{"apply field manager", func(ctx context.Context, c dynamic.ResourceInterface) error {
			_, err := c.Apply(ctx, "mips", mips(), metav1.ApplyOptions{FieldManager: "me", DryRun: []string{"All"}})
			return err
		}, recorded{Method: "PATCH", Path: base + "/mips", Query: "dryRun=All&fieldManager=me&force=false", ContentType: "application/apply-patch+yaml", Body: `{"metadata":{"name":"mips"}}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, func(r *http.Request) response {
				if r.URL.Path == base {
					return response{Body: `{"apiVersion":"flops/v1alpha1","kind":"FlipList","items":[]}`}
				}
				return response{Body: flipJSON}
			})
			err := tt.call(context.Background(), rec.client(t).Resource(flips).Namespace("mops"))
			require.NoError(t, err)
			got := rec.last(t)
			assert.Equal(t, "application/json", got.Accept, "Accept header")
			assert.Equal(t, "dynamic-test", got.UserAgent, "User-Agent header")
			got.Accept, got.UserAgent = "", ""
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestGoldenWatchRequest pins the watch request: watch=true plus options.
func TestGoldenWatchRequest(t *testing.T) {
	rec := newRecorder(t, fixed(http.StatusOK, ""))
	w, err := rec.client(t).Resource(flips).Namespace("mops").Watch(context.Background(), metav1.ListOptions{ResourceVersion: "42"})
	require.NoError(t, err)
	for range w.ResultChan() {
	}
	w.Stop()
	got := rec.last(t)
	assert.Equal(t, "GET", got.Method)
	assert.Equal(t, "/apis/flops/v1alpha1/namespaces/mops/flips", got.Path)
	assert.Equal(t, "resourceVersion=42&watch=true", got.Query)
}

// TestURLBuilding checks namespaced, cluster-scoped and core-group paths
// and that a path prefix in Host is kept.
func TestURLBuilding(t *testing.T) {
	pods := schema.GroupVersionResource{Version: "v1", Resource: "pods"}
	nodes := schema.GroupVersionResource{Version: "v1", Resource: "nodes"}
	crds := schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}
	tests := []struct {
		name      string
		prefix    string
		gvr       schema.GroupVersionResource
		namespace string
		want      string
	}{
		{"core namespaced", "", pods, "default", "/api/v1/namespaces/default/pods/x"},
		{"core all namespaces", "", pods, "", "/api/v1/pods/x"},
		{"core cluster-scoped", "", nodes, "", "/api/v1/nodes/x"},
		{"group cluster-scoped", "", crds, "", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/x"},
		{"group namespaced", "", flips, "mops", "/apis/flops/v1alpha1/namespaces/mops/flips/x"},
		{"host path prefix", "/proxy/k8s", pods, "kube-system", "/proxy/k8s/api/v1/namespaces/kube-system/pods/x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, fixed(http.StatusOK, flipJSON))
			client := newClient(t, rec.server.URL+tt.prefix)
			var ri dynamic.ResourceInterface = client.Resource(tt.gvr)
			if tt.namespace != "" {
				ri = client.Resource(tt.gvr).Namespace(tt.namespace)
			}
			_, err := ri.Get(context.Background(), "x", metav1.GetOptions{})
			require.NoError(t, err)
			if got := rec.last(t).Path; got != tt.want {
				t.Errorf("got path %q, want %q", got, tt.want)
			}
		})
	}
}
