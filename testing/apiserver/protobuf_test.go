package apiserver_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/resource"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/kubernetes"
	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/testing/apiserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exchange is what one request sent and what its response said.
type exchange struct {
	method, path           string
	accept, requestType    string
	responseType           string
	bodyPrefix, respPrefix string
}

// wireLog records the media types of every exchange through it.
type wireLog struct {
	next http.RoundTripper
	mu   sync.Mutex
	seen []exchange
}

// RoundTrip records req and its response's Content-Type.
func (l *wireLog) RoundTrip(req *http.Request) (*http.Response, error) {
	ex := exchange{method: req.Method, path: req.URL.Path, accept: req.Header.Get("Accept"), requestType: req.Header.Get("Content-Type")}
	if req.Body != nil && req.GetBody != nil {
		if body, err := req.GetBody(); err == nil {
			head := make([]byte, 4)
			n, _ := io.ReadFull(body, head)
			ex.bodyPrefix = string(head[:n])
		}
	}
	resp, err := l.next.RoundTrip(req)
	if resp != nil {
		ex.responseType = resp.Header.Get("Content-Type")
	}
	l.mu.Lock()
	l.seen = append(l.seen, ex)
	l.mu.Unlock()
	return resp, err
}

// exchanges returns what was recorded so far and forgets it.
func (l *wireLog) exchanges() []exchange {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.seen
	l.seen = nil
	return out
}

// protobufClientset returns a clientset for a new server whose exchanges
// log records; mod may change the config first.
func protobufClientset(t *testing.T, mod func(*rest.Config)) (*kubernetes.Clientset, *wireLog) {
	t.Helper()
	s := apiserver.NewForTest(t, apiserver.Options{})
	running := s.Start()
	t.Cleanup(running.Close)
	cfg := running.Config()
	log := &wireLog{next: http.DefaultTransport}
	cfg.WrapTransport = func(rt http.RoundTripper) http.RoundTripper { log.next = rt; return log }
	if mod != nil {
		mod(cfg)
	}
	cs, err := kubernetes.NewForConfig(cfg)
	require.NoError(t, err)
	return cs, log
}

// TestTypedClientSpeaksProtobuf runs typed CRUD, list, watch and an error
// through a built-in typed client and checks that every request and answer
// was protobuf.
func TestTypedClientSpeaksProtobuf(t *testing.T) {
	cs, log := protobufClientset(t, nil)
	ctx := context.Background()
	pods := cs.CoreV1().Pods("default")

	w, err := pods.Watch(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	defer w.Stop()

	pod := samplePod("p1")
	created, err := pods.Create(ctx, pod, metav1.CreateOptions{})
	require.NoError(t, err)
	require.Len(t, created.Spec.Containers, 1)
	c := created.Spec.Containers[0]
	assert.Equal(t, pod.Spec.Containers[0].Command, c.Command, "command survives the protobuf round trip")
	assert.Equal(t, pod.Spec.Containers[0].Env, c.Env, "env survives the protobuf round trip")
	assert.Equal(t, "250m", c.Resources.Limits.Cpu().String(), "quantity survives the protobuf round trip")
	assert.Equal(t, "Always", string(c.ImagePullPolicy), "server defaults come back")
	assert.NotEmpty(t, created.UID)

	created.Labels = map[string]string{"phase": "two"}
	updated, err := pods.Update(ctx, created, metav1.UpdateOptions{})
	require.NoError(t, err)
	assert.Equal(t, "two", updated.Labels["phase"])

	got, err := pods.Get(ctx, "p1", metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, updated.ResourceVersion, got.ResourceVersion)

	list, err := pods.List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	require.Len(t, list.Items, 1)
	assert.Equal(t, "p1", list.Items[0].Name)
	assert.NotEmpty(t, list.ResourceVersion)

	require.NoError(t, pods.Delete(ctx, "p1", metav1.DeleteOptions{}))
	_, err = pods.Get(ctx, "p1", metav1.GetOptions{})
	require.True(t, apierrors.IsNotFound(err), "got %v", err)
	assert.Equal(t, `pods "p1" not found`, err.Error())

	assert.Equal(t, []watch.EventType{watch.Added, watch.Modified, watch.Deleted}, eventTypes(t, w, 3))

	for _, ex := range log.exchanges() {
		assert.Equal(t, "application/vnd.kubernetes.protobuf,application/json", ex.accept, "%s %s: Accept", ex.method, ex.path)
		assert.True(t, strings.HasPrefix(ex.responseType, "application/vnd.kubernetes.protobuf"), "%s %s: response %q", ex.method, ex.path, ex.responseType)
		if ex.method == http.MethodPost || ex.method == http.MethodPut {
			assert.Equal(t, "application/vnd.kubernetes.protobuf", ex.requestType, "%s %s: Content-Type", ex.method, ex.path)
			assert.Equal(t, "k8s\x00", ex.bodyPrefix, "%s %s: body", ex.method, ex.path)
		}
	}
}

// TestForcedJSON checks that a Config ContentType of application/json
// keeps typed clients on JSON.
func TestForcedJSON(t *testing.T) {
	cs, log := protobufClientset(t, func(c *rest.Config) { c.ContentType = "application/json" })
	ctx := context.Background()
	_, err := cs.CoreV1().ConfigMaps("default").Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "c"}}, metav1.CreateOptions{})
	require.NoError(t, err)
	_, err = cs.CoreV1().ConfigMaps("default").List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	for _, ex := range log.exchanges() {
		assert.Equal(t, "application/json, */*", ex.accept, "%s %s", ex.method, ex.path)
		assert.Equal(t, "application/json", ex.responseType, "%s %s", ex.method, ex.path)
	}
}

// TestProtobufHTTP checks the server's answers to hand-made protobuf
// requests: media type negotiation for built-in and custom resources and
// protobuf request bodies.
func TestProtobufHTTP(t *testing.T) {
	s := apiserver.NewForTest(t, apiserver.Options{})
	createWidgetsCRD(t, s)
	tests := []struct {
		name, method, path, accept, contentType, body string
		wantCode                                      int
		wantType                                      string
	}{
		{name: "built-in list in protobuf", method: "GET", path: "/api/v1/namespaces/default/configmaps",
			accept: "application/vnd.kubernetes.protobuf", wantCode: 200, wantType: "application/vnd.kubernetes.protobuf"},
		{name: "json preferred over protobuf", method: "GET", path: "/api/v1/namespaces/default/configmaps",
			accept: "application/json,application/vnd.kubernetes.protobuf", wantCode: 200, wantType: "application/json"},
		{name: "custom resource falls back to json", method: "GET", path: "/apis/example.com/v1/namespaces/default/widgets",
			accept: "application/vnd.kubernetes.protobuf,application/json", wantCode: 200, wantType: "application/json"},
		{name: "custom resource in protobuf only is NotAcceptable", method: "GET", path: "/apis/example.com/v1/namespaces/default/widgets",
			accept: "application/vnd.kubernetes.protobuf", wantCode: 406},
		{name: "protobuf body for a custom resource is UnsupportedMediaType", method: "POST", path: "/apis/example.com/v1/namespaces/default/widgets",
			contentType: "application/vnd.kubernetes.protobuf", body: "k8s\x00\x0a\x18\x0a\x0eexample.com/v1\x12\x06Widget\x12\x00",
			wantCode: 415},
		{name: "malformed protobuf body is BadRequest", method: "POST", path: "/api/v1/namespaces/default/configmaps",
			contentType: "application/vnd.kubernetes.protobuf", body: "k8s\x00\x0a\x0f\x0a\x02v1\x12\x09ConfigMap\x12\x05\x0a\x03", wantCode: 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			req, err := http.NewRequest(tt.method, "http://in-process"+tt.path, body)
			require.NoError(t, err)
			if tt.accept != "" {
				req.Header.Set("Accept", tt.accept)
			}
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			resp, err := s.RoundTripper().RoundTrip(req)
			require.NoError(t, err)
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			require.Equal(t, tt.wantCode, resp.StatusCode, "body %q", data)
			if tt.wantType != "" {
				assert.Equal(t, tt.wantType, resp.Header.Get("Content-Type"))
				assert.Equal(t, tt.wantType == "application/vnd.kubernetes.protobuf", bytes.HasPrefix(data, []byte("k8s\x00")), "body %q", data)
			}
		})
	}
}

// createWidgetsCRD registers widgets.example.com/v1.
func createWidgetsCRD(t *testing.T, s *apiserver.Server) {
	t.Helper()
	crd := `{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
"spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","singular":"widget","kind":"Widget","listKind":"WidgetList"},
"versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}`
	req, err := http.NewRequest("POST", "http://in-process/apis/apiextensions.k8s.io/v1/customresourcedefinitions", strings.NewReader(crd))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.RoundTripper().RoundTrip(req)
	require.NoError(t, err)
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusCreated, resp.StatusCode, "create CRD: %s", data)
}

// samplePod is a pod with nested fields, quantities and probes.
func samplePod(name string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: name, Annotations: map[string]string{"a": "b"}},
		Spec: corev1.PodSpec{Containers: []corev1.Container{{
			Name: "c", Image: "busybox", Command: []string{"sleep", "3600"},
			Resources: corev1.ResourceRequirements{Limits: corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("250m")}},
			Env:       []corev1.EnvVar{{Name: "K", Value: "V"}},
		}}},
	}
}

// eventTypes reads n events from w.
func eventTypes(t *testing.T, w watch.Interface, n int) []watch.EventType {
	t.Helper()
	var got []watch.EventType
	timeout := time.After(10 * time.Second)
	for len(got) < n {
		select {
		case ev, ok := <-w.ResultChan():
			if !ok {
				t.Fatalf("watch closed after %v", got)
			}
			if ev.Type == watch.Error {
				t.Fatalf("watch error: %v", ev.Object)
			}
			if _, isPod := ev.Object.(*corev1.Pod); !isPod {
				t.Fatalf("event object is %T, want *v1.Pod", ev.Object)
			}
			got = append(got, ev.Type)
		case <-timeout:
			t.Fatalf("timed out after %v", got)
		}
	}
	return got
}

// TestProtobufWatchList runs a watch-list in protobuf: the initial ADDED
// events, then the bookmark marking their end.
func TestProtobufWatchList(t *testing.T) {
	cs, log := protobufClientset(t, nil)
	ctx := context.Background()
	cms := cs.CoreV1().ConfigMaps("default")
	for _, name := range []string{"a", "b"} {
		_, err := cms.Create(ctx, &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: name}}, metav1.CreateOptions{})
		require.NoError(t, err)
	}
	yes := true
	w, err := cms.Watch(ctx, metav1.ListOptions{SendInitialEvents: &yes, AllowWatchBookmarks: true,
		ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan})
	require.NoError(t, err)
	defer w.Stop()
	var got []string
	timeout := time.After(10 * time.Second)
	for len(got) < 3 {
		select {
		case ev := <-w.ResultChan():
			cm, ok := ev.Object.(*corev1.ConfigMap)
			require.True(t, ok, "event %s with %T", ev.Type, ev.Object)
			if ev.Type == watch.Bookmark {
				assert.Equal(t, "true", cm.Annotations["k8s.io/initial-events-end"])
				assert.NotEmpty(t, cm.ResourceVersion)
			}
			got = append(got, string(ev.Type)+" "+cm.Name)
		case <-timeout:
			t.Fatalf("timed out after %v", got)
		}
	}
	assert.Equal(t, []string{"ADDED a", "ADDED b", "BOOKMARK "}, got)
	ex := log.exchanges()
	require.NotEmpty(t, ex)
	assert.Equal(t, "application/vnd.kubernetes.protobuf;stream=watch", ex[len(ex)-1].responseType)
}
