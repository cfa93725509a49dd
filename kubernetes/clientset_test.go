package kubernetes_test

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
)

// countingTransport counts the requests sent through it.
type countingTransport struct{ n atomic.Int32 }

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(req)
}

func TestNewForConfigAndClientSharesTheHTTPClient(t *testing.T) {
	srv := newRecorder(t, http.StatusOK, podJSON)
	rt := &countingTransport{}
	cs, err := kubernetes.NewForConfigAndClient(&rest.Config{Host: srv.server.URL}, &http.Client{Transport: rt})
	if err != nil {
		t.Fatalf("NewForConfigAndClient: %v", err)
	}
	ctx := context.Background()
	_, _ = cs.CoreV1().Pods("a").Get(ctx, "p", metav1.GetOptions{})
	_, _ = cs.AppsV1().Deployments("a").Get(ctx, "d", metav1.GetOptions{})
	_, _ = cs.RbacV1().ClusterRoles().Get(ctx, "r", metav1.GetOptions{})
	if got := rt.n.Load(); got != 3 {
		t.Errorf("requests through the shared client = %d, want 3", got)
	}
	if srv.last(t).UserAgent == "" {
		t.Error("no default User-Agent was sent")
	}
}

func TestNewForConfigErrors(t *testing.T) {
	tests := []struct {
		name   string
		config *rest.Config
		want   string
	}{
		{"qps without burst", &rest.Config{Host: "http://x", QPS: 5}, "burst is required"},
		{"nil config", nil, "config is required"},
		{"bad host", &rest.Config{Host: "http://[::1"}, "host"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := kubernetes.NewForConfig(tc.config)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestNewForConfigOrDiePanicsOnBadConfig(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewForConfigOrDie did not panic on a bad config")
		}
	}()
	kubernetes.NewForConfigOrDie(&rest.Config{Host: "http://x", QPS: 1})
}

// TestEveryGroupIsSet calls every accessor of Interface on clientsets
// built both ways.
func TestEveryGroupIsSet(t *testing.T) {
	fromConfig := kubernetes.NewForConfigOrDie(&rest.Config{Host: "http://127.0.0.1:1"})
	restClient, err := rest.RESTClientFor(&rest.Config{Host: "http://127.0.0.1:1", ContentConfig: rest.ContentConfig{GroupVersion: &corev1.SchemeGroupVersion, NegotiatedSerializer: kubernetesCodecs()}})
	if err != nil {
		t.Fatalf("RESTClientFor: %v", err)
	}
	fromREST := kubernetes.New(restClient)
	iface := reflect.TypeOf((*kubernetes.Interface)(nil)).Elem()
	if iface.NumMethod() != 56 {
		t.Errorf("Interface has %d methods, want 55 group versions and Discovery", iface.NumMethod())
	}
	for _, cs := range []kubernetes.Interface{fromConfig, fromREST} {
		v := reflect.ValueOf(cs)
		for i := 0; i < iface.NumMethod(); i++ {
			name := iface.Method(i).Name
			if out := v.MethodByName(name).Call(nil)[0]; out.IsNil() {
				t.Errorf("%s() is nil", name)
			}
		}
	}
	if got := fromREST.CoreV1().RESTClient(); got != restClient {
		t.Errorf("New: CoreV1().RESTClient() = %v, want the given client", got)
	}
}

func TestStatusErrors(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		check  func(error) bool
	}{
		{"not found", 404, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404,"details":{"name":"p1","kind":"pods"}}`, apierrors.IsNotFound},
		{"conflict", 409, `{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"AlreadyExists","code":409}`, apierrors.IsAlreadyExists},
		{"forbidden without status body", 403, `nope`, apierrors.IsForbidden},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newRecorder(t, tc.status, tc.body)
			cs := srv.clientset(t)
			_, err := cs.CoreV1().Pods("ns1").Get(context.Background(), "p1", metav1.GetOptions{})
			var statusErr *apierrors.StatusError
			if !errors.As(err, &statusErr) || !tc.check(err) {
				t.Fatalf("Get error = %#v, want a matching *StatusError", err)
			}
			if got := statusErr.ErrStatus.Code; got != int32(tc.status) {
				t.Errorf("status code = %d, want %d", got, tc.status)
			}
			if err := cs.CoreV1().Nodes().Delete(context.Background(), "n1", metav1.DeleteOptions{}); !tc.check(err) {
				t.Errorf("Delete error = %v, want the same kind of error", err)
			}
		})
	}
}

func TestNilObjects(t *testing.T) {
	srv := newRecorder(t, http.StatusOK, podJSON)
	pods := srv.clientset(t).CoreV1().Pods("ns1")
	ctx := context.Background()
	if _, err := pods.Create(ctx, nil, metav1.CreateOptions{}); err == nil {
		t.Error("Create(nil): want an error")
	}
	if _, err := pods.Update(ctx, nil, metav1.UpdateOptions{}); err == nil {
		t.Error("Update(nil): want an error")
	}
	if _, err := pods.UpdateEphemeralContainers(ctx, "p1", nil, metav1.UpdateOptions{}); err == nil {
		t.Error("UpdateEphemeralContainers(nil): want an error")
	}
	if err := pods.Bind(ctx, nil, metav1.CreateOptions{}); err == nil {
		t.Error("Bind(nil): want an error")
	}
	if len(srv.requests) != 0 {
		t.Errorf("the server saw %d requests, want none", len(srv.requests))
	}
}

func TestWatch(t *testing.T) {
	stream := `{"type":"ADDED","object":` + podJSON + "}\n" +
		`{"type":"DELETED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p2","namespace":"ns1"}}}` + "\n"
	srv := newRecorder(t, http.StatusOK, stream)
	w, err := srv.clientset(t).CoreV1().Pods("ns1").Watch(context.Background(), metav1.ListOptions{ResourceVersion: "3", TimeoutSeconds: int64p(30)})
	if err != nil {
		t.Fatalf("Watch: %v", err)
	}
	defer w.Stop()
	want := []struct {
		typ  watch.EventType
		name string
	}{{watch.Added, "p1"}, {watch.Deleted, "p2"}}
	for _, ev := range want {
		select {
		case got, ok := <-w.ResultChan():
			if !ok {
				t.Fatal("the watch closed early")
			}
			pod, isPod := got.Object.(*corev1.Pod)
			if got.Type != ev.typ || !isPod || pod.Name != ev.name {
				t.Errorf("event = %s %T %v, want %s *v1.Pod %s", got.Type, got.Object, got.Object, ev.typ, ev.name)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no watch event")
		}
	}
	req := srv.last(t)
	if req.Path != "/api/v1/namespaces/ns1/pods" || req.Query != "resourceVersion=3&timeout=30s&timeoutSeconds=30&watch=true" {
		t.Errorf("watch request = %s?%s", req.Path, req.Query)
	}
}

func TestRateLimiterShared(t *testing.T) {
	cs, err := kubernetes.NewForConfig(&rest.Config{Host: "http://127.0.0.1:1", QPS: 50, Burst: 100})
	if err != nil {
		t.Fatalf("NewForConfig: %v", err)
	}
	core := cs.CoreV1().RESTClient().GetRateLimiter()
	if core == nil {
		t.Fatal("CoreV1 has no rate limiter")
	}
	if core.QPS() != 50 {
		t.Errorf("QPS = %v, want 50", core.QPS())
	}
	for name, other := range map[string]rest.Interface{
		"AppsV1": cs.AppsV1().RESTClient(), "RbacV1": cs.RbacV1().RESTClient(), "StorageV1": cs.StorageV1().RESTClient(),
	} {
		if other.GetRateLimiter() != core {
			t.Errorf("%s has its own rate limiter, want the clientset's shared one", name)
		}
	}
}
