package clientscheme_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	appsv1 "github.com/skiff-k8s/skiff/api/apps/v1"
	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	policyv1 "github.com/skiff-k8s/skiff/api/policy/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/clientscheme"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypedClientsWithoutSchemePackage runs typed clients in a program
// that does not link kubernetes/scheme (this test binary): the resource
// clients register what they encode and decode as they are built.
func TestTypedClientsWithoutSchemePackage(t *testing.T) {
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, r.Method+" "+r.URL.Path+" "+string(body))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/api/v1/namespaces/ns/pods":
			_, _ = io.WriteString(w, `{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},`+
				`"items":[{"metadata":{"name":"a","namespace":"ns"}},{"metadata":{"name":"b","namespace":"ns"}}]}`)
		case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/eviction"):
			w.WriteHeader(http.StatusCreated)
			_, _ = io.WriteString(w, `{"kind":"Status","apiVersion":"v1","status":"Success"}`)
		default:
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404,"message":"no route"}`)
		}
	}))
	defer srv.Close()

	cs, err := kubernetes.NewForConfig(&rest.Config{Host: srv.URL, ContentConfig: rest.ContentConfig{ContentType: "application/json"}})
	require.NoError(t, err)

	// A group's REST client decodes the group's kinds before any of its
	// resource clients is built, as cache.NewListWatchFromClient uses it.
	// (fresh is false only when the test runs again in one process.)
	podGVK := corev1.SchemeGroupVersion.WithKind("Pod")
	fresh := !clientscheme.Scheme().Recognizes(podGVK)
	obj, err := cs.CoreV1().RESTClient().Get().Namespace("ns").Resource("pods").Do(context.Background()).Get()
	require.NoError(t, err)
	untyped, ok := obj.(*corev1.PodList)
	require.True(t, ok, "got %T, want *v1.PodList", obj)
	assert.Len(t, untyped.Items, 2)
	if fresh {
		assert.False(t, clientscheme.Scheme().Recognizes(appsv1.SchemeGroupVersion.WithKind("Deployment")), "apps/v1 is not registered")
	}

	pods := cs.CoreV1().Pods("ns")
	list, err := pods.List(context.Background(), metav1.ListOptions{Limit: 2})
	require.NoError(t, err)
	require.Len(t, list.Items, 2)
	assert.Equal(t, "b", list.Items[1].Name)
	assert.Equal(t, "7", list.ResourceVersion)

	ev := &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: "a", Namespace: "ns"}}
	require.NoError(t, pods.EvictV1(context.Background(), ev))
	mu.Lock()
	seen := append([]string(nil), bodies...)
	mu.Unlock()
	require.Len(t, seen, 3)
	assert.Contains(t, seen[2], `"kind":"Eviction","apiVersion":"policy/v1"`, "the eviction is encoded with its kind")

	_, err = cs.CoreV1().ConfigMaps("ns").Get(context.Background(), "missing", metav1.GetOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no route", "errors decode as Status")
}
