package dynamic_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1/unstructured"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/apimachinery/types"
)

var serviceAccounts = schema.GroupVersionResource{Version: "v1", Resource: "serviceaccounts"}

// TestListResponse checks that list items without kind and apiVersion get
// them from the list, that items carrying their own keep them, that list
// metadata survives and that numbers decode as int64 or float64.
func TestListResponse(t *testing.T) {
	body := `{"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"222"},"items":[
		{"metadata":{"name":"default","namespace":"ns"},"count":3,"ratio":0.5},
		{"kind":"Other","apiVersion":"x/v1","metadata":{"name":"odd"}}]}`
	rec := newRecorder(t, fixed(http.StatusOK, body))
	list, err := rec.client(t).Resource(serviceAccounts).Namespace("ns").List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	assert.Equal(t, "222", list.GetResourceVersion())
	assert.Equal(t, "ServiceAccountList", list.GetKind())
	require.Len(t, list.Items, 2)
	first := list.Items[0]
	assert.Equal(t, "ServiceAccount", first.GetKind())
	assert.Equal(t, "v1", first.GetAPIVersion())
	assert.Equal(t, "default", first.GetName())
	assert.Equal(t, int64(3), first.Object["count"])
	assert.Equal(t, 0.5, first.Object["ratio"])
	assert.Equal(t, "Other", list.Items[1].GetKind())
	assert.Equal(t, "x/v1", list.Items[1].GetAPIVersion())
	_, hasItems := list.Object["items"]
	assert.False(t, hasItems, "items must not stay in the list's Object")
}

// TestListContinue pages through a collection with continue tokens.
func TestListContinue(t *testing.T) {
	pages := map[string]string{
		"":   `{"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"5","continue":"t1"},"items":[{"metadata":{"name":"a"}}]}`,
		"t1": `{"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"5","continue":"t2"},"items":[{"metadata":{"name":"b"}}]}`,
		"t2": `{"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"5"},"items":[{"metadata":{"name":"c"}}]}`,
	}
	rec := newRecorder(t, func(r *http.Request) response {
		return response{Body: pages[r.URL.Query().Get("continue")]}
	})
	client := rec.client(t).Resource(serviceAccounts).Namespace("ns")
	var names []string
	opts := metav1.ListOptions{Limit: 1}
	for {
		list, err := client.List(context.Background(), opts)
		require.NoError(t, err)
		for _, item := range list.Items {
			names = append(names, item.GetName())
		}
		if list.GetContinue() == "" {
			break
		}
		opts.Continue = list.GetContinue()
	}
	assert.Equal(t, []string{"a", "b", "c"}, names)
	var queries []string
	for _, r := range rec.all() {
		queries = append(queries, r.Query)
	}
	assert.Equal(t, []string{"limit=1", "continue=t1&limit=1", "continue=t2&limit=1"}, queries)
}

// TestPatchTypes sends each patch type with its Content-Type and the body
// untouched.
func TestPatchTypes(t *testing.T) {
	tests := []struct {
		pt   types.PatchType
		body string
		want string
	}{
		{types.JSONPatchType, `[{"op":"replace","path":"/spec/x","value":1}]`, "application/json-patch+json"},
		{types.MergePatchType, `{"spec":{"x":1}}`, "application/merge-patch+json"},
		{types.StrategicMergePatchType, `{"spec":{"x":1}}`, "application/strategic-merge-patch+json"},
		{types.ApplyYAMLPatchType, "apiVersion: v1\nkind: ServiceAccount\n", "application/apply-patch+yaml"},
	}
	for _, tt := range tests {
		t.Run(string(tt.pt), func(t *testing.T) {
			rec := newRecorder(t, fixed(http.StatusOK, `{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"sa","labels":{"a":"b"}}}`))
			got, err := rec.client(t).Resource(serviceAccounts).Namespace("ns").Patch(context.Background(), "sa", tt.pt, []byte(tt.body), metav1.PatchOptions{})
			require.NoError(t, err)
			assert.Equal(t, map[string]string{"a": "b"}, got.GetLabels())
			req := rec.last(t)
			assert.Equal(t, "PATCH", req.Method)
			assert.Equal(t, "/api/v1/namespaces/ns/serviceaccounts/sa", req.Path)
			assert.Equal(t, tt.want, req.ContentType)
			assert.Equal(t, tt.body, req.Body)
		})
	}
}

// TestVerbResults checks what each verb returns from the server's answer.
func TestVerbResults(t *testing.T) {
	const sa = `{"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"sa","namespace":"ns","resourceVersion":"7"}}`
	rec := newRecorder(t, fixed(http.StatusOK, sa))
	c := rec.client(t).Resource(serviceAccounts).Namespace("ns")
	ctx := context.Background()
	obj := &unstructured.Unstructured{Object: map[string]interface{}{"apiVersion": "v1", "kind": "ServiceAccount", "metadata": map[string]interface{}{"name": "sa"}}}
	calls := map[string]func() (*unstructured.Unstructured, error){
		"create":        func() (*unstructured.Unstructured, error) { return c.Create(ctx, obj, metav1.CreateOptions{}) },
		"update":        func() (*unstructured.Unstructured, error) { return c.Update(ctx, obj, metav1.UpdateOptions{}) },
		"update status": func() (*unstructured.Unstructured, error) { return c.UpdateStatus(ctx, obj, metav1.UpdateOptions{}) },
		"get":           func() (*unstructured.Unstructured, error) { return c.Get(ctx, "sa", metav1.GetOptions{}) },
		"apply":         func() (*unstructured.Unstructured, error) { return c.Apply(ctx, "sa", obj, metav1.ApplyOptions{}) },
		"apply status": func() (*unstructured.Unstructured, error) {
			return c.ApplyStatus(ctx, "sa", obj, metav1.ApplyOptions{})
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			got, err := call()
			require.NoError(t, err)
			assert.Equal(t, "7", got.GetResourceVersion())
			assert.Equal(t, "ServiceAccount", got.GetKind())
		})
	}
	require.NoError(t, c.Delete(ctx, "sa", metav1.DeleteOptions{}))
	require.NoError(t, c.DeleteCollection(ctx, metav1.DeleteOptions{}, metav1.ListOptions{}))
}

// TestErrorsSurfaceAsStatusError checks that a server error becomes a
// *errors.StatusError carrying the server's Status, or one synthesised
// from the HTTP code when the body is not a Status.
func TestErrorsSurfaceAsStatusError(t *testing.T) {
	notFound := `{"kind":"Status","apiVersion":"v1","status":"Failure","message":"serviceaccounts \"sa\" not found","reason":"NotFound","code":404,"details":{"name":"sa","kind":"serviceaccounts"}}`
	conflict := `{"kind":"Status","apiVersion":"v1","status":"Failure","message":"conflict","reason":"Conflict","code":409}`
	tests := []struct {
		name    string
		status  int
		body    string
		check   func(error) bool
		message string
	}{
		{"not found status", http.StatusNotFound, notFound, apierrors.IsNotFound, `serviceaccounts "sa" not found`},
		{"conflict status", http.StatusConflict, conflict, apierrors.IsConflict, "conflict"},
		{"forbidden without status", http.StatusForbidden, `not json`, apierrors.IsForbidden, ""},
		{"server error without status", http.StatusInternalServerError, ``, apierrors.IsInternalError, ""},
	}
	verbs := map[string]func(c *recorder) error{
		"get": func(rec *recorder) error {
			_, err := newClient(t, rec.server.URL).Resource(serviceAccounts).Namespace("ns").Get(context.Background(), "sa", metav1.GetOptions{})
			return err
		},
		"list": func(rec *recorder) error {
			_, err := newClient(t, rec.server.URL).Resource(serviceAccounts).Namespace("ns").List(context.Background(), metav1.ListOptions{})
			return err
		},
		"delete": func(rec *recorder) error {
			return newClient(t, rec.server.URL).Resource(serviceAccounts).Namespace("ns").Delete(context.Background(), "sa", metav1.DeleteOptions{})
		},
		"patch": func(rec *recorder) error {
			_, err := newClient(t, rec.server.URL).Resource(serviceAccounts).Namespace("ns").Patch(context.Background(), "sa", types.MergePatchType, []byte(`{}`), metav1.PatchOptions{})
			return err
		},
		"watch": func(rec *recorder) error {
			_, err := newClient(t, rec.server.URL).Resource(serviceAccounts).Namespace("ns").Watch(context.Background(), metav1.ListOptions{})
			return err
		},
	}
	for _, tt := range tests {
		for verb, call := range verbs {
			t.Run(tt.name+"/"+verb, func(t *testing.T) {
				rec := newRecorder(t, fixed(tt.status, tt.body))
				err := call(rec)
				var statusErr *apierrors.StatusError
				require.True(t, errors.As(err, &statusErr), "got %T %v, want *errors.StatusError", err, err)
				assert.True(t, tt.check(err), "predicate failed for %v", err)
				assert.Equal(t, int32(tt.status), statusErr.ErrStatus.Code)
				if tt.message != "" {
					assert.Equal(t, tt.message, statusErr.ErrStatus.Message)
				}
			})
		}
	}
}

// TestBadResponses checks that an undecodable success body is an error,
// not a panic or an empty object.
func TestBadResponses(t *testing.T) {
	tests := []struct{ name, body string }{
		{"not json", `nope`},
		{"no kind", `{"metadata":{"name":"sa"}}`},
		{"empty", ``},
		{"array", `[1,2]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := newRecorder(t, fixed(http.StatusOK, tt.body))
			c := rec.client(t).Resource(serviceAccounts).Namespace("ns")
			got, err := c.Get(context.Background(), "sa", metav1.GetOptions{})
			assert.Error(t, err)
			assert.Nil(t, got)
			list, err := c.List(context.Background(), metav1.ListOptions{})
			assert.Error(t, err)
			assert.Nil(t, list)
		})
	}
}
